package com.touchpoint.coaching;

import com.touchpoint.audit.AuditLog;
import com.touchpoint.satisfaction.IndicatorService;
import com.touchpoint.satisfaction.ItemDefinition;
import com.touchpoint.shared.InputCheck;
import com.touchpoint.shared.InvalidInputException;
import com.touchpoint.shared.NotFoundException;
import com.touchpoint.shared.OperatorTime;
import com.touchpoint.staff.StaffDirectory;
import com.touchpoint.staff.StaffRef;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Coaching sessions (辅导面谈): a supervisor schedules and holds them with the members of their team, the staff
 * member adds agenda points and acknowledges the summary. Every method decides in {@link SessionGuard} who may
 * see or change a session; private notes reach only the coach. Scheduling, holding and acknowledging are published
 * as events ({@link SessionScheduled}, {@link SessionHeld}, {@link SummaryAcknowledged}) in the same transaction.
 */
@Service
public class CoachingSessions {

    static final int MAX_FOCUS_ITEMS = 3;
    static final int NOTES_LENGTH = 4000;

    private final CoachingSessionRepository sessions;
    private final AgendaPointRepository agenda;
    private final AddendumRepository addenda;
    private final CoachingActions actions;
    private final SessionGuard guard;
    private final StaffDirectory directory;
    private final IndicatorService indicators;
    private final ApplicationEventPublisher events;
    private final AuditLog audit;
    private final OperatorTime time;
    private final Clock clock;

    CoachingSessions(CoachingSessionRepository sessions, AgendaPointRepository agenda, AddendumRepository addenda,
                     CoachingActions actions, SessionGuard guard, StaffDirectory directory, IndicatorService indicators,
                     ApplicationEventPublisher events, AuditLog audit, OperatorTime time, Clock clock) {
        this.sessions = sessions;
        this.agenda = agenda;
        this.addenda = addenda;
        this.actions = actions;
        this.guard = guard;
        this.directory = directory;
        this.indicators = indicators;
        this.events = events;
        this.audit = audit;
        this.time = time;
        this.clock = clock;
    }

    /** Schedules a 1:1 with a member of the caller's team. */
    @Transactional
    @PreAuthorize("hasRole('SUPERVISOR')")
    public SessionDetails schedule(SessionRequest request) {
        List<String> focus = request.focusItems() == null ? List.of() : List.copyOf(new LinkedHashSet<>(request.focusItems()));
        LocalDateTime now = LocalDateTime.now(clock.withZone(time.zone()));
        var known = indicators.items().stream().map(ItemDefinition::code).collect(Collectors.toSet());
        new InputCheck()
                .notNull(request.staffId(), "staff")
                .notNull(request.scheduledAt(), "scheduledAt")
                .notNull(request.type(), "type")
                .require(request.scheduledAt() == null || (request.scheduledAt().isAfter(now.minusYears(1))
                        && request.scheduledAt().isBefore(now.plusYears(1))), "scheduledAt",
                        "coaching.session.date-out-of-range", request.scheduledAt())
                .require(focus.size() <= MAX_FOCUS_ITEMS, "focusItems", "coaching.session.too-many-focus-items",
                        MAX_FOCUS_ITEMS)
                .require(known.containsAll(focus), "focusItems", "coaching.session.unknown-item",
                        focus.stream().filter(f -> !known.contains(f)).collect(Collectors.joining(", ")))
                .throwIfInvalid();
        guard.requireCoach(request.staffId());
        CoachingSession session = sessions.save(new CoachingSession(request.staffId(), guard.username(),
                request.scheduledAt().atZone(time.zone()).toInstant(), request.type(), focus, clock.instant()));
        audit.record("coaching.schedule", "CoachingSession", String.valueOf(session.getId()), null,
                Map.of("staffId", request.staffId(), "scheduledAt", request.scheduledAt().toString(),
                        "type", request.type().name(), "focusItems", focus));
        events.publishEvent(new SessionScheduled(session.getId(), session.getStaffId(), session.getSupervisor(),
                localTime(session)));
        return detailsOf(session, true);
    }

    /** A session for its coach (with private notes) or its staff member (without); anyone else is refused. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public SessionDetails details(long sessionId) {
        CoachingSession session = find(sessionId);
        return detailsOf(session, guard.requireCoachOrOwner(session.getStaffId()));
    }

    /** The signed-in staff member's own sessions, newest first. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('STAFF')")
    public List<SessionSummary> mine() {
        return guard.ownStaffId().map(id -> summaries(sessions.findByStaffIdOrderByScheduledAtDesc(id),
                directory.ref(id).stream().toList())).orElse(List.of());
    }

    /** The sessions of a team the caller supervises, newest first. */
    @Transactional(readOnly = true)
    @PreAuthorize("@access.canCoachTeam(#teamId)")
    public List<SessionSummary> ofTeam(long teamId) {
        List<StaffRef> members = directory.teamRefs(teamId);
        if (members.isEmpty()) {
            return List.of();
        }
        return summaries(sessions.findByStaffIdInOrderByScheduledAtDesc(members.stream().map(StaffRef::id).toList()),
                members);
    }

    /** Shared and private notes, while the session is still open. */
    @Transactional
    @PreAuthorize("hasRole('SUPERVISOR')")
    public SessionDetails recordNotes(long sessionId, String sharedNotes, String privateNotes) {
        CoachingSession session = find(sessionId);
        guard.requireCoach(session.getStaffId());
        requireOpen(session);
        new InputCheck()
                .require(length(sharedNotes) <= NOTES_LENGTH, "sharedNotes", "validation.too-long", "sharedNotes", NOTES_LENGTH)
                .require(length(privateNotes) <= NOTES_LENGTH, "privateNotes", "validation.too-long", "privateNotes",
                        NOTES_LENGTH)
                .throwIfInvalid();
        session.recordNotes(blankToNull(sharedNotes), blankToNull(privateNotes));
        return detailsOf(session, true);
    }

    /** The staff member (or the coach) adds a point to discuss, before the session is held. */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public SessionDetails addAgendaPoint(long sessionId, String text) {
        CoachingSession session = find(sessionId);
        boolean coach = guard.requireCoachOrOwner(session.getStaffId());
        requireOpen(session);
        new InputCheck().text(text, "agendaPoint", 500).throwIfInvalid();
        agenda.save(new AgendaPoint(session.getId(), text.strip(), guard.username(), clock.instant()));
        return detailsOf(session, coach);
    }

    /**
     * Marks the session held: from now on it is fixed, waits for the staff member's acknowledgement, and is only
     * amended by addenda. A session cannot be held before its day.
     */
    @Transactional
    @PreAuthorize("hasRole('SUPERVISOR')")
    public SessionDetails hold(long sessionId) {
        CoachingSession session = find(sessionId);
        guard.requireCoach(session.getStaffId());
        requireOpen(session);
        if (session.getScheduledAt().atZone(time.zone()).toLocalDate().isAfter(time.today())) {
            throw new InvalidInputException("scheduledAt", "coaching.session.not-yet", localTime(session).toLocalDate());
        }
        session.hold(clock.instant());
        audit.record("coaching.hold", "CoachingSession", String.valueOf(sessionId), SessionState.SCHEDULED.name(),
                SessionState.HELD.name());
        events.publishEvent(new SessionHeld(sessionId, session.getStaffId(), session.getSupervisor(),
                localTime(session).toLocalDate()));
        return detailsOf(session, true);
    }

    /** The staff member acknowledges the summary of a held session, with an optional comment. */
    @Transactional
    @PreAuthorize("hasRole('STAFF')")
    public SessionDetails acknowledge(long sessionId, String comment) {
        CoachingSession session = find(sessionId);
        guard.requireOwner(session.getStaffId());
        if (session.getState() != SessionState.HELD) {
            throw new InvalidInputException("state", "coaching.session.not-waiting", session.getState());
        }
        new InputCheck().require(length(comment) <= 1000, "comment", "validation.too-long", "comment", 1000)
                .throwIfInvalid();
        session.acknowledge(clock.instant(), blankToNull(comment));
        audit.record("coaching.acknowledge", "CoachingSession", String.valueOf(sessionId), SessionState.HELD.name(),
                SessionState.ACKNOWLEDGED.name());
        events.publishEvent(new SummaryAcknowledged(sessionId, session.getStaffId(), staffName(session.getStaffId()),
                session.getSupervisor(), localTime(session).toLocalDate()));
        return detailsOf(session, false);
    }

    /** A dated addendum to a finished session, by its coach or its staff member. */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public SessionDetails amend(long sessionId, String text) {
        CoachingSession session = find(sessionId);
        boolean coach = guard.requireCoachOrOwner(session.getStaffId());
        if (session.isScheduled()) {
            throw new InvalidInputException("addendum", "coaching.session.still-open");
        }
        new InputCheck().text(text, "addendum", 2000).throwIfInvalid();
        addenda.save(new SessionAddendum(sessionId, text.strip(), guard.username(), clock.instant()));
        audit.record("coaching.amend", "CoachingSession", String.valueOf(sessionId), null, Map.of("length", text.strip().length()));
        return detailsOf(session, coach);
    }

    CoachingSession find(long sessionId) {
        return sessions.findById(sessionId)
                .orElseThrow(() -> new NotFoundException("coaching.session.not-found", sessionId));
    }

    static void requireOpen(CoachingSession session) {
        if (!session.isScheduled()) {
            throw new InvalidInputException("state", "coaching.session.finished", session.getState());
        }
    }

    private SessionDetails detailsOf(CoachingSession s, boolean coach) {
        StaffRef member = directory.ref(s.getStaffId())
                .orElseThrow(() -> new NotFoundException("staff.not-found", s.getStaffId()));
        List<SessionDetails.Entry> points = agenda.findBySessionIdOrderByAddedAtAscIdAsc(s.getId()).stream()
                .map(p -> new SessionDetails.Entry(p.getText(), p.getAddedBy(), p.getAddedAt())).toList();
        List<SessionDetails.Entry> amendments = addenda.findBySessionIdOrderByAddedAtAscIdAsc(s.getId()).stream()
                .map(a -> new SessionDetails.Entry(a.getText(), a.getAuthor(), a.getAddedAt())).toList();
        return new SessionDetails(s.getId(), s.getStaffId(), member.name(), member.employeeNo(), s.getSupervisor(),
                localTime(s), s.getType(), s.getFocusItems(), s.getState(), s.getSharedNotes(),
                coach ? s.getPrivateNotes() : null, coach, points, actions.viewsOf(s), s.getHeldAt(),
                s.getAcknowledgedAt(), s.getAckComment(), amendments);
    }

    private List<SessionSummary> summaries(List<CoachingSession> found, List<StaffRef> members) {
        Map<Long, StaffRef> byId = members.stream().collect(Collectors.toMap(StaffRef::id, Function.identity()));
        List<SessionSummary> result = new ArrayList<>();
        for (CoachingSession s : found) {
            StaffRef member = byId.get(s.getStaffId());
            result.add(new SessionSummary(s.getId(), s.getStaffId(), member == null ? "" : member.name(),
                    member == null ? "" : member.employeeNo(), localTime(s), s.getType(), s.getFocusItems(),
                    s.getState()));
        }
        return result;
    }

    private String staffName(long staffId) {
        return directory.ref(staffId).map(StaffRef::name).orElse("");
    }

    LocalDateTime localTime(CoachingSession s) {
        return LocalDateTime.ofInstant(s.getScheduledAt(), zone());
    }

    private ZoneId zone() {
        return time.zone();
    }

    private static int length(String text) {
        return text == null ? 0 : text.strip().length();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
