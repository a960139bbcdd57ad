package com.touchpoint.satisfaction;

import java.time.Instant;

/** One callback file import in the history: who, when, which file, and what became of its rows. */
public record CallbackImportSummary(long id, String fileName, String importedBy, Instant startedAt, Instant finishedAt,
                                    String status, int totalRows, int accepted, int duplicates, int rejected,
                                    boolean hasErrorFile, String message) {

    public static final String RUNNING = "RUNNING";
    public static final String SUCCEEDED = "SUCCEEDED";
    public static final String FAILED = "FAILED";
}
