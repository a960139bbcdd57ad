package com.touchpoint;

import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The one application context the integration tests share: the whole app on a random port, on this
 * run's MariaDB database, with demo data, a known bootstrap API token and the Prometheus metrics that
 * Spring Boot's tests would otherwise leave out. Its Clock is a {@link MutableClock} that tests can fix.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@AutoConfigureObservability(tracing = false)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"touchpoint.api.bootstrap-token=" + TouchpointTest.BOOTSTRAP_TOKEN,
                "touchpoint.demo-data.enabled=true",
                // the development-mode notice would cover the bottom of phone screenshots
                "vaadin.devmode.devTools.enabled=false"})
@Import(MutableClock.Config.class)
public @interface TouchpointTest {
    String BOOTSTRAP_TOKEN = "test-bootstrap-token-0123456789";
}
