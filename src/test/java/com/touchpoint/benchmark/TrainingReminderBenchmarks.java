package com.touchpoint.benchmark;

import com.touchpoint.MutableClock;
import com.touchpoint.TestDatabase;
import com.touchpoint.TouchpointTest;
import com.touchpoint.coaching.CoachingReminders;
import com.touchpoint.shared.ChunkedWork;
import com.touchpoint.staff.TestAccess;
import com.touchpoint.training.ReminderRun;
import com.touchpoint.training.TrainingAssignments;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The daily reminder runs on the scale data: training (every open assignment due within the reminder window is
 * reminded and every one past its due date flagged, each with its notices) and coaching (sessions coming up, action
 * items due soon or overdue). The clock is fixed on the day after the
 * data's last ({@code TOUCHPOINT_REMINDER_DAY} to choose another), when the generated assignments have never been
 * reminded: a run that catches up with all of them. Afterwards the run's marks and notices are removed again, so the
 * benchmark can be repeated on the same data. Writes a "Reminder runs" section into {@code docs/benchmarks.md}.
 * Run on demand only:
 * {@code TOUCHPOINT_BENCHMARK_DB=touchpoint_scale ./mvnw test -Dgroups=benchmark -DexcludedGroups=none -Dtest=TrainingReminderBenchmarks}.
 */
@Tag("benchmark")
@TouchpointTest
class TrainingReminderBenchmarks {

    static final String SECTION = "## Reminder runs";

    @Autowired
    TrainingAssignments assignments;
    @Autowired
    CoachingReminders coaching;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MutableClock clock;

    @Test
    void a_reminder_run_that_catches_up_with_every_open_assignment() throws Exception {
        assertThat(TestDatabase.BENCHMARK_DATABASE).as("TOUCHPOINT_BENCHMARK_DB names the generated data").isNotBlank();
        LocalDate last = jdbc.queryForObject("select max(service_date) from satisfaction_callback", LocalDate.class);
        LocalDate day = LocalDate.parse(System.getenv().getOrDefault("TOUCHPOINT_REMINDER_DAY",
                last.plusDays(1).toString()));
        Instant now = day.atTime(8, 0).toInstant(ZoneOffset.ofHours(8));
        long assignmentCount = jdbc.queryForObject("select count(*) from training_assignment", Long.class);
        long notices = jdbc.queryForObject("select count(*) from notification_message", Long.class);
        clock.set(now);
        long nanos;
        long coachingNanos;
        long sent;
        ReminderRun run;
        com.touchpoint.coaching.ReminderRun coached;
        try {
            long t = System.nanoTime();
            run = TestAccess.asAdmin(() -> assignments.sendReminders());
            nanos = System.nanoTime() - t;
            sent = jdbc.queryForObject("select count(*) from notification_message", Long.class) - notices;
            t = System.nanoTime();
            coached = TestAccess.asAdmin(() -> coaching.sendReminders());
            coachingNanos = System.nanoTime() - t;
        } finally {
            clock.reset();
        }
        undo(now);
        assertThat(jdbc.queryForObject("select count(*) from notification_message", Long.class))
                .as("the run's notices removed again").isEqualTo(notices);
        double seconds = nanos / 1e9;
        String line = String.format(Locale.ROOT, "%s: %,d assignments; %,d reminded and %,d flagged overdue with %,d "
                        + "notices in %.1f s (%.1f ms per assignment told)", day, assignmentCount, run.reminded(),
                run.flaggedOverdue(), sent, seconds, nanos / 1e6 / Math.max(1, run.reminded() + run.flaggedOverdue()));
        String coachingLine = String.format(Locale.ROOT, "Coaching, the same day: %,d sessions coming up, %,d action "
                + "items due soon and %,d overdue told in %.1f s", coached.sessions(), coached.dueSoon(), coached.overdue(),
                coachingNanos / 1e9);
        System.out.println("BENCHMARK " + line);
        System.out.println("BENCHMARK " + coachingLine);
        assertThat(run.reminded() + run.flaggedOverdue()).as("the run had something to do").isPositive();
        assertThat(sent).as("a notice for each, and the supervisors' for the overdue")
                .isGreaterThanOrEqualTo(run.reminded() + run.flaggedOverdue());
        BenchmarkSections.replace(SECTION, List.of(SECTION, "",
                "Written by `TrainingReminderBenchmarks`, " + Instant.now().atOffset(ZoneOffset.UTC)
                        .format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")) + ", on database `"
                        + TestDatabase.BENCHMARK_DATABASE + "`. Command: `TOUCHPOINT_BENCHMARK_DB="
                        + TestDatabase.BENCHMARK_DATABASE + " ./mvnw test -Dgroups=benchmark -DexcludedGroups=none "
                        + "-Dtest=TrainingReminderBenchmarks`. The daily runs on the day after the data's last, when "
                        + "thousands of generated assignments and action items are overdue and not yet told: a run that "
                        + "catches up. Each is told in chunks of " + ChunkedWork.PER_TRANSACTION + " rows to a "
                        + "transaction (`ChunkedWork`); the run's marks and notices are removed again afterwards.",
                "", "- Training, " + line + ".", "- " + coachingLine + "."));
    }

    /** Removes the run's marks and notices: all of them carry the fixed clock's instant. */
    private void undo(Instant now) {
        Timestamp at = Timestamp.from(now);
        jdbc.update("update training_assignment set reminded_at = null where reminded_at = ?", at);
        jdbc.update("update training_assignment set overdue_flagged_at = null where overdue_flagged_at = ?", at);
        jdbc.update("delete from notification_message where created_at = ?", at);
        jdbc.update("update coaching_session set reminded_at = null where reminded_at = ?", at);
        jdbc.update("update coaching_action_item set due_reminded_at = null where due_reminded_at = ?", at);
        jdbc.update("update coaching_action_item set overdue_flagged_at = null where overdue_flagged_at = ?", at);
    }
}
