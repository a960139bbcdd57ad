package com.touchpoint.staff;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/** Login rules: how many failures in a row lock an account, and for how long. */
@ConfigurationProperties("touchpoint.security")
public record SecurityProperties(@DefaultValue("5") int maxFailedLogins,
                                 @DefaultValue("15m") Duration lockoutDuration) {
}
