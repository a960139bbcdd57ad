package com.touchpoint.recognition;

import com.touchpoint.audit.AuditLog;
import com.touchpoint.notification.NotificationCenter;
import com.touchpoint.satisfaction.CustomerPraise;
import com.touchpoint.satisfaction.IndicatorProperties;
import com.touchpoint.satisfaction.PraiseCallback;
import com.touchpoint.shared.InvalidInputException;
import com.touchpoint.shared.InvalidInputException.FieldProblem;
import com.touchpoint.shared.NotFoundException;
import com.touchpoint.staff.AccessPolicy;
import com.touchpoint.staff.CurrentUser;
import com.touchpoint.staff.OrgStructure;
import com.touchpoint.staff.OrgUnitDetails;
import com.touchpoint.staff.StaffDirectory;
import com.touchpoint.staff.StaffName;
import com.touchpoint.staff.StaffRef;
import com.touchpoint.staff.UserAccounts;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Kudos between colleagues. The rules live here, not in the pages: no kudos to yourself, points within the
 * monthly allowance in steps, a daily limit, and a cap on what one colleague's points count towards
 * another's recognition bonus. Supervisors may hide a kudos with a reason; its points go back to the giver.
 */
@Service
public class PeerRecognition {

    static final int MAX_MESSAGE = 500;

    private final KudosRepository kudos;
    private final AllowanceStore allowances;
    private final RecognitionValueRepository values;
    private final CurrentUser user;
    private final AccessPolicy access;
    private final StaffDirectory directory;
    private final OrgStructure org;
    private final CustomerPraise praise;
    private final NotificationCenter notifications;
    private final UserAccounts accounts;
    private final AuditLog audit;
    private final RecognitionProperties rules;
    private final ZoneId zone;
    private final Clock clock;

    PeerRecognition(KudosRepository kudos, AllowanceStore allowances, RecognitionValueRepository values,
                    CurrentUser user, AccessPolicy access, StaffDirectory directory, OrgStructure org,
                    CustomerPraise praise, NotificationCenter notifications, UserAccounts accounts, AuditLog audit,
                    RecognitionProperties rules, IndicatorProperties indicatorProperties, Clock clock) {
        this.kudos = kudos;
        this.allowances = allowances;
        this.values = values;
        this.user = user;
        this.access = access;
        this.directory = directory;
        this.org = org;
        this.praise = praise;
        this.notifications = notifications;
        this.accounts = accounts;
        this.audit = audit;
        this.rules = rules;
        this.zone = indicatorProperties.zone();
        this.clock = clock;
    }

    @Transactional
    @PreAuthorize("hasRole('STAFF')")
    public KudosView give(KudosRequest request) {
        long giverId = me();
        LocalDate today = today();
        YearMonth month = YearMonth.from(today);
        StaffName receiver = checkRequest(giverId, request);
        AllowanceStore.Allowance allowance = allowances.lock(giverId, month, rules.monthlyAllowance());
        int givenToday = allowance.givenOn(today);
        if (givenToday >= rules.kudosPerDay()) {
            throw new InvalidInputException("receiver", "recognition.kudos.daily-limit", rules.kudosPerDay());
        }
        if (request.points() > allowance.remaining()) {
            throw new InvalidInputException("points", "recognition.kudos.over-allowance", request.points(),
                    allowance.remaining());
        }
        Kudos saved = kudos.save(new Kudos(giverId, receiver.id(), request.valueCode(), request.message().strip(),
                request.points(), today, clock.instant()));
        allowances.spend(giverId, month, request.points(), today, givenToday + 1);
        StaffName giver = directory.names(List.of(giverId)).get(giverId);
        accounts.usernameOfStaff(receiver.id()).ifPresent(recipient -> notifications.send(recipient,
                "notification.kudos.received", List.of(giver.name(), Integer.toString(request.points())), "recognition/received"));
        return view(saved, Map.of(giverId, giver, receiver.id(), receiver), Map.of());
    }

    private StaffName checkRequest(long giverId, KudosRequest request) {
        List<FieldProblem> problems = new ArrayList<>();
        StaffName receiver = null;
        if (request.receiverId() == null) {
            problems.add(new FieldProblem("receiver", "validation.required", "receiver"));
        } else if (request.receiverId() == giverId) {
            problems.add(new FieldProblem("receiver", "recognition.kudos.self"));
        } else {
            receiver = java.util.Optional.ofNullable(directory.names(List.of(request.receiverId())).get(request.receiverId()))
                    .filter(StaffName::active).orElse(null);
            if (receiver == null) {
                problems.add(new FieldProblem("receiver", "recognition.kudos.unknown-receiver", request.receiverId()));
            }
        }
        if (request.valueCode() == null || values.findById(request.valueCode()).filter(v -> v.tag().active()).isEmpty()) {
            problems.add(new FieldProblem("value", "recognition.kudos.unknown-value", String.valueOf(request.valueCode())));
        }
        if (request.message() == null || request.message().isBlank()) {
            problems.add(new FieldProblem("message", "validation.required", "message"));
        } else if (request.message().strip().length() > MAX_MESSAGE) {
            problems.add(new FieldProblem("message", "recognition.kudos.message-too-long", MAX_MESSAGE,
                    request.message().strip().length()));
        }
        Integer points = request.points();
        if (points == null || points < rules.minPoints() || points > rules.maxPoints() || points % rules.pointStep() != 0) {
            problems.add(new FieldProblem("points", "recognition.kudos.bad-points", rules.minPoints(), rules.maxPoints(),
                    rules.pointStep(), String.valueOf(points)));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return receiver;
    }

    /** Hides an inappropriate kudos; only a supervisor of the giver's or the receiver's team may. */
    @Transactional
    @PreAuthorize("hasRole('SUPERVISOR')")
    public KudosView hide(long kudosId, String reason) {
        Kudos entry = kudos.findById(kudosId)
                .filter(k -> access.canCoachStaff(k.getGiverId()) || access.canCoachStaff(k.getReceiverId()))
                .orElseThrow(() -> new NotFoundException("recognition.kudos.not-found", kudosId));
        if (reason == null || reason.isBlank() || reason.strip().length() > MAX_MESSAGE) {
            throw new InvalidInputException("reason", "recognition.kudos.hide-reason", MAX_MESSAGE);
        }
        if (entry.isHidden()) {
            throw new InvalidInputException("reason", "recognition.kudos.already-hidden", kudosId);
        }
        YearMonth month = YearMonth.parse(entry.getMonth());
        allowances.lock(entry.getGiverId(), month, rules.monthlyAllowance());
        entry.hide(user.username().orElseThrow(), reason.strip(), clock.instant());
        allowances.refund(entry.getGiverId(), month, entry.getPoints());
        audit.record("recognition.kudos.hide", "Kudos", String.valueOf(kudosId), Map.of("hidden", false),
                Map.of("hidden", true, "reason", reason.strip(), "pointsReturned", entry.getPoints()));
        accounts.usernameOfStaff(entry.getGiverId()).ifPresent(recipient -> notifications.send(recipient,
                "notification.kudos.hidden", List.of(Integer.toString(entry.getPoints()), reason.strip()), "recognition"));
        return view(entry, refs(List.of(entry.getGiverId(), entry.getReceiverId())), Map.of());
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('STAFF')")
    public AllowanceStatus myAllowance() {
        LocalDate today = today();
        YearMonth month = YearMonth.from(today);
        AllowanceStore.Allowance allowance = allowances.peek(me(), month, rules.monthlyAllowance());
        return new AllowanceStatus(month.toString(), allowance.granted(), allowance.spent(), allowance.remaining(),
                allowance.givenOn(today), rules.kudosPerDay());
    }

    /** Colleagues the signed-in staff member may give kudos to: the active staff of their branch. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('STAFF')")
    public List<StaffRef> colleagues() {
        long me = me();
        StaffRef self = directory.ref(me).orElseThrow();
        return directory.colleagues(branchOf(self.teamCode())).stream()
                .filter(StaffRef::active).filter(s -> s.id() != me).toList();
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
            for (long team : scope == FeedScope.TEAM ? teams : branchesOf(teams)) {
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
        Map<Long, StaffName> refs = refs(people);
        Map<Long, String> teamNames = teamNames();
        List<FeedItem> items = new ArrayList<>();
        for (Kudos k : entries) {
            KudosView view = view(k, refs, teamNames);
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
        Map<Long, StaffName> refs = refs(people);
        Map<Long, String> teams = teamNames();
        return entries.stream().filter(k -> moderator || !k.isHidden()).map(k -> view(k, refs, teams)).toList();
    }

    /** Points per giver in a month with what counts towards the recognition bonus (at most the pair cap per giver). */
    @Transactional(readOnly = true)
    @PreAuthorize("@access.canSeeStaff(#staffId)")
    public List<GiverTotal> giverTotals(long staffId, YearMonth month) {
        Map<Long, Integer> byGiver = new LinkedHashMap<>();
        kudos.receivedIn(staffId, month.toString()).stream().filter(k -> !k.isHidden())
                .forEach(k -> byGiver.merge(k.getGiverId(), k.getPoints(), Integer::sum));
        Map<Long, StaffName> refs = refs(byGiver.keySet());
        return byGiver.entrySet().stream()
                .map(e -> new GiverTotal(e.getKey(), name(refs, e.getKey()), e.getValue(), Math.min(e.getValue(), rules.pairCap())))
                .sorted(Comparator.comparingInt(GiverTotal::points).reversed())
                .toList();
    }

    /** The points that count towards a staff member's recognition bonus in a month (for incentives). */
    @Transactional(readOnly = true)
    @PreAuthorize("@access.canSeeStaff(#staffId)")
    public int countedPoints(long staffId, YearMonth month) {
        return giverTotals(staffId, month).stream().mapToInt(GiverTotal::counted).sum();
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
        Map<Long, StaffName> refs = refs(people);
        Map<Long, String> teams = teamNames();
        return entries.stream().map(k -> view(k, refs, teams)).toList();
    }

    private KudosView view(Kudos k, Map<Long, StaffName> refs, Map<Long, String> teamNames) {
        StaffName receiver = refs.get(k.getReceiverId());
        String team = receiver == null ? "" : teamNames.getOrDefault(receiver.teamId(), receiver.teamCode());
        return new KudosView(k.getId(), k.getGiverId(), name(refs, k.getGiverId()), k.getReceiverId(),
                name(refs, k.getReceiverId()), team, k.getValueCode(), k.getMessage(), k.getPoints(), k.getGivenAt(),
                k.isHidden(), k.getHiddenBy(), k.getHiddenReason());
    }

    private static String name(Map<Long, StaffName> refs, long staffId) {
        StaffName ref = refs.get(staffId);
        return ref == null ? "" : ref.name();
    }

    private Map<Long, StaffName> refs(java.util.Collection<Long> ids) {
        return directory.names(ids);
    }

    private Map<Long, String> teamNames() {
        Map<Long, String> names = new HashMap<>();
        org.teams().forEach(t -> names.put(t.id(), t.name()));
        return names;
    }

    private Set<Long> myTeams() {
        Set<Long> teams = new LinkedHashSet<>(user.supervisedTeamIds());
        user.staffId().flatMap(directory::ref).ifPresent(self -> teams.add(self.teamId()));
        if (teams.isEmpty()) {
            throw new AccessDeniedException("No team to show a feed for");
        }
        return teams;
    }

    private Set<Long> branchesOf(Set<Long> teams) {
        Set<Long> branches = new LinkedHashSet<>();
        for (OrgUnitDetails team : org.teams()) {
            if (teams.contains(team.id())) {
                branches.add(branchOf(team.code()));
            }
        }
        return branches;
    }

    private long branchOf(String teamCode) {
        OrgUnitDetails team = org.unit(teamCode).orElseThrow();
        return org.unit(team.parentCode()).map(OrgUnitDetails::id).orElse(team.id());
    }

    private long me() {
        return user.staffId().orElseThrow(() -> new NotFoundException("recognition.no-staff-record"));
    }

    LocalDate today() {
        return LocalDate.now(clock.withZone(zone));
    }

    Instant now() {
        return clock.instant();
    }
}
