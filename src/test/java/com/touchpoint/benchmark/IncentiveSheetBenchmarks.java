package com.touchpoint.benchmark;

import com.touchpoint.incentive.IncentiveSheets;
import com.touchpoint.incentive.SchemeParameters;
import com.touchpoint.incentive.SchemeVersion;
import com.touchpoint.incentive.Statement;
import com.touchpoint.incentive.internal.SheetWriter;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Random;
import java.util.ResourceBundle;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The 10,000-row incentive sheet against POI's plain SXSSF writing the same cells (issue 18), without a database:
 * the statements are made up with the shapes of a real month (Chinese names, 5 posts, teams of 30, some without
 * data, a few adjustments). Time: interleaved runs after a warm-up. Live heap, two ways: the most heap in use right
 * after a forced full collection, sampled while each writer runs; and whether each writer finishes in a JVM of its
 * own with {@code -Xmx64m}, {@code -Xmx32m}, {@code -Xmx24m} and {@code -Xmx16m}. Time is reported as wall clock and
 * as the writing thread's CPU time. Run on demand:
 * {@code ./mvnw test -Dgroups=benchmark -DexcludedGroups=none -Dtest=IncentiveSheetBenchmarks}.
 */
@Tag("benchmark")
class IncentiveSheetBenchmarks {

    static final int ROWS = 10_000;
    static final int RUNS = Integer.parseInt(System.getenv().getOrDefault("TOUCHPOINT_BENCHMARK_RUNS", "15"));
    static final String[] POSTS = {"SHOP_SALES", "HOTLINE_AGENT", "FIELD_ENGINEER", "SERVICE_CONSULTANT",
            "FRONT_DESK_LEAD"};

    @TempDir
    Path dir;

    @Test
    void the_sheet_against_plain_sxssf() throws Exception {
        List<Statement> statements = statements(ROWS, new Random(18));
        IncentiveSheets.Prepared prepared = prepared(statements);
        Path sheetFile = dir.resolve("sheet.xlsx");
        Path plainFile = dir.resolve("plain.xlsx");
        Runnable sheet = () -> sheet(prepared, sheetFile);
        Runnable plain = () -> ScaleBenchmarks.plain(statements, plainFile);
        for (int i = 0; i < 3; i++) {
            sheet.run();
            plain.run();
        }
        long[][] sheetNanos = new long[2][RUNS];
        long[][] plainNanos = new long[2][RUNS];
        for (int r = 0; r < RUNS; r++) {
            if (r % 2 == 0) {
                timed(sheet, sheetNanos, r);
                timed(plain, plainNanos, r);
            } else {
                timed(plain, plainNanos, r);
                timed(sheet, sheetNanos, r);
            }
        }
        String[] clocks = {"wall clock", "CPU time of the writing thread"};
        for (int c = 0; c < 2; c++) {
            var sheetSeries = new ScaleBenchmarks.Series(sheetNanos[c]);
            var plainSeries = new ScaleBenchmarks.Series(plainNanos[c]);
            print(String.format(Locale.ROOT, "%s, %d runs: sheet of %,d rows (%,d KB): %s; plain SXSSF (%,d KB): %s; "
                    + "ratio %.3f", clocks[c], RUNS, ROWS, Files.size(sheetFile) / 1024, sheetSeries.millis(),
                    Files.size(plainFile) / 1024, plainSeries.millis(), sheetSeries.median() / plainSeries.median()));
        }

        print(String.format(Locale.ROOT, "live heap above the start, after forced collections while writing: sheet "
                + "%,d KB, plain %,d KB", liveHeap(sheet) / 1024, liveHeap(plain) / 1024));
        for (int mb : new int[] {64, 32, 24, 16}) {
            print(String.format(Locale.ROOT, "in a JVM with -Xmx%dm: sheet %s, plain %s", mb, inSmallHeap("sheet", mb),
                    inSmallHeap("plain", mb)));
        }
        assertThat(Files.size(sheetFile)).isPositive();
    }

    private static void sheet(IncentiveSheets.Prepared prepared, Path file) {
        try (OutputStream out = Files.newOutputStream(file)) {
            prepared.writeTo(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Wall clock into {@code nanos[0][run]}, and the thread's CPU time (less disturbed by other work on a shared
     * machine) into {@code nanos[1][run]}.
     */
    private static void timed(Runnable work, long[][] nanos, int run) {
        var threads = ManagementFactory.getThreadMXBean();
        long cpu = threads.getCurrentThreadCpuTime();
        long t = System.nanoTime();
        work.run();
        nanos[0][run] = System.nanoTime() - t;
        nanos[1][run] = threads.getCurrentThreadCpuTime() - cpu;
    }

    /** The most heap in use after a full collection, sampled every 20 ms while {@code work} runs, above the start. */
    static long liveHeap(Runnable work) throws InterruptedException {
        Runtime rt = Runtime.getRuntime();
        System.gc();
        long before = rt.totalMemory() - rt.freeMemory();
        AtomicLong most = new AtomicLong(before);
        AtomicBoolean done = new AtomicBoolean();
        Thread sampler = new Thread(() -> {
            while (!done.get()) {
                System.gc();
                most.accumulateAndGet(rt.totalMemory() - rt.freeMemory(), Math::max);
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        sampler.start();
        try {
            work.run();
        } finally {
            done.set(true);
            sampler.join();
        }
        return Math.max(0, most.get() - before);
    }

    /** Runs one writer in a JVM of its own with the given maximum heap: "finished in … ms" or how it failed. */
    private String inSmallHeap(String writer, int megabytes) throws Exception {
        Path out = dir.resolve(writer + "-" + megabytes + ".log");
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + megabytes + "m", "-cp", System.getProperty("java.class.path"),
                IncentiveSheetBenchmarks.class.getName(), writer, Integer.toString(ROWS), dir.toString())
                .redirectErrorStream(true).redirectOutput(out.toFile()).start();
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            return "did not finish in 5 minutes";
        }
        String log = Files.readString(out);
        if (process.exitValue() == 0) {
            return log.strip();
        }
        return "failed (" + (log.contains("OutOfMemoryError") ? "OutOfMemoryError" : "exit " + process.exitValue())
                + ")";
    }

    /** Entry point of the small-heap runs: writes the sheet or the plain one once and prints the time. */
    public static void main(String[] args) throws Exception {
        List<Statement> statements = statements(Integer.parseInt(args[1]), new Random(18));
        Path file = Path.of(args[2], args[0] + "-" + Runtime.getRuntime().maxMemory() + ".xlsx");
        long t = System.nanoTime();
        if (args[0].equals("sheet")) {
            sheet(prepared(statements), file);
        } else {
            ScaleBenchmarks.plain(statements, file);
        }
        System.out.printf(Locale.ROOT, "finished in %,d ms%n", (System.nanoTime() - t) / 1_000_000);
        Files.deleteIfExists(file);
    }

    static IncentiveSheets.Prepared prepared(List<Statement> statements) {
        ResourceBundle bundle = ResourceBundle.getBundle("i18n/incentive", Locale.SIMPLIFIED_CHINESE);
        SheetWriter.Labels labels = new SheetWriter.Labels() {
            @Override
            public String text(String key) {
                try {
                    return bundle.getString(key);
                } catch (MissingResourceException e) {
                    return key;
                }
            }

            @Override
            public String postName(String postCode) {
                return postCode;
            }
        };
        List<SchemeVersion> schemes = new ArrayList<>();
        for (int p = 0; p < POSTS.length; p++) {
            schemes.add(new SchemeVersion(p + 1, POSTS[p], YearMonth.of(2026, 1),
                    SchemeParameters.defaults(new BigDecimal("2000.00")), "hr1", Instant.EPOCH, true));
        }
        return new IncentiveSheets.Prepared(YearMonth.of(2026, 10), statements, schemes, labels, "2026-10 · 草稿");
    }

    static List<Statement> statements(int rows, Random random) {
        String family = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗";
        String given = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂";
        List<Statement> statements = new ArrayList<>();
        for (int i = 0; i < rows; i++) {
            int team = i / 30;
            String post = POSTS[team % POSTS.length];
            int callbacks = random.nextInt(8) == 0 ? 0 : 5 + random.nextInt(60);
            boolean data = callbacks > 0;
            BigDecimal index = data ? money(60 + random.nextDouble() * 40) : null;
            BigDecimal adjusted = data ? money(65 + random.nextDouble() * 30) : null;
            BigDecimal satisfaction = data ? coefficient(0.8 + random.nextDouble() * 0.4) : BigDecimal.ONE;
            BigDecimal training = coefficient(0.9 + random.nextDouble() * 0.1);
            int kudos = random.nextInt(40);
            BigDecimal bonus = money(kudos * 0.5);
            int complaints = random.nextInt(20) == 0 ? 1 : 0;
            BigDecimal deduction = money(complaints * 100);
            BigDecimal base = new BigDecimal("2000.00");
            BigDecimal calculated = base.multiply(satisfaction).multiply(training).add(bonus).subtract(deduction)
                    .max(BigDecimal.ZERO).setScale(2, RoundingMode.HALF_UP);
            boolean adjustedByHr = random.nextInt(50) == 0;
            BigDecimal adjustment = adjustedByHr ? money(random.nextInt(200) - 100) : BigDecimal.ZERO.setScale(2);
            String name = "" + family.charAt(random.nextInt(family.length())) + given.charAt(random.nextInt(given.length()))
                    + (random.nextBoolean() ? given.charAt(random.nextInt(given.length())) : "");
            statements.add(new Statement(i + 1, YearMonth.of(2026, 10), i + 1, String.format("S%05d", i), name, post,
                    String.format("S-T-%04d", team), "江海第" + (team + 1) + "班组", post.hashCode() & 7, callbacks, index,
                    adjusted, data ? new BigDecimal("85.00") : null, callbacks < 10, satisfaction, 2, 2, training, kudos,
                    bonus, complaints, deduction, base, calculated, adjustment, adjustedByHr ? "加班补贴" : null,
                    calculated.add(adjustment)));
        }
        return statements;
    }

    private static BigDecimal money(double value) {
        return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP);
    }

    private static BigDecimal coefficient(double value) {
        return BigDecimal.valueOf(value).setScale(4, RoundingMode.HALF_UP);
    }

    private static void print(String line) {
        System.out.println("BENCHMARK " + line);
    }
}
