package com.touchpoint.shared;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Locale;

/** Progress lines of the scale data generator: how far a part is, at what rate, at most every few seconds. */
public final class ScaleProgress {

    private static final Logger log = LoggerFactory.getLogger(ScaleProgress.class);
    private static final long EVERY_NANOS = 5_000_000_000L;

    private final boolean quiet;
    private String part;
    private long started;
    private long lastReport;

    public ScaleProgress(boolean quiet) {
        this.quiet = quiet;
    }

    public void start(String part) {
        this.part = part;
        this.started = System.nanoTime();
        this.lastReport = started;
    }

    /** A progress line when the last one is a few seconds old. */
    public void at(long done, long total, String what) {
        long now = System.nanoTime();
        if (quiet || now - lastReport < EVERY_NANOS) {
            return;
        }
        lastReport = now;
        double seconds = (now - started) / 1e9;
        log.info(String.format(Locale.ROOT, "Scale data %s: %,d of %,d %s (%.0f s, %,.0f/s)", part, done, total, what,
                seconds, done / Math.max(seconds, 1e-9)));
    }

    public void done(String summary) {
        if (!quiet) {
            log.info(String.format(Locale.ROOT, "Scale data %s: %s in %.1f s", part, summary,
                    (System.nanoTime() - started) / 1e9));
        }
    }
}
