package com.touchpoint.security;

import com.touchpoint.audit.AuditLog;
import com.touchpoint.shared.ApiScopes;
import com.touchpoint.shared.InputCheck;
import com.touchpoint.shared.NotFoundException;
import org.apache.commons.codec.digest.DigestUtils;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/**
 * Creates, lists, revokes and checks API tokens. Secrets are 256 random bits, so a plain SHA-256
 * hash is enough to store them safely; a slow password hash would only slow down every API call.
 */
@Service
public class ApiTokens {

    private static final Duration LAST_USED_RESOLUTION = Duration.ofMinutes(1);

    private final ApiTokenRepository tokens;
    private final AuditLog audit;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    ApiTokens(ApiTokenRepository tokens, AuditLog audit, Clock clock) {
        this.tokens = tokens;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('ADMIN')")
    public List<ApiTokenDetails> list() {
        return tokens.findAllByOrderByCreatedAtDesc().stream().map(ApiTokenDetails::of).toList();
    }

    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public CreatedApiToken create(String name, List<String> scopes) {
        new InputCheck()
                .text(name, "name", 80)
                .require(scopes != null && !scopes.isEmpty(), "scopes", "token.scopes.required")
                .require(scopes == null || ApiScopes.ALL.containsAll(scopes), "scopes", "token.scopes.unknown", scopes)
                .throwIfInvalid();
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String secret = "tp_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        String creator = SecurityContextHolder.getContext().getAuthentication().getName();
        ApiToken token = tokens.saveAndFlush(new ApiToken(name.strip(), hash(secret), secret.substring(0, 8),
                ApiScopes.ALL.stream().filter(scopes::contains).toList(), creator, clock.instant()));
        ApiTokenDetails details = ApiTokenDetails.of(token);
        audit.record("CREATE", "ApiToken", details.name(), null, details);
        return new CreatedApiToken(details, secret);
    }

    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public ApiTokenDetails revoke(long id) {
        ApiToken token = tokens.findById(id).orElseThrow(() -> new NotFoundException("token.not-found", id));
        ApiTokenDetails before = ApiTokenDetails.of(token);
        token.revoke(clock.instant());
        ApiTokenDetails after = ApiTokenDetails.of(token);
        audit.record("REVOKE", "ApiToken", after.name(), before, after);
        return after;
    }

    /** The active token with this secret, if any; notes when it was last used. */
    @Transactional
    Optional<ApiTokenDetails> authenticate(String secret) {
        Instant now = clock.instant();
        return tokens.findByTokenHash(hash(secret)).filter(ApiToken::isActive).map(token -> {
            if (token.getLastUsedAt().map(at -> at.isBefore(now.minus(LAST_USED_RESOLUTION))).orElse(true)) {
                token.markUsed(now);
            }
            return ApiTokenDetails.of(token);
        });
    }

    static String hash(String secret) {
        return DigestUtils.sha256Hex(secret);
    }
}
