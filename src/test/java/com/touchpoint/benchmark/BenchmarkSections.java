package com.touchpoint.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
}
