package com.touchpoint.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Writes one benchmark's own section of {@code docs/benchmarks.md}, leaving every other section as it was. */
final class BenchmarkSections {

    private BenchmarkSections() {
    }

    /** Replaces the section that starts with {@code heading} (up to the next "## "), or adds it at the end. */
    static void replace(String heading, List<String> lines) throws IOException {
        Path out = Path.of("docs", "benchmarks.md");
        String text = Files.exists(out) ? Files.readString(out) : "# Benchmarks\n";
        String body = String.join("\n", lines).stripTrailing() + "\n";
        int start = text.indexOf("\n" + heading + "\n");
        if (start >= 0) {
            int end = text.indexOf("\n## ", start + 1);
            text = text.substring(0, start + 1) + body + (end >= 0 ? text.substring(end) : "");
        } else {
            text = text.stripTrailing() + "\n\n" + body;
        }
        Files.writeString(out, text);
        System.out.println("BENCHMARK wrote " + out.toAbsolutePath());
    }

    /**
     * Puts a row into the report's main table (the one before the first section): in place of the row that starts
     * with {@code start}, else after the table's last row.
     */
    static void putRow(String start, String row) throws IOException {
        Path out = Path.of("docs", "benchmarks.md");
        String text = Files.exists(out) ? Files.readString(out) : "# Benchmarks\n";
        List<String> lines = new ArrayList<>(Arrays.asList(text.split("\n", -1)));
        int lastRow = -1;
        for (int i = 0; i < lines.size() && !lines.get(i).startsWith("## "); i++) {
            if (lines.get(i).startsWith(start)) {
                lines.set(i, row);
                Files.writeString(out, String.join("\n", lines));
                return;
            }
            if (lines.get(i).startsWith("|")) {
                lastRow = i;
            }
        }
        lines.add(lastRow < 0 ? lines.size() : lastRow + 1, row);
        Files.writeString(out, String.join("\n", lines));
    }
}
