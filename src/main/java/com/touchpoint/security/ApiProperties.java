package com.touchpoint.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** {@code touchpoint.api.bootstrap-token}: a token with every scope for automation, valid while it is configured. */
@ConfigurationProperties("touchpoint.api")
public record ApiProperties(String bootstrapToken) {

    boolean hasBootstrapToken() {
        return bootstrapToken != null && !bootstrapToken.isBlank();
    }
}
