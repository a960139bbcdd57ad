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
import com.touchpoint.training.Assignment;
import com.touchpoint.training.TrainingAssignments;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Action items agreed in a session: added by the coach while the session is open, optionally with a training
 * assignment created in the same transaction through the training feature; marked done by the coach or, for their
 * own actions, by the staff member.
 */
@Service
public class CoachingActions {

    private final ActionItemRepository items;
    private final CoachingSessionRepository sessions;
    private final SessionGuard guard;
    private final TrainingAssignments training;
    private final IndicatorService indicators;
    private final AuditLog audit;
    private final OperatorTime time;
    private final Clock clock;
    private final StaffDirectory directory;

    CoachingActions(ActionItemRepository items, CoachingSessionRepository sessions, SessionGuard guard,
                    TrainingAssignments training, IndicatorService indicators, AuditLog audit, OperatorTime time,
                    Clock clock, StaffDirectory directory) {
        this.directory = directory;
        this.items = items;
        this.sessions = sessions;
        this.guard = guard;
        this.training = training;
        this.indicators = indicators;
        this.audit = audit;
        this.time = time;
        this.clock = clock;
    }

    @Transactional
    @PreAuthorize("hasRole('SUPERVISOR')")
    public ActionView add(long sessionId, ActionRequest request) {
        CoachingSession session = sessions.findById(sessionId)
                .orElseThrow(() -> new NotFoundException("coaching.session.not-found", sessionId));
        guard.requireCoach(session.getStaffId());
        CoachingSessions.requireOpen(session);
        check(request);
        Long assignmentId = null;
        if (request.trainingModuleId() != null && !request.trainingModuleId().isBlank()) {
            assignmentId = training.assignOne(request.trainingModuleId().strip(), session.getStaffId(),
                    request.dueDate()).id();
        }
        ActionItem item = items.save(new ActionItem(sessionId, session.getStaffId(), request.owner(),
                request.description().strip(), request.dueDate(), request.target(), assignmentId, clock.instant()));
        audit.record("coaching.action.add", "CoachingAction", String.valueOf(item.getId()), null,
                Map.of("sessionId", sessionId, "owner", request.owner().name(), "dueDate", request.dueDate().toString(),
                        "target", request.target(), "trainingAssignmentId", String.valueOf(assignmentId)));
        return viewsOf(List.of(item), session.getStaffId()).get(0);
    }

    /** Marks an action done today: its coach may, and the staff member for an action they own. */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public ActionView markDone(long actionId) {
        ActionItem item = items.findById(actionId)
                .orElseThrow(() -> new NotFoundException("coaching.action.not-found", actionId));
        boolean coach = guard.requireCoachOrOwner(item.getStaffId());
        if (!coach && item.getOwner() != ActionOwner.STAFF) {
            throw new org.springframework.security.access.AccessDeniedException("Only the coach closes this action");
        }
        if (item.getDoneOn() != null) {
            throw new InvalidInputException("action", "coaching.action.already-done", item.getDoneOn());
        }
        item.done(time.today());
        audit.record("coaching.action.done", "CoachingAction", String.valueOf(actionId), null, time.today().toString());
        return viewsOf(List.of(item), item.getStaffId()).get(0);
    }

    /** The signed-in staff member's actions not done yet, whoever owns them, earliest due first. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('STAFF')")
    public List<ActionView> openOfMine() {
        return guard.ownStaffId()
                .map(id -> viewsOf(items.findByStaffIdAndDoneOnIsNullOrderByDueDateAscIdAsc(id), id))
                .orElse(List.of());
    }

    /**
     * Per member of a team the caller coaches, the actions not done yet and how many of them are overdue, read in
     * one query; members without an open action are absent.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("@access.canCoachTeam(#teamId)")
    public Map<Long, OpenActions> openOfTeam(long teamId) {
        List<Long> members = directory.teamRefs(teamId).stream().map(StaffRef::id).toList();
        Map<Long, OpenActions> open = new HashMap<>();
        if (members.isEmpty()) {
            return open;
        }
        LocalDate today = time.today();
        for (ActionItem a : items.findByStaffIdInAndDoneOnIsNull(members)) {
            int overdue = ActionStatus.of(a.getDueDate(), null, today) == ActionStatus.OVERDUE ? 1 : 0;
            open.merge(a.getStaffId(), new OpenActions(1, overdue),
                    (x, y) -> new OpenActions(x.open() + y.open(), x.overdue() + y.overdue()));
        }
        return open;
    }

    private void check(ActionRequest request) {
        Set<String> targets = indicators.items().stream().map(ItemDefinition::code).collect(Collectors.toSet());
        targets.add(ActionItem.INDEX);
        LocalDate today = time.today();
        new InputCheck()
                .notNull(request.owner(), "owner")
                .text(request.description(), "description", 500)
                .notNull(request.dueDate(), "dueDate")
                .require(request.dueDate() == null || !request.dueDate().isBefore(today), "dueDate",
                        "coaching.action.due-in-past", request.dueDate())
                .require(request.target() != null && targets.contains(request.target()), "target",
                        "coaching.action.unknown-target", request.target())
                .throwIfInvalid();
    }

    /** The actions of a session, for its details (the caller has been checked). */
    List<ActionView> viewsOf(CoachingSession session) {
        return viewsOf(items.findBySessionIdOrderByDueDateAscIdAsc(session.getId()), session.getStaffId());
    }

    /** Actions of one staff member, with their training assignments read through the training service. */
    List<ActionView> viewsOf(Collection<ActionItem> found, long staffId) {
        Map<Long, Assignment> assignments = new HashMap<>();
        if (found.stream().anyMatch(a -> a.getTrainingAssignmentId() != null)) {
            training.ofStaff(staffId).forEach(a -> assignments.put(a.id(), a));
        }
        LocalDate today = time.today();
        return found.stream().map(a -> view(a, assignments.get(a.getTrainingAssignmentId()), today)).toList();
    }

    static ActionView view(ActionItem a, Assignment assignment, LocalDate today) {
        return new ActionView(a.getId(), a.getSessionId(), a.getStaffId(), a.getOwner(), a.getDescription(),
                a.getDueDate(), a.getTarget(), a.getTrainingAssignmentId(),
                assignment == null ? null : assignment.title().zh(), assignment == null ? null : assignment.title().en(),
                assignment == null ? null : assignment.status().messageKey(), a.getDoneOn(),
                ActionStatus.of(a.getDueDate(), a.getDoneOn(), today));
    }
}
