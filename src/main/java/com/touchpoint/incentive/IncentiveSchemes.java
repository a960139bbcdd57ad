package com.touchpoint.incentive;

import com.touchpoint.audit.AuditLog;
import com.touchpoint.shared.ConflictException;
import com.touchpoint.shared.InvalidInputException;
import com.touchpoint.staff.CurrentUser;
import com.touchpoint.staff.OrgStructure;
import com.touchpoint.staff.PostDetails;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Scheme versions per post. HR adds a version effective from a month; a version a statement was calculated
 * with is never changed or replaced, and a month is always calculated with the version in effect for it.
 */
@Service
public class IncentiveSchemes {

    private final SchemeRepository schemes;
    private final OrgStructure org;
    private final CurrentUser user;
    private final AuditLog audit;
    private final Clock clock;

    IncentiveSchemes(SchemeRepository schemes, OrgStructure org, CurrentUser user, AuditLog audit, Clock clock) {
        this.schemes = schemes;
        this.org = org;
        this.user = user;
        this.audit = audit;
        this.clock = clock;
    }

    /** Every version of every post, newest first per post. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('HR', 'ADMIN')")
    public List<SchemeVersion> versions() {
        Set<Long> used = new HashSet<>(schemes.usedIds());
        return schemes.findAllOrdered().stream().map(s -> s.view(used.contains(s.getId()))).toList();
    }

    /**
     * Adds the version of a post effective from a month. An unused version of the same post and month is
     * replaced; a used one is refused, so that no calculated statement loses the parameters that produced it.
     */
    @Transactional
    @PreAuthorize("hasRole('HR')")
    public SchemeVersion addVersion(String postCode, YearMonth effectiveFrom, SchemeParameters parameters) {
        if (postCode == null || org.posts().stream().map(PostDetails::code).noneMatch(postCode::equals)) {
            throw new InvalidInputException("post", "incentive.scheme.unknown-post", postCode);
        }
        if (effectiveFrom == null) {
            throw new InvalidInputException("effectiveFrom", "validation.required", "effectiveFrom");
        }
        if (parameters == null) {
            throw new InvalidInputException("parameters", "validation.required", "parameters");
        }
        parameters.validate();
        Optional<IncentiveScheme> existing = schemes.findVersion(postCode, effectiveFrom.toString());
        if (existing.isPresent()) {
            if (schemes.isUsed(existing.get().getId())) {
                throw new ConflictException("incentive.scheme.version-used", postCode, effectiveFrom);
            }
            schemes.delete(existing.get());
            schemes.flush();
        }
        IncentiveScheme saved = schemes.saveAndFlush(new IncentiveScheme(postCode, effectiveFrom, parameters,
                user.username().orElseThrow(), clock.instant()));
        audit.record("incentive.scheme.add", "IncentiveScheme", postCode + "@" + effectiveFrom,
                existing.map(e -> e.view(false)).orElse(null), saved.view(false));
        return saved.view(false);
    }

    /** The version in effect for each post in a month (the latest effective on or before it). */
    Map<String, IncentiveScheme> inEffect(YearMonth month) {
        Map<String, IncentiveScheme> result = new java.util.HashMap<>();
        schemes.findAll().stream()
                .filter(s -> !s.getEffectiveFrom().isAfter(month))
                .sorted(Comparator.comparing(IncentiveScheme::getEffectiveFrom))
                .forEach(s -> result.put(s.getPostCode(), s));
        return result;
    }

    Optional<IncentiveScheme> byId(long id) {
        return schemes.findById(id);
    }
}
