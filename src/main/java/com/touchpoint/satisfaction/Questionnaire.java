package com.touchpoint.satisfaction;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** A questionnaire version. A version in use is never edited; a change is a new version. */
@Entity
@Table(name = "satisfaction_questionnaire")
class Questionnaire {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true)
    private String code;

    @Column(name = "name_zh", nullable = false)
    private String nameZh;

    @Column(name = "name_en", nullable = false)
    private String nameEn;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "current_version", nullable = false)
    private boolean currentVersion;

    @OneToMany(fetch = FetchType.LAZY)
    @JoinColumn(name = "questionnaire_id")
    @OrderBy("sortOrder")
    private List<QuestionnaireItem> items = new ArrayList<>();

    protected Questionnaire() {
    }

    Long getId() {
        return id;
    }

    String getCode() {
        return code;
    }

    String getNameZh() {
        return nameZh;
    }

    String getNameEn() {
        return nameEn;
    }

    boolean isCurrentVersion() {
        return currentVersion;
    }

    List<QuestionnaireItem> getItems() {
        return items;
    }
}
