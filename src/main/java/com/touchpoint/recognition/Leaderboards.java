package com.touchpoint.recognition;

import com.touchpoint.satisfaction.IndicatorService;
import com.touchpoint.satisfaction.Period;
import com.touchpoint.satisfaction.StaffIndicators;
import com.touchpoint.shared.NotFoundException;
import com.touchpoint.shared.SystemActor;
import com.touchpoint.staff.CurrentUser;
import com.touchpoint.staff.StaffDirectory;
import com.touchpoint.staff.StaffRef;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Fair leaderboards per post: bands (top 10% / 25% / 50%) instead of exact ranks below the top band, and
 * nobody shown who opted out. Figures of everyone are read with the quality team's reach in this one place
 * and never leave it except as the board.
 */
@Service
public class Leaderboards {

    private final IndicatorService indicators;
    private final KudosRepository kudos;
    private final LeaderboardPreferences preferences;
    private final StaffDirectory directory;
    private final CurrentUser user;
    private final RecognitionProperties rules;

    Leaderboards(IndicatorService indicators, KudosRepository kudos, LeaderboardPreferences preferences,
                 StaffDirectory directory, CurrentUser user, RecognitionProperties rules) {
        this.indicators = indicators;
        this.kudos = kudos;
        this.preferences = preferences;
        this.directory = directory;
        this.user = user;
        this.rules = rules;
    }

    private record Ranked(StaffRef staff, BigDecimal value) {
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public Leaderboard board(String postCode, YearMonth month, LeaderboardMetric metric) {
        Map<Long, StaffRef> members = new HashMap<>();
        directory.withPost(postCode).stream().filter(StaffRef::active).forEach(s -> members.put(s.id(), s));
        if (members.isEmpty()) {
            throw new NotFoundException("recognition.leaderboard.no-post", postCode);
        }
        List<Ranked> ranked = new ArrayList<>();
        values(postCode, month, metric, members.keySet())
                .forEach((id, value) -> ranked.add(new Ranked(members.get(id), value)));
        ranked.sort(Comparator.comparing(Ranked::value).reversed().thenComparing(r -> r.staff().employeeNo()));
        return board(postCode, month, metric, ranked);
    }

    private Leaderboard board(String postCode, YearMonth month, LeaderboardMetric metric, List<Ranked> ranked) {
        int n = ranked.size();
        int cut10 = n == 0 ? 0 : Math.max(1, (int) Math.ceil(n * 0.10));
        int cut25 = (int) Math.ceil(n * 0.25);
        int cut50 = (int) Math.ceil(n * 0.50);
        Set<Long> hidden = preferences.optedOut();
        Long me = user.staffId().orElse(null);
        List<Leaderboard.Leader> top = new ArrayList<>();
        List<String> top25 = new ArrayList<>();
        List<String> top50 = new ArrayList<>();
        Band myBand = Band.NOT_RANKED;
        for (int i = 0; i < n; i++) {
            Ranked r = ranked.get(i);
            Band band = i < cut10 ? Band.TOP_10 : i < cut25 ? Band.TOP_25 : i < cut50 ? Band.TOP_50 : Band.REST;
            if (r.staff().id() == (me == null ? -1 : me)) {
                myBand = band;
            }
            if (hidden.contains(r.staff().id())) {
                continue;
            }
            switch (band) {
                case TOP_10 -> top.add(new Leaderboard.Leader(i + 1, r.staff().name(), r.staff().teamCode(), r.value()));
                case TOP_25 -> top25.add(r.staff().name());
                case TOP_50 -> top50.add(r.staff().name());
                default -> { }
            }
        }
        top25.sort(Comparator.naturalOrder());
        top50.sort(Comparator.naturalOrder());
        return new Leaderboard(postCode, month.toString(), metric, n, top, top25, top50, myBand);
    }

    private Map<Long, BigDecimal> values(String postCode, YearMonth month, LeaderboardMetric metric, Set<Long> members) {
        Map<Long, BigDecimal> values = new HashMap<>();
        if (metric == LeaderboardMetric.KUDOS_POINTS) {
            Map<Long, Map<Long, Integer>> byReceiver = new HashMap<>();
            kudos.visibleIn(List.of(month.toString())).stream().filter(k -> members.contains(k.getReceiverId()))
                    .forEach(k -> byReceiver.computeIfAbsent(k.getReceiverId(), r -> new HashMap<>())
                            .merge(k.getGiverId(), k.getPoints(), Integer::sum));
            byReceiver.forEach((receiver, givers) -> values.put(receiver, BigDecimal.valueOf(
                    givers.values().stream().mapToInt(p -> Math.min(p, rules.pairCap())).sum())));
            return values;
        }
        AtomicReference<List<StaffIndicators>> figures = new AtomicReference<>();
        SystemActor.run("leaderboard", () -> figures.set(indicators.forPost(postCode, Period.of(month))), "ROLE_QUALITY");
        int minSample = indicators.minSample();
        figures.get().stream().filter(s -> !s.insufficientSample(minSample) && s.adjustedIndex() != null)
                .forEach(s -> values.put(s.staffId(), BigDecimal.valueOf(s.adjustedIndex()).setScale(2, RoundingMode.HALF_UP)));
        return values;
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('STAFF')")
    public boolean myOptOut() {
        return user.staffId().map(preferences::isOptedOut).orElse(false);
    }

    @Transactional
    @PreAuthorize("hasRole('STAFF')")
    public void setMyOptOut(boolean optOut) {
        preferences.set(user.staffId().orElseThrow(() -> new NotFoundException("recognition.no-staff-record")), optOut);
    }
}
