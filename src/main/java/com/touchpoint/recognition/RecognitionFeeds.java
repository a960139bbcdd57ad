package com.touchpoint.recognition;

import com.touchpoint.satisfaction.CustomerPraise;
import com.touchpoint.satisfaction.PraiseCallback;
import com.touchpoint.shared.OperatorTime;
import com.touchpoint.staff.AccessPolicy;
import com.touchpoint.staff.CurrentUser;
import com.touchpoint.staff.StaffDirectory;
import com.touchpoint.staff.StaffName;
import com.touchpoint.staff.StaffRef;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What colleagues see of kudos: the feeds of a team, a branch and everyone (with customer praise in the team
 * feed), what a staff member received, and the cap on what one colleague's points count towards another's
 * recognition bonus.
 */
@Service
public class RecognitionFeeds {

    private final KudosRepository kudos;
    private final CurrentUser user;
    private final AccessPolicy access;
    private final StaffDirectory directory;
    private final KudosViews views;
    private final CustomerPraise praise;
    private final RecognitionProperties rules;
    private final ZoneId zone;

    RecognitionFeeds(KudosRepository kudos, CurrentUser user, AccessPolicy access, StaffDirectory directory,
                     KudosViews views, CustomerPraise praise, RecognitionProperties rules,
                     OperatorTime operatorTime) {
        this.kudos = kudos;
        this.user = user;
        this.access = access;
        this.directory = directory;
        this.views = views;
        this.praise = praise;
        this.rules = rules;
        this.zone = operatorTime.zone();
    }

    /** The newest {@code limit} entries of a feed; the team feed also carries customer praise. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('STAFF', 'SUPERVISOR')")
    public List<FeedItem> feed(FeedScope scope, int limit) {
        Set<Long> teams = myTeams();
        List<Kudos> entries;
        List<PraiseCallback> praises = List.of();
        if (scope == FeedScope.EVERYONE) {
            entries = kudos.feedOfEveryone(PageRequest.of(0, limit));
        } else {
            List<Long> staff = new ArrayList<>();
            for (long team : scope == FeedScope.TEAM ? teams : views.branchesOf(teams)) {
                staff.addAll(directory.colleagues(team).stream().map(StaffRef::id).toList());
            }
            entries = staff.isEmpty() ? List.of() : kudos.feedOf(staff, PageRequest.of(0, limit));
            praises = scope == FeedScope.TEAM ? praise.newestOf(staff, limit) : List.of();
        }
        return merge(entries, praises, limit);
    }

    private List<FeedItem> merge(List<Kudos> entries, List<PraiseCallback> praises, int limit) {
        Set<Long> people = new LinkedHashSet<>();
        entries.forEach(k -> {
            people.add(k.getGiverId());
            people.add(k.getReceiverId());
        });
        praises.forEach(p -> people.add(p.staffId()));
        Map<Long, StaffName> refs = views.refs(people);
        Map<Long, String> teamNames = views.teamNames();
        List<FeedItem> items = new ArrayList<>();
        for (Kudos k : entries) {
            KudosView view = views.view(k, refs, teamNames);
            items.add(new FeedItem(k.getGivenAt(), view, null, view.receiverName(), view.receiverTeam()));
        }
        for (PraiseCallback p : praises) {
            StaffName ref = refs.get(p.staffId());
            items.add(new FeedItem(p.callbackDate().atStartOfDay(zone).toInstant(), null, p,
                    ref == null ? "" : ref.name(), ref == null ? "" : teamNames.getOrDefault(ref.teamId(), ref.teamCode())));
        }
        items.sort(Comparator.comparing(FeedItem::at).reversed());
        return items.size() > limit ? items.subList(0, limit) : items;
    }

    /** Kudos a staff member received in a month (hidden ones only for those who may moderate). */
    @Transactional(readOnly = true)
    @PreAuthorize("@access.canSeeStaff(#staffId)")
    public List<KudosView> received(long staffId, YearMonth month) {
        List<Kudos> entries = kudos.receivedIn(staffId, month.toString());
        boolean moderator = access.canCoachStaff(staffId) || access.seesEveryone();
        Set<Long> people = new LinkedHashSet<>();
        entries.forEach(k -> people.add(k.getGiverId()));
        people.add(staffId);
        Map<Long, StaffName> refs = views.refs(people);
        Map<Long, String> teams = views.teamNames();
        return entries.stream().filter(k -> moderator || !k.isHidden()).map(k -> views.view(k, refs, teams)).toList();
    }

    /** Points per giver in a month with what counts towards the recognition bonus (at most the pair cap per giver). */
    @Transactional(readOnly = true)
    @PreAuthorize("@access.canSeeStaff(#staffId)")
    public List<GiverTotal> giverTotals(long staffId, YearMonth month) {
        Map<Long, Integer> byGiver = new LinkedHashMap<>();
        kudos.receivedIn(staffId, month.toString()).stream().filter(k -> !k.isHidden())
                .forEach(k -> byGiver.merge(k.getGiverId(), k.getPoints(), Integer::sum));
        Map<Long, StaffName> refs = views.refs(byGiver.keySet());
        return byGiver.entrySet().stream()
                .map(e -> new GiverTotal(e.getKey(), KudosViews.name(refs, e.getKey()), e.getValue(), Math.min(e.getValue(), rules.pairCap())))
                .sorted(Comparator.comparingInt(GiverTotal::points).reversed())
                .toList();
    }

    /** The points that count towards a staff member's recognition bonus in a month (for incentives). */
    @Transactional(readOnly = true)
    @PreAuthorize("@access.canSeeStaff(#staffId)")
    public int countedPoints(long staffId, YearMonth month) {
        return giverTotals(staffId, month).stream().mapToInt(GiverTotal::counted).sum();
    }

    /**
     * The counted points of everyone who received kudos in a month (hidden ones excluded, each giver counting at
     * most the pair cap), for those who see everyone and for an incentive run. Staff without points are absent.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("@access.readsEveryonesFigures()")
    public Map<Long, Integer> countedPointsOfMonth(YearMonth month) {
        Map<Long, Map<Long, Integer>> byReceiver = new java.util.HashMap<>();
        kudos.visibleIn(List.of(month.toString())).forEach(k -> byReceiver
                .computeIfAbsent(k.getReceiverId(), r -> new java.util.HashMap<>())
                .merge(k.getGiverId(), k.getPoints(), Integer::sum));
        Map<Long, Integer> counted = new java.util.HashMap<>();
        byReceiver.forEach((receiver, givers) -> counted.put(receiver,
                givers.values().stream().mapToInt(points -> Math.min(points, rules.pairCap())).sum()));
        return counted;
    }

    /** Every kudos given or received by a team's members in a month, hidden ones included, for moderation. */
    @Transactional(readOnly = true)
    @PreAuthorize("@access.canSeeTeam(#teamId)")
    public List<KudosView> ofTeam(long teamId, YearMonth month) {
        List<Long> members = directory.teamRefs(teamId).stream().map(StaffRef::id).toList();
        if (members.isEmpty()) {
            return List.of();
        }
        List<Kudos> entries = kudos.involving(members, month.toString());
        Set<Long> people = new LinkedHashSet<>();
        entries.forEach(k -> {
            people.add(k.getGiverId());
            people.add(k.getReceiverId());
        });
        Map<Long, StaffName> refs = views.refs(people);
        Map<Long, String> teams = views.teamNames();
        return entries.stream().map(k -> views.view(k, refs, teams)).toList();
    }

    private Set<Long> myTeams() {
        Set<Long> teams = new LinkedHashSet<>(user.supervisedTeamIds());
        user.staffId().flatMap(directory::ref).ifPresent(self -> teams.add(self.teamId()));
        if (teams.isEmpty()) {
            throw new AccessDeniedException("No team to show a feed for");
        }
        return teams;
    }
}
