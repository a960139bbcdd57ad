package com.touchpoint.scale;

import com.touchpoint.shared.ScaleDataContributor;
import com.touchpoint.shared.ScalePlan;
import com.touchpoint.shared.ScaleProgress;
import com.touchpoint.shared.SystemActor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Fills the database with a large organisation from a {@link ScalePlan}: every feature's
 * {@link ScaleDataContributor} in order, as the system actor {@code system:scale}. The same plan gives the same data.
 */
@Service
public class ScaleDataGenerator {

    private static final Logger log = LoggerFactory.getLogger(ScaleDataGenerator.class);

    private final List<ScaleDataContributor> contributors;

    ScaleDataGenerator(List<ScaleDataContributor> contributors) {
        this.contributors = contributors.stream().sorted(Comparator.comparingInt(ScaleDataContributor::order)).toList();
    }

    /** Generates the plan's data; {@code quiet} leaves out the progress lines (for tests). */
    public void generate(ScalePlan plan, boolean quiet) {
        long started = System.nanoTime();
        if (!quiet) {
            log.info(String.format(Locale.ROOT, "Scale data: seed %d, %,d staff in teams of %d, %,d callbacks from %s "
                            + "to %s, check-ins over %d days, codes starting with %s-", plan.seed(), plan.staff(),
                    plan.teamSize(), plan.callbacks(), plan.first(), plan.last(), plan.checkInDays(), plan.prefix()));
        }
        ScaleProgress progress = new ScaleProgress(quiet);
        SystemActor.run("scale", () -> {
            for (ScaleDataContributor contributor : contributors) {
                progress.start(contributor.name());
                contributor.contribute(plan, progress);
            }
        }, "ROLE_ADMIN");
        if (!quiet) {
            log.info(String.format(Locale.ROOT, "Scale data generated in %.1f s", (System.nanoTime() - started) / 1e9));
        }
    }
}
