package com.touchpoint.scale;

import com.touchpoint.shared.OperatorTime;
import com.touchpoint.shared.SystemActor;
import com.touchpoint.staff.StaffDirectory;
import com.touchpoint.staff.StaffFilter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * {@code --touchpoint.generate.scale=true}: generate the scale data into the configured database, then stop the
 * application (exit code 0). It refuses a database that already holds staff (exit code 2), and runs before the demo
 * data, which it leaves out. Not a bean at all without the flag.
 */
@Component
@ConditionalOnProperty(name = "touchpoint.generate.scale", havingValue = "true")
@Order(Ordered.HIGHEST_PRECEDENCE)
class ScaleDataCommand implements ApplicationRunner {

    static final int REFUSED = 2;
    private static final Logger log = LoggerFactory.getLogger(ScaleDataCommand.class);

    private final ScaleDataGenerator generator;
    private final ScaleProperties properties;
    private final StaffDirectory directory;
    private final OperatorTime time;
    private final ConfigurableApplicationContext context;

    ScaleDataCommand(ScaleDataGenerator generator, ScaleProperties properties, StaffDirectory directory,
                     OperatorTime time, ConfigurableApplicationContext context) {
        this.generator = generator;
        this.properties = properties;
        this.directory = directory;
        this.time = time;
        this.context = context;
    }

    @Override
    public void run(ApplicationArguments args) {
        long[] staff = new long[1];
        SystemActor.run("scale", () -> staff[0] = directory.count(StaffFilter.none()), "ROLE_ADMIN");
        int code = 0;
        if (staff[0] > 0) {
            log.error("Scale data NOT generated: this database already holds {} staff. The generator only fills an "
                    + "empty database; create a new one (CREATE DATABASE touchpoint_scale ...) and point "
                    + "TOUCHPOINT_DB_URL at it.", staff[0]);
            code = REFUSED;
        } else {
            generator.generate(properties.plan(time.today()), false);
        }
        int exit = code;
        System.exit(SpringApplication.exit(context, () -> exit));
    }
}
