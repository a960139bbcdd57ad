package com.touchpoint.incentive;

import com.touchpoint.shared.ConflictException;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Replaces a draft month's statements with a fresh calculation, inside the caller's transaction. */
@Component
class MonthCalculation {

    private final MonthRepository months;
    private final StatementRepository statements;
    private final IncentiveSources sources;
    private final IncentiveSchemes schemes;
    private final StatementWriter writer;
    private final Clock clock;

    MonthCalculation(MonthRepository months, StatementRepository statements, IncentiveSources sources,
                     IncentiveSchemes schemes, StatementWriter writer, Clock clock) {
        this.months = months;
        this.statements = statements;
        this.sources = sources;
        this.schemes = schemes;
        this.writer = writer;
        this.clock = clock;
    }

    /** @return the number of statements written */
    int replaceDraft(YearMonth month, RunProgress progress) {
        // Not locked for the run's duration: the claim keeps other runs and every workflow step away.
        IncentiveMonth state = months.findById(month.toString())
                .orElseThrow(() -> new IllegalStateException("No row for claimed month " + month));
        if (state.getStatus() != MonthStatus.DRAFT) {
            throw new ConflictException("incentive.run.not-draft", month, state.getStatus());
        }
        Map<Long, IncentiveStatement> adjusted = new HashMap<>();
        statements.ofMonth(month.toString()).stream().filter(s -> s.view().adjustment().signum() != 0)
                .forEach(s -> adjusted.put(s.getStaffId(), s));
        List<SourceRow> rows = sources.gather(month);
        Map<String, IncentiveScheme> inEffect = schemes.inEffect(month);
        writer.deleteMonth(month);
        List<StatementWriter.Calculated> batch = new ArrayList<>(StatementWriter.BATCH);
        int done = 0;
        for (SourceRow row : rows) {
            IncentiveScheme scheme = inEffect.get(row.subject().postCode());
            if (scheme == null) {
                throw new ConflictException("incentive.run.no-scheme", row.subject().postCode(), month);
            }
            IncentiveFigures figures = IncentiveCalculator.calculate(scheme.parameters(), row.inputs());
            batch.add(new StatementWriter.Calculated(row.subject(), scheme.getId(), row.inputs(), figures,
                    adjustmentOf(adjusted.get(row.subject().staffId()))));
            if (batch.size() == StatementWriter.BATCH) {
                done += flush(month, batch, progress, rows.size(), done);
            }
        }
        done += flush(month, batch, progress, rows.size(), done);
        state.calculated(clock.instant());
        return done;
    }

    private int flush(YearMonth month, List<StatementWriter.Calculated> batch, RunProgress progress, int total,
                      int before) {
        int size = batch.size();
        if (size > 0) {
            writer.write(month, batch);
            batch.clear();
        }
        progress.advanced(before + size, total);
        return size;
    }

    private static StatementWriter.Adjustment adjustmentOf(IncentiveStatement previous) {
        if (previous == null) {
            return StatementWriter.Adjustment.NONE;
        }
        Statement s = previous.view();
        return new StatementWriter.Adjustment(s.adjustment(), s.adjustmentReason());
    }
}
