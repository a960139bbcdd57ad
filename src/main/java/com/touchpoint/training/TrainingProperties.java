package com.touchpoint.training;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Training settings: the folder the modules are read from (relative to the working directory), and how
 * many days before the due date an assignment reminder is sent.
 */
@ConfigurationProperties("touchpoint.training")
public record TrainingProperties(@DefaultValue("training-content") String contentDir,
                                 @DefaultValue("2") int reminderDays) {
}
