package com.touchpoint.staff;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.util.Locale;

/**
 * The first administrator of a clean install: {@code touchpoint.admin.initial-username} and
 * {@code touchpoint.admin.initial-password} (env {@code TOUCHPOINT_ADMIN_INITIAL_PASSWORD}). Used only while no
 * enabled administrator exists. A weak initial password is refused at start-up: the account it opens can do
 * everything, and the value often sits in a service file or shell history.
 */
@ConfigurationProperties("touchpoint.admin")
public record InitialAdminProperties(@DefaultValue("admin") String initialUsername, String initialPassword) {

    static final int MIN_INITIAL_PASSWORD_LENGTH = 12;

    public InitialAdminProperties {
        initialUsername = initialUsername == null ? "" : initialUsername.strip();
        if (hasPassword(initialPassword)) {
            if (initialPassword.length() < MIN_INITIAL_PASSWORD_LENGTH) {
                throw new IllegalArgumentException("touchpoint.admin.initial-password must have at least "
                        + MIN_INITIAL_PASSWORD_LENGTH + " characters");
            }
            if (!initialUsername.isEmpty() && initialPassword.toLowerCase(Locale.ROOT)
                    .contains(initialUsername.toLowerCase(Locale.ROOT))) {
                throw new IllegalArgumentException("touchpoint.admin.initial-password must not contain the username "
                        + "(touchpoint.admin.initial-username)");
            }
        }
    }

    boolean passwordGiven() {
        return hasPassword(initialPassword);
    }

    private static boolean hasPassword(String password) {
        return password != null && !password.isEmpty();
    }
}
