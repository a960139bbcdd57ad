package com.touchpoint.training;

import com.touchpoint.shared.NotFoundException;
import com.touchpoint.staff.AccessPolicy;
import com.touchpoint.staff.CurrentUser;
import com.touchpoint.staff.StaffDirectory;
import com.touchpoint.staff.StaffRef;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Starting and finishing scenario plays, and reading them back: a staff member their own, a supervisor
 * their teams', QUALITY/HR/ADMIN everyone's. Scores are always computed here from the path, never taken
 * from the player.
 */
@Service
public class TrainingAttempts {

    private final TrainingAttemptRepository attempts;
    private final TrainingCatalog catalog;
    private final TrainingAssignments assignments;
    private final CurrentUser user;
    private final AccessPolicy access;
    private final StaffDirectory directory;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    TrainingAttempts(TrainingAttemptRepository attempts, TrainingCatalog catalog, TrainingAssignments assignments,
                     CurrentUser user, AccessPolicy access, StaffDirectory directory, Clock clock,
                     ApplicationEventPublisher events) {
        this.attempts = attempts;
        this.catalog = catalog;
        this.assignments = assignments;
        this.user = user;
        this.access = access;
        this.directory = directory;
        this.clock = clock;
        this.events = events;
    }

    /** Records the start of a play by the signed-in staff member. */
    @Transactional
    @PreAuthorize("hasRole('STAFF')")
    public ScenarioRun start(String moduleId) {
        long staffId = user.staffId().orElseThrow(() -> new NotFoundException("training.no-staff-record"));
        TrainingModule module = catalog.module(moduleId);
        Instant now = clock.instant();
        TrainingAttempt attempt = attempts.save(new TrainingAttempt(staffId, module, now));
        return new ScenarioRun(attempt.getId(), staffId, module, now);
    }

    /**
     * Scores and stores a play that reached an ending. A pass completes the open assignments of that module;
     * a fail is shown on them and they stay open.
     */
    @Transactional
    @PreAuthorize("hasRole('STAFF')")
    public Debrief finish(ScenarioRun run) {
        if (!run.ended()) {
            throw new IllegalStateException("The scenario has not reached an ending");
        }
        TrainingAttempt attempt = attempts.findById(run.attemptId())
                .filter(a -> user.staffId().filter(id -> id == a.getStaffId()).isPresent())
                .orElseThrow(() -> new NotFoundException("training.attempt.not-found", run.attemptId()));
        AttemptScore score = ModuleScoring.score(run.module(), run.path());
        Instant now = clock.instant();
        attempt.finish(now, AttemptPaths.write(run.path()), run.currentStep().id(), run.currentStep().end(), score);
        assignments.attempted(attempt.getStaffId(), attempt.getModuleId(), attempt.getId(), score.passed(),
                attempt.getTotalScore(), now);
        events.publishEvent(new AttemptFinished(attempt.getId(), attempt.getStaffId(), attempt.getModuleId(),
                score.total(), score.passed(), now));
        return debriefOf(attempt);
    }

    @Transactional(readOnly = true)
    @PreAuthorize("@access.canSeeStaff(#staffId)")
    public List<AttemptSummary> history(long staffId) {
        return attempts.findByStaffIdOrderByStartedAtDesc(staffId).stream().map(AttemptSummary::of).toList();
    }

    /** The attempts of a team's members since an instant, newest first. */
    @Transactional(readOnly = true)
    @PreAuthorize("@access.canSeeTeam(#teamId)")
    public List<AttemptSummary> ofTeam(long teamId, Instant since) {
        List<Long> members = directory.teamRefs(teamId).stream().map(StaffRef::id).toList();
        if (members.isEmpty()) {
            return List.of();
        }
        return attempts.findByStaffSince(members, since).stream().map(AttemptSummary::of).toList();
    }

    /** An attempt the caller may not see is reported as not found, so its existence is not revealed. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public Debrief debrief(long attemptId) {
        TrainingAttempt attempt = attempts.findById(attemptId)
                .filter(a -> access.canSeeStaff(a.getStaffId()))
                .orElseThrow(() -> new NotFoundException("training.attempt.not-found", attemptId));
        return debriefOf(attempt);
    }

    private Debrief debriefOf(TrainingAttempt attempt) {
        AttemptSummary summary = AttemptSummary.of(attempt);
        TrainingModule module = catalog.version(attempt.getContentHash()).orElse(null);
        if (module == null || !attempt.isCompleted()) {
            return new Debrief(summary, module, List.of(), null);
        }
        List<Debrief.DebriefStep> steps = new ArrayList<>();
        for (Choice choice : AttemptPaths.read(attempt.getPath())) {
            Step step = module.step(choice.stepId());
            int better = step.betterReplyIndex();
            Reply chosen = step.replies().get(choice.reply());
            Reply betterReply = step.replies().get(better);
            steps.add(new Debrief.DebriefStep(step, chosen,
                    betterReply.effectSum() > chosen.effectSum() ? betterReply : null));
        }
        return new Debrief(summary, module, steps, module.step(attempt.getEndingStep()));
    }
}
