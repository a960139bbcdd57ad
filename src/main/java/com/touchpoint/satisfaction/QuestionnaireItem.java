package com.touchpoint.satisfaction;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.math.BigDecimal;

/** One question (题项) of a questionnaire version. */
@Entity
@Table(name = "satisfaction_item")
class QuestionnaireItem {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "questionnaire_id", nullable = false, insertable = false, updatable = false)
    private Long questionnaireId;

    @Column(nullable = false)
    private String code;

    @Column(name = "name_zh", nullable = false)
    private String nameZh;

    @Column(name = "name_en", nullable = false)
    private String nameEn;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false)
    private Scale scale;

    @Column(precision = 6, scale = 4)
    private BigDecimal weight;

    @Column(name = "satisfied_threshold", nullable = false)
    private int satisfiedThreshold;

    @Column(nullable = false)
    private boolean overall;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    protected QuestionnaireItem() {
    }

    ItemDefinition definition() {
        return new ItemDefinition(code, nameZh, nameEn, scale, weight == null ? null : weight.doubleValue(),
                satisfiedThreshold, overall);
    }
}
