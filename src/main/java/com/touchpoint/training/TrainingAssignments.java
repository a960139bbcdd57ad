package com.touchpoint.training;

import com.touchpoint.audit.AuditLog;
import com.touchpoint.shared.ChunkedWork;
import com.touchpoint.shared.InvalidInputException;
import com.touchpoint.shared.NotFoundException;
import com.touchpoint.shared.OperatorTime;
import com.touchpoint.staff.AccessPolicy;
import com.touchpoint.staff.CurrentUser;
import com.touchpoint.staff.StaffDirectory;
import com.touchpoint.staff.StaffRef;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Supervisors assign modules to the members of their teams with a due date; staff see theirs; a daily
 * job reminds before the due date and flags overdue ones. An assignment is done when the module is
 * passed after it was assigned; a failed attempt shows on it and leaves it open (TRAINING.md, "Assignments").
 * Assigning, reminding and flagging are published as events ({@link TrainingAssigned}, {@link AssignmentDueSoon},
 * {@link AssignmentOverdue}); the notices follow from them.
 */
@Service
public class TrainingAssignments {

    private final TrainingAssignmentRepository assignments;
    private final TrainingCatalog catalog;
    private final CurrentUser user;
    private final AccessPolicy access;
    private final StaffDirectory directory;
    private final ApplicationEventPublisher events;
    private final AuditLog audit;
    private final TrainingProperties properties;
    private final ZoneId zone;
    private final OperatorTime operatorTime;
    private final Clock clock;
    private final ChunkedWork chunked;

    TrainingAssignments(TrainingAssignmentRepository assignments, TrainingCatalog catalog, CurrentUser user,
                        AccessPolicy access, StaffDirectory directory, ApplicationEventPublisher events,
                        AuditLog audit, TrainingProperties properties,
                        OperatorTime operatorTime, Clock clock, ChunkedWork chunked) {
        this.assignments = assignments;
        this.catalog = catalog;
        this.user = user;
        this.access = access;
        this.directory = directory;
        this.events = events;
        this.audit = audit;
        this.properties = properties;
        this.zone = operatorTime.zone();
        this.operatorTime = operatorTime;
        this.clock = clock;
        this.chunked = chunked;
    }

    /**
     * Assigns a module to members of the caller's teams. Refused as a whole, with nothing stored, when any
     * of them is outside those teams. Someone who already has the module open is skipped.
     */
    @Transactional
    @PreAuthorize("hasRole('SUPERVISOR')")
    public AssignResult assign(String moduleId, Collection<Long> staffIds, LocalDate dueDate) {
        TrainingModule module = catalog.module(moduleId);
        if (dueDate == null) {
            throw new InvalidInputException("dueDate", "validation.required", "dueDate");
        }
        if (dueDate.isBefore(today())) {
            throw new InvalidInputException("dueDate", "training.assignment.due-in-past", dueDate);
        }
        Set<Long> people = staffIds == null ? Set.of() : new LinkedHashSet<>(staffIds);
        if (people.isEmpty()) {
            throw new InvalidInputException("staff", "training.assignment.no-staff");
        }
        for (Long staffId : people) {
            if (!access.canCoachStaff(staffId)) {
                throw new AccessDeniedException("Staff " + staffId + " is not in a team the caller supervises");
            }
        }
        int assigned = 0;
        for (Long staffId : people) {
            if (assignments.findByStaffIdAndModuleIdAndCompletedAtIsNull(staffId, moduleId).isEmpty()) {
                create(staffId, module, dueDate);
                assigned++;
            }
        }
        return new AssignResult(assigned, people.size() - assigned);
    }

    /**
     * Assigns a module to one member of the caller's teams and returns that assignment, or the open one the person
     * already has for the module. Joins the caller's transaction, so coaching can store its action in the same step.
     */
    @Transactional
    @PreAuthorize("hasRole('SUPERVISOR') and @access.canCoachStaff(#staffId)")
    public Assignment assignOne(String moduleId, long staffId, LocalDate dueDate) {
        assign(moduleId, List.of(staffId), dueDate);
        TrainingAssignment open = assignments.findByStaffIdAndModuleIdAndCompletedAtIsNull(staffId, moduleId).stream()
                .findFirst().orElseThrow();
        StaffRef member = directory.ref(staffId).orElseThrow(() -> new NotFoundException("staff.not-found", staffId));
        return view(open, member, today());
    }

    private void create(long staffId, TrainingModule module, LocalDate dueDate) {
        String by = user.username().orElseThrow();
        TrainingAssignment assignment = assignments.save(
                new TrainingAssignment(staffId, module.id(), dueDate, by, clock.instant()));
        audit.record("training.assign", "TrainingAssignment", String.valueOf(assignment.getId()), null,
                Map.of("staffId", staffId, "moduleId", module.id(), "dueDate", dueDate.toString()));
        events.publishEvent(new TrainingAssigned(assignment.getId(), staffId, module.id(), module.title(), dueDate, by));
    }

    /** Withdraws an assignment not yet done; only a supervisor of the person's team may. */
    @Transactional
    @PreAuthorize("hasRole('SUPERVISOR')")
    public void withdraw(long assignmentId) {
        TrainingAssignment assignment = assignments.findById(assignmentId)
                .filter(a -> access.canCoachStaff(a.getStaffId()))
                .orElseThrow(() -> new NotFoundException("training.assignment.not-found", assignmentId));
        if (assignment.getCompletedAt() != null) {
            throw new InvalidInputException("assignment", "training.assignment.already-done", assignmentId);
        }
        audit.record("training.withdraw", "TrainingAssignment", String.valueOf(assignmentId),
                Map.of("staffId", assignment.getStaffId(), "moduleId", assignment.getModuleId(),
                        "dueDate", assignment.getDueDate().toString()), null);
        assignments.delete(assignment);
    }

    /** "Assigned to me": the signed-in staff member's assignments, latest due date first. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('STAFF')")
    public List<Assignment> mine() {
        return user.staffId().map(this::assignmentsOf).orElse(List.of());
    }

    @Transactional(readOnly = true)
    @PreAuthorize("@access.canSeeStaff(#staffId)")
    public List<Assignment> ofStaff(long staffId) {
        return assignmentsOf(staffId);
    }

    @Transactional(readOnly = true)
    @PreAuthorize("@access.canSeeTeam(#teamId)")
    public List<Assignment> ofTeam(long teamId) {
        Map<Long, StaffRef> members = new java.util.HashMap<>();
        directory.teamRefs(teamId).forEach(ref -> members.put(ref.id(), ref));
        if (members.isEmpty()) {
            return List.of();
        }
        LocalDate today = today();
        return assignments.findByStaffIds(members.keySet()).stream()
                .map(a -> view(a, members.get(a.getStaffId()), today))
                .toList();
    }

    /**
     * Per staff member, the assignments due in a month and those done by their due date, for those who see
     * everyone and for an incentive run. Staff with nothing due are absent.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("@access.readsEveryonesFigures()")
    public Map<Long, TrainingDue> dueIn(java.time.YearMonth month) {
        LocalDate today = today();
        Map<Long, TrainingDue> result = new java.util.HashMap<>();
        for (TrainingAssignment a : assignments.findByDueDateBetween(month.atDay(1), month.atEndOfMonth())) {
            int onTime = a.status(today, zone) == AssignmentStatus.DONE ? 1 : 0;
            result.merge(a.getStaffId(), new TrainingDue(1, onTime),
                    (x, y) -> new TrainingDue(x.due() + y.due(), x.onTime() + y.onTime()));
        }
        return result;
    }

    private List<Assignment> assignmentsOf(long staffId) {
        StaffRef member = directory.ref(staffId).orElseThrow(() -> new NotFoundException("staff.not-found", staffId));
        LocalDate today = today();
        return assignments.findByStaffIdOrderByDueDateDesc(staffId).stream().map(a -> view(a, member, today)).toList();
    }

    void attempted(long staffId, String moduleId, long attemptId, boolean passed, java.math.BigDecimal score,
                   Instant when) {
        assignments.findByStaffIdAndModuleIdAndCompletedAtIsNull(staffId, moduleId)
                .forEach(a -> a.attempted(attemptId, passed, score, when));
    }

    /**
     * Reminds the staff member of assignments due within the reminder window and flags newly overdue ones to
     * the staff member and the team's supervisors. Each is told once, so running twice a day is harmless. A
     * chunk of assignments at a time, each chunk with its notices ({@link ChunkedWork}).
     */
    @PreAuthorize("hasRole('ADMIN')")
    public ReminderRun sendReminders() {
        LocalDate today = today();
        LocalDate until = today.plusDays(properties.reminderDays());
        Instant now = clock.instant();
        int reminded = chunked.forEach(assignments.idsDueForReminder(today, until), assignments::findAllById,
                a -> a.dueForReminder(today, until), a -> remind(a, now));
        int overdue = chunked.forEach(assignments.idsNewlyOverdue(today), assignments::findAllById,
                a -> a.newlyOverdue(today), a -> flagOverdue(a, now));
        return new ReminderRun(reminded, overdue);
    }

    private void remind(TrainingAssignment a, Instant now) {
        a.reminded(now);
        events.publishEvent(new AssignmentDueSoon(a.getId(), a.getStaffId(), a.getModuleId(), title(a.getModuleId()),
                a.getDueDate()));
    }

    private void flagOverdue(TrainingAssignment a, Instant now) {
        a.flaggedOverdue(now);
        directory.ref(a.getStaffId()).ifPresent(member -> events.publishEvent(
                new AssignmentOverdue(a.getId(), member, a.getModuleId(), title(a.getModuleId()), a.getDueDate())));
    }

    private LocalizedText title(String moduleId) {
        return catalog.find(moduleId).map(TrainingModule::title).orElse(new LocalizedText(moduleId, moduleId));
    }

    private Assignment view(TrainingAssignment a, StaffRef member, LocalDate today) {
        return new Assignment(a.getId(), a.getStaffId(), member == null ? "" : member.employeeNo(),
                member == null ? "" : member.name(), a.getModuleId(), title(a.getModuleId()), a.getDueDate(),
                a.getAssignedBy(), a.getAssignedAt(), a.getCompletedAt(), a.getCompletedAttemptId(),
                a.status(today, zone), a.getFailedAttemptId(), a.getFailedScore());
    }

    LocalDate today() {
        return operatorTime.today();
    }
}
