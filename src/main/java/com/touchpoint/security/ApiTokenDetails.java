package com.touchpoint.security;

import java.time.Instant;
import java.util.List;

/** An API token as the admin screen lists it; the secret is never part of it. */
public record ApiTokenDetails(long id, String name, String prefix, List<String> scopes, String createdBy,
                              Instant createdAt, Instant revokedAt, Instant lastUsedAt) {

    static ApiTokenDetails of(ApiToken t) {
        return new ApiTokenDetails(t.getId(), t.getName(), t.getPrefix(), t.getScopes(), t.getCreatedBy(),
                t.getCreatedAt(), t.getRevokedAt().orElse(null), t.getLastUsedAt().orElse(null));
    }

    public boolean active() {
        return revokedAt == null;
    }
}
