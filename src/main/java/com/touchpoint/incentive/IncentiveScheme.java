package com.touchpoint.incentive;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;

/** One version of a post's scheme, in effect from a month until the next version; never changed once stored. */
@Entity
@Table(name = "incentive_scheme")
class IncentiveScheme {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "post_code", nullable = false, updatable = false)
    private String postCode;

    @Column(name = "effective_from", nullable = false, updatable = false)
    private String effectiveFrom;

    @Column(name = "base_amount", nullable = false, updatable = false)
    private BigDecimal base;

    @Column(name = "min_sample", nullable = false, updatable = false)
    private int minSample;

    @Column(nullable = false, updatable = false)
    private BigDecimal slope;

    @Column(name = "coef_floor", nullable = false, updatable = false)
    private BigDecimal floor;

    @Column(name = "coef_cap", nullable = false, updatable = false)
    private BigDecimal cap;

    @Column(name = "kudos_rate", nullable = false, updatable = false)
    private BigDecimal kudosRate;

    @Column(name = "kudos_cap", nullable = false, updatable = false)
    private BigDecimal kudosCap;

    @Column(name = "complaint_amount", nullable = false, updatable = false)
    private BigDecimal complaintAmount;

    @Column(name = "complaint_share", nullable = false, updatable = false)
    private BigDecimal complaintShare;

    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected IncentiveScheme() {
    }

    IncentiveScheme(String postCode, YearMonth effectiveFrom, SchemeParameters p, String createdBy, Instant createdAt) {
        this.postCode = postCode;
        this.effectiveFrom = effectiveFrom.toString();
        this.base = p.base();
        this.minSample = p.minSample();
        this.slope = p.slope();
        this.floor = p.floor();
        this.cap = p.cap();
        this.kudosRate = p.kudosRate();
        this.kudosCap = p.kudosCap();
        this.complaintAmount = p.complaintAmount();
        this.complaintShare = p.complaintShare();
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    Long getId() {
        return id;
    }

    String getPostCode() {
        return postCode;
    }

    YearMonth getEffectiveFrom() {
        return YearMonth.parse(effectiveFrom);
    }

    SchemeParameters parameters() {
        return new SchemeParameters(base, minSample, slope, floor, cap, kudosRate, kudosCap, complaintAmount,
                complaintShare);
    }

    SchemeVersion view(boolean used) {
        return new SchemeVersion(id, postCode, getEffectiveFrom(), parameters(), createdBy, createdAt, used);
    }
}
