package com.touchpoint.incentive;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/** Writes a month's statements in JDBC batches (an identity key keeps JPA from batching). */
@Component
class StatementWriter {

    static final int BATCH = 500;

    private static final String INSERT = "insert into incentive_statement (incentive_month, staff_id, employee_no,"
            + " staff_name, post_code, team_code, team_name, scheme_id, callbacks, satisfaction_index, adjusted_index,"
            + " target, insufficient_sample, satisfaction_coef, assignments_due, assignments_on_time, training_coef,"
            + " kudos_points, recognition_bonus, complaints, complaint_deduction, base_amount, calculated_amount,"
            + " adjustment, adjustment_reason, final_amount)"
            + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private final JdbcTemplate jdbc;

    StatementWriter(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void deleteMonth(YearMonth month) {
        jdbc.update("delete from incentive_statement where incentive_month = ?", month.toString());
    }

    /** One calculated statement, ready to be written. */
    record Calculated(StatementSubject who, long schemeId, IncentiveInputs in, IncentiveFigures f,
                      Adjustment adjustment) {
    }

    /** HR's adjustment of the draft being replaced, carried over to the new statement. */
    record Adjustment(BigDecimal amount, String reason) {
        static final Adjustment NONE = new Adjustment(IncentiveCalculator.money(BigDecimal.ZERO), null);
    }

    void write(YearMonth month, List<Calculated> batch) {
        List<Object[]> rows = new ArrayList<>(batch.size());
        for (Calculated c : batch) {
            StatementSubject who = c.who();
            IncentiveInputs in = c.in();
            IncentiveFigures f = c.f();
            rows.add(new Object[] {month.toString(), who.staffId(), who.employeeNo(), who.name(), who.postCode(),
                    who.teamCode(), who.teamName(), c.schemeId(), in.callbacks(), in.index(), in.adjustedIndex(),
                    in.target(), f.insufficientSample(), f.satisfactionCoefficient(), in.assignmentsDue(),
                    in.assignmentsOnTime(), f.trainingCoefficient(), in.kudosPoints(), f.recognitionBonus(),
                    in.complaints(), f.complaintDeduction(), f.base(), f.calculated(),
                    c.adjustment().amount(), c.adjustment().reason(),
                    f.calculated().add(c.adjustment().amount())});
        }
        jdbc.batchUpdate(INSERT, rows);
    }
}
