package com.touchpoint;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Points every Spring test context at this run's MariaDB database (see {@link TestDatabase}) and lets
 * {@link QueryCounter} see every statement sent to it; not against a benchmark database, where the application is
 * measured as it runs in production (the counting proxy records every bound parameter: a multi-row insert of a
 * delivery binds thousands), and where no test adds demo data.
 */
class TestDatabaseContextCustomizerFactory implements ContextCustomizerFactory {

    @Override
    public ContextCustomizer createContextCustomizer(Class<?> testClass,
                                                     List<ContextConfigurationAttributes> configAttributes) {
        return new Customizer();
    }

    private static final class Customizer implements ContextCustomizer {
        @Override
        public void customizeContext(ConfigurableApplicationContext context,
                                     org.springframework.test.context.MergedContextConfiguration config) {
            Map<String, Object> properties = new HashMap<>(Map.of("spring.datasource.url", TestDatabase.url(),
                    "spring.datasource.username", TestDatabase.USER,
                    "spring.datasource.password", TestDatabase.PASSWORD,
                    "spring.datasource.driver-class-name", "org.mariadb.jdbc.Driver"));
            if (TestDatabase.BENCHMARK_DATABASE == null || TestDatabase.BENCHMARK_DATABASE.isBlank()) {
                context.getBeanFactory().addBeanPostProcessor(new QueryCounter.Wrapper());
            } else {
                // the generated data is measured as generated: no test's demo data is ever added to it
                properties.put("touchpoint.demo-data.enabled", "false");
            }
            context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("touchpoint-test-database",
                    properties));
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Customizer;
        }

        @Override
        public int hashCode() {
            return Customizer.class.hashCode();
        }
    }
}
