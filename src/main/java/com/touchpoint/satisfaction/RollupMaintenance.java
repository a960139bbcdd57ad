package com.touchpoint.satisfaction;

import com.touchpoint.shared.OperatorTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;

/**
 * Rebuilds the recent daily and monthly rollups from the raw callbacks and reports drift. Rollups are kept up
 * to date on every delivery; this is the safety net that shows if they ever were not.
 */
@Service
public class RollupMaintenance {

    private static final Logger log = LoggerFactory.getLogger(RollupMaintenance.class);

    private final RollupStore rollups;
    private final IndicatorProperties properties;
    private final OperatorTime operatorTime;
    private final PostLevels levels;

    RollupMaintenance(RollupStore rollups, IndicatorProperties properties, OperatorTime operatorTime,
                      PostLevels levels) {
        this.levels = levels;
        this.rollups = rollups;
        this.properties = properties;
        this.operatorTime = operatorTime;
    }

    /** Rebuilds the last {@code touchpoint.indicators.rebuild-days} days; returns the rows that had drifted. */
    @Transactional
    public int rebuildRecent() {
        LocalDate today = operatorTime.today();
        return rebuild(today.minusDays(properties.rebuildDays()), today);
    }

    @Transactional
    public int rebuild(LocalDate from, LocalDate to) {
        int drift = rollups.rebuild(from, to);
        if (drift > 0) {
            levels.evict();
            log.warn("Indicator rollups {} to {} had drifted from the raw callbacks in {} rows; rebuilt them",
                    from, to, drift);
        } else {
            log.info("Indicator rollups {} to {} match the raw callbacks", from, to);
        }
        return drift;
    }
}
