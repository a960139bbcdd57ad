package com.touchpoint.satisfaction;

import java.time.Instant;

/** One callback file import in the history: who, when, which file, and what became of its rows. */
public record CallbackImportSummary(long id, String fileName, String importedBy, Instant startedAt, Instant finishedAt,
                                    String status, int totalRows, int accepted, int duplicates, int rejected,
                                    boolean hasErrorFile, String message) {

    public static final String RUNNING = "RUNNING";
    public static final String SUCCEEDED = "SUCCEEDED";
    public static final String FAILED = "FAILED";
    /**
     * Never stored: a running import whose heartbeat stopped (see {@link ImportProperties}). It was cut off before
     * it could record an outcome, by its node dying or the database going away; its rows are stored all or nothing
     * in one transaction, so nothing of the file was stored.
     */
    public static final String INTERRUPTED = "INTERRUPTED";

    public boolean interrupted() {
        return INTERRUPTED.equals(status);
    }
}
