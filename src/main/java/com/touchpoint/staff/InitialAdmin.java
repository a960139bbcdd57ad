package com.touchpoint.staff;

import com.touchpoint.shared.InvalidInputException;
import com.touchpoint.shared.SystemActor;
import com.touchpoint.shared.TranslationProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Creates the first administrator of a clean install from {@link InitialAdminProperties}, through the same
 * {@link UserAccounts#create} the admin's Users page uses, so its rules and audit entry apply here too. Runs
 * last, after the demo data (which brings its own administrator) when that is switched on.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
class InitialAdmin implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(InitialAdmin.class);
    static final String DISPLAY_NAME = "系统管理员";

    private final InitialAdminProperties properties;
    private final UserAccounts accounts;
    private final TranslationProvider translations;

    InitialAdmin(InitialAdminProperties properties, UserAccounts accounts, TranslationProvider translations) {
        this.properties = properties;
        this.accounts = accounts;
        this.translations = translations;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (accounts.enabledAdminExists()) {
            if (properties.passwordGiven()) {
                log.info("An administrator account exists already; touchpoint.admin.initial-password is ignored");
            }
            return;
        }
        if (!properties.passwordGiven()) {
            log.warn("No administrator account exists. To create the first one, start once with "
                    + "--touchpoint.admin.initial-password=<at least {} characters> (env TOUCHPOINT_ADMIN_INITIAL_PASSWORD); "
                    + "its username is '{}' (--touchpoint.admin.initial-username)",
                    InitialAdminProperties.MIN_INITIAL_PASSWORD_LENGTH, properties.initialUsername());
            return;
        }
        var change = new UserAccountChange(properties.initialUsername(), DISPLAY_NAME, properties.initialPassword(),
                null, EnumSet.of(Role.ADMIN), Set.of(), true);
        try {
            SystemActor.run("initial-admin", () -> accounts.create(change), Role.ADMIN.authority());
        } catch (InvalidInputException e) {
            throw new IllegalStateException("The first administrator cannot be created from touchpoint.admin.initial-username/"
                    + "initial-password: " + reasons(e));
        }
        log.info("Created the first administrator account '{}' from touchpoint.admin.initial-password; "
                + "the setting is ignored from now on", properties.initialUsername());
    }

    private String reasons(InvalidInputException e) {
        return e.problems().stream().map(p -> p.field() + ": " + translations.getTranslation(p.messageKey(),
                TranslationProvider.ENGLISH, p.arguments())).collect(Collectors.joining("; "));
    }
}
