package com.touchpoint.recognition;

import com.touchpoint.satisfaction.CustomerPraise;
import com.touchpoint.satisfaction.IndicatorService;
import com.touchpoint.satisfaction.StaffIndicators;
import com.touchpoint.shared.Period;
import com.touchpoint.staff.OrgStructure;
import com.touchpoint.staff.PostDetails;
import com.touchpoint.staff.StaffDirectory;
import com.touchpoint.staff.StaffName;
import com.touchpoint.staff.CurrentUser;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The monthly badges. 服务之星: the highest adjusted index of each post among staff with at least the minimum
 * sample; 进步之星: the largest rise of the adjusted index over the month before, same rule; 伙伴之星: kudos from
 * the most distinct colleagues; 客户之星: the most customer praise of each post. Ties share the badge. A month is awarded once, however often the job runs,
 * and then published as {@link BadgesAwarded}.
 */
@Service
public class Badges {

    private final BadgeStore store;
    private final KudosRepository kudos;
    private final IndicatorService indicators;
    private final OrgStructure org;
    private final StaffDirectory directory;
    private final CurrentUser user;
    private final CustomerPraise praise;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    Badges(BadgeStore store, KudosRepository kudos, IndicatorService indicators, OrgStructure org,
           StaffDirectory directory, CurrentUser user, CustomerPraise praise, Clock clock,
           ApplicationEventPublisher events) {
        this.praise = praise;
        this.store = store;
        this.kudos = kudos;
        this.indicators = indicators;
        this.org = org;
        this.directory = directory;
        this.user = user;
        this.clock = clock;
        this.events = events;
    }

    /** Awards the month's badges unless that was done before; returns what was awarded now (empty if nothing). */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public List<Badge> award(YearMonth month) {
        Instant now = clock.instant();
        if (!store.claim(month, user.username().orElse("system"), now)) {
            return List.of();
        }
        List<Badge> badges = new ArrayList<>();
        for (PostDetails post : org.posts()) {
            badges.addAll(indexBadges(post.code(), month));
        }
        badges.addAll(partnerBadges(month));
        badges.addAll(customerBadges(month));
        badges.forEach(b -> store.save(b, now));
        events.publishEvent(new BadgesAwarded(month, badges));
        return badges;
    }

    private List<Badge> indexBadges(String postCode, YearMonth month) {
        int minSample = indicators.minSample();
        List<StaffIndicators> current = indicators.forPost(postCode, Period.of(month)).stream()
                .filter(s -> !s.insufficientSample(minSample) && s.adjustedIndex() != null).toList();
        Map<Long, StaffIndicators> previous = indicators.forPost(postCode, Period.of(month.minusMonths(1))).stream()
                .filter(s -> !s.insufficientSample(minSample) && s.adjustedIndex() != null)
                .collect(Collectors.toMap(StaffIndicators::staffId, Function.identity()));
        List<Badge> badges = new ArrayList<>();
        double best = current.stream().mapToDouble(StaffIndicators::adjustedIndex).max().orElse(Double.NaN);
        current.stream().filter(s -> round(s.adjustedIndex()).compareTo(round(best)) == 0)
                .forEach(s -> badges.add(new Badge(s.staffId(), s.name(), month.toString(), BadgeKind.SERVICE_STAR,
                        postCode, round(s.adjustedIndex()), null, (int) s.callbacks())));
        List<StaffIndicators> risers = current.stream().filter(s -> previous.containsKey(s.staffId())).toList();
        double bestRise = risers.stream().mapToDouble(s -> rise(s, previous)).max().orElse(0);
        if (bestRise > 0) {
            risers.stream().filter(s -> round(rise(s, previous)).compareTo(round(bestRise)) == 0)
                    .forEach(s -> badges.add(new Badge(s.staffId(), s.name(), month.toString(), BadgeKind.PROGRESS_STAR,
                            postCode, round(s.adjustedIndex()), round(previous.get(s.staffId()).adjustedIndex()),
                            (int) s.callbacks())));
        }
        return badges;
    }

    private static double rise(StaffIndicators s, Map<Long, StaffIndicators> previous) {
        return s.adjustedIndex() - previous.get(s.staffId()).adjustedIndex();
    }

    private List<Badge> partnerBadges(YearMonth month) {
        Map<Long, Set<Long>> givers = new HashMap<>();
        kudos.visibleIn(List.of(month.toString()))
                .forEach(k -> givers.computeIfAbsent(k.getReceiverId(), r -> new HashSet<>()).add(k.getGiverId()));
        int most = givers.values().stream().mapToInt(Set::size).max().orElse(0);
        if (most == 0) {
            return List.of();
        }
        return givers.entrySet().stream().filter(e -> e.getValue().size() == most)
                .map(e -> new Badge(e.getKey(), name(e.getKey()),
                        month.toString(), BadgeKind.PARTNER_STAR, null, BigDecimal.valueOf(most), null, null))
                .toList();
    }

    /** Per post, the most customer praise in the month (at least one). */
    private List<Badge> customerBadges(YearMonth month) {
        Map<String, Map<Long, Integer>> byPost = new HashMap<>();
        praise.countsBetween(month.atDay(1), month.atEndOfMonth()).forEach((staffId, count) -> java.util.Optional
                .ofNullable(directory.names(List.of(staffId)).get(staffId)).ifPresent(s -> byPost.computeIfAbsent(s.postCode(), p -> new HashMap<>()).put(staffId, count)));
        List<Badge> badges = new ArrayList<>();
        byPost.forEach((post, counts) -> {
            int most = counts.values().stream().mapToInt(Integer::intValue).max().orElse(0);
            counts.entrySet().stream().filter(e -> e.getValue() == most && most > 0)
                    .forEach(e -> badges.add(new Badge(e.getKey(), name(e.getKey()),
                            month.toString(), BadgeKind.CUSTOMER_STAR, post, BigDecimal.valueOf(most), null, null)));
        });
        return badges;
    }

    @Transactional(readOnly = true)
    @PreAuthorize("@access.canSeeStaff(#staffId)")
    public List<Badge> ofStaff(long staffId) {
        return store.ofStaff(staffId);
    }

    /** Badges are public recognition: anyone signed in sees who earned them in a month. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<Badge> ofMonth(YearMonth month) {
        return store.ofMonth(month).stream()
                .map(b -> new Badge(b.staffId(), name(b.staffId()), b.month(),
                        b.kind(), b.postCode(), b.figure(), b.previous(), b.sampleSize()))
                .toList();
    }

    private String name(long staffId) {
        StaffName name = directory.names(List.of(staffId)).get(staffId);
        return name == null ? "" : name.name();
    }

    private static BigDecimal round(double value) {
        return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP);
    }
}
