package com.touchpoint.incentive;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.YearMonth;

/**
 * One calculation of a month: who started it, how far it has come, how it ended and how many statements it wrote;
 * a run interrupted by its node's death names the run that redid it.
 */
@Entity
@Table(name = "incentive_run")
class IncentiveRun {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "incentive_month", nullable = false)
    private String month;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private RunStatus status;

    @Column(name = "started_by", nullable = false)
    private String startedBy;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    @Column(name = "finished_at")
    private Instant finishedAt;

    @Column(nullable = false)
    private int statements;

    private String detail;

    @Column(name = "progress_done", nullable = false)
    private int progressDone;

    @Column(name = "progress_total", nullable = false)
    private int progressTotal;

    @Column(name = "retried_by")
    private Long retriedBy;

    protected IncentiveRun() {
    }

    IncentiveRun(YearMonth month, String startedBy, Instant startedAt) {
        this.month = month.toString();
        this.status = RunStatus.RUNNING;
        this.startedBy = startedBy;
        this.startedAt = startedAt;
    }

    Long getId() {
        return id;
    }

    String getStartedBy() {
        return startedBy;
    }

    RunStatus getStatus() {
        return status;
    }

    YearMonth getMonth() {
        return YearMonth.parse(month);
    }

    /**
     * A run that is no longer RUNNING keeps how it ended: a node that stalled past the cluster's check-in may finish
     * a run that another node already took over as interrupted.
     */
    void succeeded(int count, Instant when) {
        if (status != RunStatus.RUNNING) {
            return;
        }
        status = RunStatus.SUCCEEDED;
        statements = count;
        finishedAt = when;
    }

    void failed(String reason, Instant when) {
        if (status != RunStatus.RUNNING) {
            return;
        }
        status = RunStatus.FAILED;
        detail = reason == null ? null : reason.substring(0, Math.min(reason.length(), 1000));
        finishedAt = when;
    }

    RunState view() {
        return new RunState(id, getMonth(), status, startedBy, startedAt, finishedAt, statements, detail, progressDone,
                progressTotal, retriedBy);
    }
}
