package com.touchpoint.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** {@code touchpoint.demo-data.enabled}: fill an empty database with a realistic demo organisation. */
@ConfigurationProperties("touchpoint.demo-data")
public record DemoDataProperties(@DefaultValue("true") boolean enabled) {
}
