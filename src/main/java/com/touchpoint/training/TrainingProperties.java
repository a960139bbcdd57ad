package com.touchpoint.training;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Training settings: the folder that replaces the modules built into the application (unset or blank: the
 * built-in ones; relative to the working directory), and how many days before the due date an assignment
 * reminder is sent.
 */
@ConfigurationProperties("touchpoint.training")
public record TrainingProperties(String contentDir, @DefaultValue("2") int reminderDays) {

    /** The configured content folder, if one replaces the built-in modules. */
    public Optional<Path> folder() {
        return contentDir == null || contentDir.isBlank() ? Optional.empty() : Optional.of(Path.of(contentDir.strip()));
    }
}
