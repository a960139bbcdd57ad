package com.touchpoint.incentive;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.time.YearMonth;

/** A calculated month: its workflow state, who moved it there, and which run holds it (if any). */
@Entity
@Table(name = "incentive_month")
class IncentiveMonth {

    @Id
    @Column(name = "incentive_month")
    private String month;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private MonthStatus status;

    @Column(name = "calculated_at")
    private Instant calculatedAt;

    @Column(name = "reviewed_by")
    private String reviewedBy;

    @Column(name = "reviewed_at")
    private Instant reviewedAt;

    @Column(name = "approved_by")
    private String approvedBy;

    @Column(name = "approved_at")
    private Instant approvedAt;

    @Column(name = "locked_by")
    private String lockedBy;

    @Column(name = "locked_at")
    private Instant lockedAt;

    @Column(name = "run_id")
    private Long runId;

    @Column(name = "claimed_at")
    private Instant claimedAt;

    @Version
    @Column(name = "row_version", nullable = false)
    private long rowVersion;

    protected IncentiveMonth() {
    }

    YearMonth getMonth() {
        return YearMonth.parse(month);
    }

    MonthStatus getStatus() {
        return status;
    }

    String getReviewedBy() {
        return reviewedBy;
    }

    void calculated(Instant when) {
        status = MonthStatus.DRAFT;
        calculatedAt = when;
        reviewedBy = null;
        reviewedAt = null;
        approvedBy = null;
        approvedAt = null;
    }

    void reviewed(String by, Instant when) {
        status = MonthStatus.REVIEWED;
        reviewedBy = by;
        reviewedAt = when;
    }

    void approved(String by, Instant when) {
        status = MonthStatus.APPROVED;
        approvedBy = by;
        approvedAt = when;
    }

    void locked(String by, Instant when) {
        status = MonthStatus.LOCKED;
        lockedBy = by;
        lockedAt = when;
    }

    /** Back to a draft that can be recalculated and adjusted, and has to be reviewed and approved again. */
    void reopened() {
        status = MonthStatus.DRAFT;
        reviewedBy = null;
        reviewedAt = null;
        approvedBy = null;
        approvedAt = null;
        lockedBy = null;
        lockedAt = null;
    }

    MonthState view() {
        return new MonthState(getMonth(), status, calculatedAt, reviewedBy, reviewedAt, approvedBy, approvedAt,
                lockedBy, lockedAt, runId != null);
    }
}
