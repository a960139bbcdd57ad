package com.touchpoint.shared;

import java.util.List;

/** Scopes an API token may carry (API.md). Authorities are the scope prefixed with {@code SCOPE_}. */
public final class ApiScopes {
    public static final String ORG_WRITE = "org:write";
    public static final String CALLBACKS_WRITE = "callbacks:write";
    public static final String INDICATORS_READ = "indicators:read";
    public static final String INCENTIVES_RUN = "incentives:run";
    public static final String INCENTIVES_EXPORT = "incentives:export";
    /** Team climate from mood check-ins, always under the k rule, never a person's data. */
    public static final String CLIMATE_READ = "climate:read";
    /** Operators' monitoring: {@code /actuator/prometheus}. */
    public static final String METRICS_READ = "metrics:read";

    public static final List<String> ALL = List.of(ORG_WRITE, CALLBACKS_WRITE, INDICATORS_READ,
            INCENTIVES_RUN, INCENTIVES_EXPORT, METRICS_READ, CLIMATE_READ);

    private ApiScopes() {
    }

    public static String authority(String scope) {
        return "SCOPE_" + scope;
    }
}
