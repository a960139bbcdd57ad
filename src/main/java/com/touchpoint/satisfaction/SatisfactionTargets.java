package com.touchpoint.satisfaction;

import com.touchpoint.audit.AuditLog;
import com.touchpoint.shared.InvalidInputException;
import com.touchpoint.staff.OrgStructure;
import com.touchpoint.staff.PostDetails;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/** Per-post satisfaction targets (满意度指标): the index target and optional per-item targets, set by the quality team. */
@Service
public class SatisfactionTargets {

    private final ItemTargetStore targets;
    private final OrgStructure org;
    private final Questionnaires questionnaires;
    private final AuditLog audit;
    private final CachedValue<Map<String, PostTargets>> byPost;

    SatisfactionTargets(ItemTargetStore targets, OrgStructure org, Questionnaires questionnaires, AuditLog audit,
                        PlatformTransactionManager transactions) {
        this.targets = targets;
        this.org = org;
        this.questionnaires = questionnaires;
        this.audit = audit;
        this.byPost = new CachedValue<>(transactions, () -> {
            Map<String, Map<String, Double>> items = targets.all();
            Map<String, PostTargets> result = new HashMap<>();
            for (PostDetails post : org.posts()) {
                result.put(post.code(), new PostTargets(post.indexTarget().doubleValue(),
                        Map.copyOf(items.getOrDefault(post.code(), Map.of()))));
            }
            return Map.copyOf(result);
        });
    }

    /** A post's index target and stored item targets; an item without one uses the index target. */
    record PostTargets(double indexTarget, Map<String, Double> items) {
        double itemTarget(String itemCode) {
            return items.getOrDefault(itemCode, indexTarget);
        }
    }

    /** The targets of a post, cached until targets change. */
    PostTargets of(String postCode) {
        PostTargets found = byPost.get().get(postCode);
        if (found == null) {
            throw new IllegalStateException("Unknown post " + postCode);
        }
        return found;
    }

    /** Item targets of a post as stored; items without one use the index target. */
    @Transactional(readOnly = true)
    public Map<String, Double> itemTargets(String postCode) {
        return new TreeMap<>(targets.targetsOf(postCode));
    }

    /** Sets a post's index target and item targets (null removes nothing and keeps the item on the index target). */
    @Transactional
    @PreAuthorize("hasAnyRole('QUALITY', 'ADMIN')")
    public void setTargets(String postCode, BigDecimal indexTarget, Map<String, BigDecimal> itemTargets) {
        Map<String, BigDecimal> given = itemTargets == null ? Map.of() : itemTargets;
        for (Map.Entry<String, BigDecimal> e : given.entrySet()) {
            if (questionnaires.current().item(e.getKey()).isEmpty()) {
                throw new InvalidInputException("itemTargets." + e.getKey(), "callback.item.unknown", e.getKey(),
                        questionnaires.current().code());
            }
            if (e.getValue() != null && (e.getValue().signum() < 0 || e.getValue().compareTo(BigDecimal.valueOf(100)) > 0)) {
                throw new InvalidInputException("itemTargets." + e.getKey(), "target.out-of-range", e.getValue());
            }
        }
        byPost.evict();
        PostDetails post = org.setIndexTarget(postCode, indexTarget);
        Map<String, Double> before = itemTargets(postCode);
        Map<String, BigDecimal> after = new LinkedHashMap<>();
        given.forEach((item, target) -> {
            if (target != null) {
                BigDecimal rounded = target.setScale(2, RoundingMode.HALF_UP);
                targets.put(post.code(), item, rounded);
                after.put(item, rounded);
            }
        });
        audit.record("UPDATE", "ItemTargets", postCode, before, after);
    }
}
