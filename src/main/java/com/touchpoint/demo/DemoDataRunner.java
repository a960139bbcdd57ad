package com.touchpoint.demo;

import com.touchpoint.shared.DemoDataContributor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;

/**
 * Runs every feature's {@link DemoDataContributor} once per database, in order, each in its own
 * transaction together with the row that records it ran, so a contributor never runs twice.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE - 100)
class DemoDataRunner implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoDataRunner.class);

    private final DemoDataProperties properties;
    private final List<DemoDataContributor> contributors;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final Clock clock;

    DemoDataRunner(DemoDataProperties properties, List<DemoDataContributor> contributors, JdbcTemplate jdbc,
                   TransactionTemplate transactions, Clock clock) {
        this.properties = properties;
        this.contributors = contributors;
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!properties.enabled()) {
            log.info("Demo data is disabled (start with --touchpoint.demo-data.enabled=true for the demo organisation)");
            return;
        }
        contributors.stream().sorted(Comparator.comparingInt(DemoDataContributor::order)).forEach(this::runOnce);
    }

    private void runOnce(DemoDataContributor contributor) {
        transactions.executeWithoutResult(status -> {
            // Claiming the row first makes a second instance starting at the same time fail instead of duplicating.
            Integer done = jdbc.queryForObject("select count(*) from demo_data_applied where contributor = ?",
                    Integer.class, contributor.name());
            if (done != null && done > 0) {
                return;
            }
            jdbc.update("insert into demo_data_applied (contributor, applied_at) values (?, ?)",
                    contributor.name(), Timestamp.from(clock.instant()));
            long started = System.nanoTime();
            contributor.contribute();
            log.info("Demo data '{}' created in {} ms", contributor.name(), (System.nanoTime() - started) / 1_000_000);
        });
    }
}
