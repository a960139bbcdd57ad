package com.touchpoint.incentive;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.YearMonth;

/**
 * One staff member's statement for a month: the person as they were, the scheme version used, every input and
 * figure of the calculation, and HR's adjustment with its reason.
 */
@Entity
@Table(name = "incentive_statement")
class IncentiveStatement {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "incentive_month", nullable = false)
    private String month;

    @Column(name = "staff_id", nullable = false)
    private long staffId;

    @Column(name = "employee_no", nullable = false)
    private String employeeNo;

    @Column(name = "staff_name", nullable = false)
    private String staffName;

    @Column(name = "post_code", nullable = false)
    private String postCode;

    @Column(name = "team_code", nullable = false)
    private String teamCode;

    @Column(name = "team_name", nullable = false)
    private String teamName;

    @Column(name = "scheme_id", nullable = false)
    private long schemeId;

    @Column(nullable = false)
    private int callbacks;

    @Column(name = "satisfaction_index")
    private BigDecimal index;

    @Column(name = "adjusted_index")
    private BigDecimal adjustedIndex;

    @Column(nullable = false)
    private BigDecimal target;

    @Column(name = "insufficient_sample", nullable = false)
    private boolean insufficientSample;

    @Column(name = "satisfaction_coef", nullable = false)
    private BigDecimal satisfactionCoefficient;

    @Column(name = "assignments_due", nullable = false)
    private int assignmentsDue;

    @Column(name = "assignments_on_time", nullable = false)
    private int assignmentsOnTime;

    @Column(name = "training_coef", nullable = false)
    private BigDecimal trainingCoefficient;

    @Column(name = "kudos_points", nullable = false)
    private int kudosPoints;

    @Column(name = "recognition_bonus", nullable = false)
    private BigDecimal recognitionBonus;

    @Column(nullable = false)
    private int complaints;

    @Column(name = "complaint_deduction", nullable = false)
    private BigDecimal complaintDeduction;

    @Column(name = "base_amount", nullable = false)
    private BigDecimal base;

    @Column(name = "calculated_amount", nullable = false)
    private BigDecimal calculated;

    @Column(nullable = false)
    private BigDecimal adjustment;

    @Column(name = "adjustment_reason")
    private String adjustmentReason;

    @Column(name = "final_amount", nullable = false)
    private BigDecimal finalAmount;

    protected IncentiveStatement() {
    }

    IncentiveStatement(YearMonth month, StatementSubject who, long schemeId, IncentiveInputs in, IncentiveFigures f) {
        this.month = month.toString();
        this.staffId = who.staffId();
        this.employeeNo = who.employeeNo();
        this.staffName = who.name();
        this.postCode = who.postCode();
        this.teamCode = who.teamCode();
        this.teamName = who.teamName();
        this.schemeId = schemeId;
        this.callbacks = (int) in.callbacks();
        this.index = in.index();
        this.adjustedIndex = in.adjustedIndex();
        this.target = in.target();
        this.insufficientSample = f.insufficientSample();
        this.satisfactionCoefficient = f.satisfactionCoefficient();
        this.assignmentsDue = in.assignmentsDue();
        this.assignmentsOnTime = in.assignmentsOnTime();
        this.trainingCoefficient = f.trainingCoefficient();
        this.kudosPoints = in.kudosPoints();
        this.recognitionBonus = f.recognitionBonus();
        this.complaints = in.complaints();
        this.complaintDeduction = f.complaintDeduction();
        this.base = f.base();
        this.calculated = f.calculated();
        this.adjustment = IncentiveCalculator.money(BigDecimal.ZERO);
        this.finalAmount = f.calculated();
    }

    Long getId() {
        return id;
    }

    long getStaffId() {
        return staffId;
    }

    void adjust(BigDecimal amount, String reason) {
        adjustment = IncentiveCalculator.money(amount);
        adjustmentReason = reason;
        finalAmount = calculated.add(adjustment);
    }

    Statement view() {
        return new Statement(id, YearMonth.parse(month), staffId, employeeNo, staffName, postCode, teamCode, teamName,
                schemeId, callbacks, index, adjustedIndex, target, insufficientSample, satisfactionCoefficient,
                assignmentsDue, assignmentsOnTime, trainingCoefficient, kudosPoints, recognitionBonus, complaints,
                complaintDeduction, base, calculated, adjustment, adjustmentReason, finalAmount);
    }
}
