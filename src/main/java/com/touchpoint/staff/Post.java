package com.touchpoint.staff;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.util.Locale;

/** A post (岗位) with its satisfaction index target; reference data from the migrations. */
@Entity
@Table(name = "staff_post")
public class Post {

    @Id
    private String code;

    @Column(name = "name_zh", nullable = false)
    private String nameZh;

    @Column(name = "name_en", nullable = false)
    private String nameEn;

    @Column(name = "index_target", nullable = false, precision = 5, scale = 2)
    private BigDecimal indexTarget;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    protected Post() {
    }

    public String getCode() {
        return code;
    }

    public String getNameZh() {
        return nameZh;
    }

    public String getNameEn() {
        return nameEn;
    }

    public String name(Locale locale) {
        return Locale.ENGLISH.getLanguage().equals(locale.getLanguage()) ? nameEn : nameZh;
    }

    public BigDecimal getIndexTarget() {
        return indexTarget;
    }

    void setIndexTarget(BigDecimal indexTarget) {
        this.indexTarget = indexTarget;
    }

    public int getSortOrder() {
        return sortOrder;
    }
}
