package com.touchpoint.recognition;

import com.touchpoint.satisfaction.IndicatorService;
import com.touchpoint.satisfaction.PostRanking;
import com.touchpoint.shared.Band;
import com.touchpoint.shared.NotFoundException;
import com.touchpoint.staff.CurrentUser;
import com.touchpoint.staff.StaffDirectory;
import com.touchpoint.staff.StaffName;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Fair leaderboards per post: bands (top 10% / 25% / 50%) instead of exact ranks below the top band, and
 * nobody shown who opted out. The satisfaction ranking arrives already banded, so nobody's figure below the
 * top band is ever read here.
 */
@Service
public class Leaderboards {

    private final IndicatorService indicators;
    private final KudosRepository kudos;
    private final LeaderboardPreferences preferences;
    private final StaffDirectory directory;
    private final CurrentUser user;
    private final RecognitionProperties rules;
    private final KudosViews views;

    Leaderboards(IndicatorService indicators, KudosRepository kudos, LeaderboardPreferences preferences,
                 StaffDirectory directory, CurrentUser user, RecognitionProperties rules, KudosViews views) {
        this.indicators = indicators;
        this.kudos = kudos;
        this.preferences = preferences;
        this.directory = directory;
        this.user = user;
        this.rules = rules;
        this.views = views;
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public Leaderboard board(String postCode, YearMonth month, LeaderboardMetric metric) {
        List<Long> members = directory.activeIdsWithPost(postCode);
        if (members.isEmpty()) {
            throw new NotFoundException("recognition.leaderboard.no-post", postCode);
        }
        List<PostRanking.Entry> ranking = metric == LeaderboardMetric.KUDOS_POINTS
                ? kudosRanking(month, Set.copyOf(members))
                : indicators.ranking(postCode, month).entries();
        return board(postCode, month, metric, ranking);
    }

    private Leaderboard board(String postCode, YearMonth month, LeaderboardMetric metric,
                              List<PostRanking.Entry> ranking) {
        Set<Long> hidden = preferences.optedOut();
        Long me = user.staffId().orElse(null);
        Map<Long, StaffName> names = directory.names(ranking.stream()
                .filter(e -> e.band() != Band.REST && !hidden.contains(e.staffId())).map(PostRanking.Entry::staffId).toList());
        List<Leaderboard.Leader> top = new ArrayList<>();
        List<String> top25 = new ArrayList<>();
        List<String> top50 = new ArrayList<>();
        Band myBand = Band.NOT_RANKED;
        Map<Long, String> teamNames = views.teamNames();
        for (PostRanking.Entry entry : ranking) {
            if (me != null && entry.staffId() == me) {
                myBand = entry.band();
            }
            StaffName name = names.get(entry.staffId());
            if (hidden.contains(entry.staffId()) || name == null) {
                continue;
            }
            switch (entry.band()) {
                case TOP_10 -> top.add(new Leaderboard.Leader(entry.rank(), name.name(),
                        teamNames.getOrDefault(name.teamId(), name.teamCode()), entry.value()));
                case TOP_25 -> top25.add(name.name());
                case TOP_50 -> top50.add(name.name());
                default -> { }
            }
        }
        top25.sort(Comparator.naturalOrder());
        top50.sort(Comparator.naturalOrder());
        return new Leaderboard(postCode, month.toString(), metric, ranking.size(), top, top25, top50, myBand);
    }

    /** Kudos points received in the month (each giver counted up to the pair cap), banded like any ranking. */
    private List<PostRanking.Entry> kudosRanking(YearMonth month, Set<Long> members) {
        Map<Long, Map<Long, Integer>> byReceiver = new HashMap<>();
        kudos.visibleIn(List.of(month.toString())).stream().filter(k -> members.contains(k.getReceiverId()))
                .forEach(k -> byReceiver.computeIfAbsent(k.getReceiverId(), r -> new HashMap<>())
                        .merge(k.getGiverId(), k.getPoints(), Integer::sum));
        List<Map.Entry<Long, Integer>> totals = new ArrayList<>();
        byReceiver.forEach((receiver, givers) -> totals.add(Map.entry(receiver,
                givers.values().stream().mapToInt(p -> Math.min(p, rules.pairCap())).sum())));
        totals.sort(Map.Entry.<Long, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
        List<PostRanking.Entry> entries = new ArrayList<>();
        for (int i = 0; i < totals.size(); i++) {
            Band band = Band.of(i, totals.size());
            boolean topBand = band == Band.TOP_10;
            entries.add(new PostRanking.Entry(totals.get(i).getKey(), band, topBand ? i + 1 : null,
                    topBand ? BigDecimal.valueOf(totals.get(i).getValue()) : null));
        }
        return entries;
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
