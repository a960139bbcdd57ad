package com.touchpoint.satisfaction;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * Callback file imports: a running import renews its heartbeat at least every quarter of {@code staleAfter} while
 * it reads rows, and one whose heartbeat is older than {@code staleAfter} is reported as interrupted (its node died,
 * or the database went away before it could record its failure). The limit leaves room for a chunk of rows that
 * waits for a lock (MariaDB's default lock wait timeout is 50 s).
 */
@ConfigurationProperties("touchpoint.imports")
record ImportProperties(@DefaultValue("2m") Duration staleAfter) {

    Duration heartbeatEvery() {
        return staleAfter.dividedBy(4);
    }
}
