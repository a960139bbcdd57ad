package com.touchpoint;

import org.springframework.boot.test.context.SpringBootTest;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The one application context the integration tests share: the whole app on a random port, on this
 * run's MariaDB database, with demo data and a known bootstrap API token.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"touchpoint.api.bootstrap-token=" + TouchpointTest.BOOTSTRAP_TOKEN,
                "touchpoint.demo-data.enabled=true"})
public @interface TouchpointTest {
    String BOOTSTRAP_TOKEN = "test-bootstrap-token-0123456789";
}
