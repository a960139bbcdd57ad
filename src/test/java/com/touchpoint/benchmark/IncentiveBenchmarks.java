package com.touchpoint.benchmark;

import com.touchpoint.TouchpointTest;
import com.touchpoint.incentive.IncentiveRuns;
import com.touchpoint.incentive.IncentiveSheets;
import com.touchpoint.incentive.RunProgress;
import com.touchpoint.incentive.RunState;
import com.touchpoint.incentive.RunStatus;
import com.touchpoint.satisfaction.CallbackIntake;
import com.touchpoint.satisfaction.CallbackRecord;
import com.touchpoint.staff.OrgStructure;
import com.touchpoint.staff.OrgUnitChange;
import com.touchpoint.staff.OrgUnitKind;
import com.touchpoint.staff.StaffChange;
import com.touchpoint.staff.StaffDirectory;
import com.touchpoint.staff.TestAccess;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The incentive issue's measurements, run on demand (not part of {@code ./mvnw verify}):
 * {@code ./mvnw test -Dgroups=benchmark -DexcludedGroups=none -Dtest=IncentiveBenchmarks}.
 * 10,000 extra staff with 10 callbacks each in one month; the month's calculation and its sheet are timed, with the
 * peak of the heap in use sampled while each runs. Figures are printed as "BENCHMARK ..." lines.
 */
@Tag("benchmark")
@TouchpointTest
class IncentiveBenchmarks {

    static final int STAFF = 10_000;
    static final int CALLBACKS_EACH = 10;
    static final YearMonth MONTH = YearMonth.of(2020, 3);
    static final String[] POSTS = {"SHOP_SALES", "HOTLINE_AGENT", "FIELD_ENGINEER", "SERVICE_CONSULTANT", "FRONT_DESK_LEAD"};

    @Autowired
    IncentiveRuns runs;
    @Autowired
    IncentiveSheets sheets;
    @Autowired
    CallbackIntake intake;
    @Autowired
    StaffDirectory directory;
    @Autowired
    OrgStructure org;
    @TempDir
    Path dir;

    private final Random random = new Random(15);

    @Test
    void a_month_of_10000_staff_and_its_sheet() throws Exception {
        TestAccess.asAdmin(() -> org.save(new OrgUnitChange("T-INC-BENCH", "激励压测班组", OrgUnitKind.TEAM, "BR-WEST")));
        List<StaffChange> people = new ArrayList<>();
        for (int i = 0; i < STAFF; i++) {
            people.add(new StaffChange(String.format("B%06d", i), "压测员工" + i, POSTS[i % POSTS.length], "T-INC-BENCH",
                    LocalDate.of(2019, 1, 1), true));
        }
        for (int from = 0; from < STAFF; from += 1000) {
            List<StaffChange> chunk = people.subList(from, from + 1000);
            TestAccess.asAdmin(() -> directory.saveAll(chunk));
        }
        List<CallbackRecord> records = new ArrayList<>();
        for (int i = 0; i < STAFF; i++) {
            for (int c = 0; c < CALLBACKS_EACH; c++) {
                LocalDate served = MONTH.atDay(1 + random.nextInt(28));
                records.add(new CallbackRecord("IB-" + i + "-" + c, String.format("B%06d", i), served.toString(),
                        served.plusDays(1).toString(), "REPAIR", "ONSITE", "MASS", "COMPLETED", "STANDARD-2026",
                        Map.of("ATTITUDE", 3 + random.nextInt(3), "EFFICIENCY", 3 + random.nextInt(3),
                                "PROFESSIONAL", 3 + random.nextInt(3), "PROMISE", 2 + random.nextInt(4),
                                "RESOLUTION", 3 + random.nextInt(3), "OVERALL", 6 + random.nextInt(5)),
                        random.nextInt(40) == 0, null));
                if (records.size() == 5000) {
                    List<CallbackRecord> batch = List.copyOf(records);
                    TestAccess.as("quality1", () -> intake.ingest(batch), "ROLE_QUALITY");
                    records.clear();
                }
            }
        }

        RunState run = measured("calculation of " + STAFF + "+ staff",
                () -> TestAccess.as("hr1", () -> runs.runNow(MONTH, RunProgress.NONE), "ROLE_HR"));
        assertThat(run.status()).isEqualTo(RunStatus.SUCCEEDED);
        assertThat(run.statements()).isGreaterThanOrEqualTo(STAFF);

        Path file = dir.resolve("incentives.xlsx");
        measured("sheet of " + run.statements() + " rows", () -> TestAccess.as("hr1", () -> {
            try (OutputStream out = Files.newOutputStream(file)) {
                sheets.prepare(MONTH, Locale.SIMPLIFIED_CHINESE).writeTo(out);
                return null;
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }, "ROLE_HR"));
        System.out.printf(Locale.ROOT, "BENCHMARK sheet size: %d KB%n", Files.size(file) / 1024);
    }

    private static <T> T measured(String what, Supplier<T> work) throws InterruptedException {
        System.gc();
        Runtime rt = Runtime.getRuntime();
        long before = rt.totalMemory() - rt.freeMemory();
        AtomicLong peak = new AtomicLong(before);
        Thread sampler = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                peak.accumulateAndGet(rt.totalMemory() - rt.freeMemory(), Math::max);
                try {
                    Thread.sleep(5);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        sampler.start();
        long started = System.nanoTime();
        T result = work.get();
        long nanos = System.nanoTime() - started;
        sampler.interrupt();
        sampler.join();
        System.out.printf(Locale.ROOT, "BENCHMARK %s: %.2f s, heap in use %d MB before, peak %d MB%n", what,
                nanos / 1e9, before / (1024 * 1024), peak.get() / (1024 * 1024));
        return result;
    }
}
