package com.touchpoint.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** A bearer token for the REST API. Only the SHA-256 hash of the secret is stored. */
@Entity
@Table(name = "security_api_token")
class ApiToken {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private String name;

    @Column(name = "token_hash", nullable = false, unique = true)
    private String tokenHash;

    @Column(nullable = false)
    private String prefix;

    @Column(nullable = false)
    private String scopes;

    @Column(name = "created_by", nullable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    @Column(name = "last_used_at")
    private Instant lastUsedAt;

    protected ApiToken() {
    }

    ApiToken(String name, String tokenHash, String prefix, List<String> scopes, String createdBy, Instant createdAt) {
        this.name = name;
        this.tokenHash = tokenHash;
        this.prefix = prefix;
        this.scopes = String.join(" ", scopes);
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    Long getId() {
        return id;
    }

    String getName() {
        return name;
    }

    String getPrefix() {
        return prefix;
    }

    List<String> getScopes() {
        return scopes.isBlank() ? List.of() : Arrays.asList(scopes.split(" "));
    }

    String getCreatedBy() {
        return createdBy;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    Optional<Instant> getRevokedAt() {
        return Optional.ofNullable(revokedAt);
    }

    Optional<Instant> getLastUsedAt() {
        return Optional.ofNullable(lastUsedAt);
    }

    boolean isActive() {
        return revokedAt == null;
    }

    void revoke(Instant at) {
        if (revokedAt == null) {
            revokedAt = at;
        }
    }

    void markUsed(Instant at) {
        lastUsedAt = at;
    }
}
