package com.touchpoint.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code touchpoint.demo-data.enabled}: fill an empty database with a realistic demo organisation. Off unless
 * asked for, because the demo accounts share a published password.
 */
@ConfigurationProperties("touchpoint.demo-data")
public record DemoDataProperties(@DefaultValue("false") boolean enabled) {
}
