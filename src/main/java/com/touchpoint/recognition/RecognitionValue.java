package com.touchpoint.recognition;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A value a kudos is given for (真诚服务, 团队协作 …); admins add, rename and retire them. */
@Entity
@Table(name = "recognition_value")
class RecognitionValue {

    @Id
    private String code;

    @Column(name = "name_zh", nullable = false)
    private String nameZh;

    @Column(name = "name_en", nullable = false)
    private String nameEn;

    @Column(nullable = false)
    private boolean active;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    protected RecognitionValue() {
    }

    RecognitionValue(String code) {
        this.code = code;
    }

    void update(ValueTag tag) {
        nameZh = tag.nameZh();
        nameEn = tag.nameEn();
        active = tag.active();
        sortOrder = tag.sortOrder();
    }

    ValueTag tag() {
        return new ValueTag(code, nameZh, nameEn, active, sortOrder);
    }
}
