package com.touchpoint.training;

import com.touchpoint.shared.DemoDataContributor;
import com.touchpoint.shared.OperatorTime;
import com.touchpoint.shared.SystemActor;
import com.touchpoint.staff.OrgStructure;
import com.touchpoint.staff.OrgUnitDetails;
import com.touchpoint.staff.StaffDirectory;
import com.touchpoint.staff.StaffRef;
import com.touchpoint.staff.UserAccounts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Demo training history: attempts over the last four months for every demo staff member, and two rounds
 * of assignments per team, an old one (mostly done, some late, some overdue) and a current one (open).
 */
@Component
class TrainingDemoData implements DemoDataContributor {

    private static final Logger log = LoggerFactory.getLogger(TrainingDemoData.class);
    private static final String STAFF1 = "E10004";

    private final TrainingCatalog catalog;
    private final TrainingAttemptRepository attempts;
    private final TrainingAssignmentRepository assignments;
    private final StaffDirectory directory;
    private final OrgStructure org;
    private final UserAccounts accounts;
    private final ApplicationEventPublisher events;
    private final ZoneId zone;
    private final OperatorTime operatorTime;
    private final Random random = new Random(20261124L);

    TrainingDemoData(TrainingCatalog catalog, TrainingAttemptRepository attempts,
                     TrainingAssignmentRepository assignments, StaffDirectory directory, OrgStructure org,
                     UserAccounts accounts, ApplicationEventPublisher events, OperatorTime operatorTime) {
        this.catalog = catalog;
        this.attempts = attempts;
        this.assignments = assignments;
        this.directory = directory;
        this.org = org;
        this.accounts = accounts;
        this.events = events;
        this.zone = operatorTime.zone();
        this.operatorTime = operatorTime;
    }

    @Override
    public String name() {
        return "training-history";
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    public void contribute() {
        SystemActor.run("demo", this::deliver, "ROLE_ADMIN");
    }

    private void deliver() {
        if (catalog.modules().isEmpty()) {
            log.warn("No training modules were loaded from {}; the demo training history (attempts and assignments) "
                    + "is left out. The Training content page lists the problems.", catalog.status().location());
            return;
        }
        LocalDate today = operatorTime.today();
        for (OrgUnitDetails team : org.teams()) {
            List<StaffRef> members = directory.teamRefs(team.id()).stream().filter(StaffRef::active).toList();
            if (members.isEmpty()) {
                continue;
            }
            String supervisor = accounts.supervisorsOf(team.id()).stream().findFirst().orElse("system:demo");
            List<TrainingModule> suited = suitedModules(members.get(0).postCode());
            members.forEach(member -> practice(member, suited, today));
            pastRound(members, suited.get(0), supervisor, today);
            currentRound(members, suited.get(suited.size() > 1 ? 1 : 0), supervisor, today);
        }
    }

    private List<TrainingModule> suitedModules(String post) {
        List<TrainingModule> suited = catalog.modules().stream().filter(m -> m.suits(post)).toList();
        return suited.isEmpty() ? catalog.modules() : suited;
    }

    /** Self-chosen practice: 0 to 5 plays over the last 120 days, mostly of modules suiting the post. */
    private void practice(StaffRef member, List<TrainingModule> suited, LocalDate today) {
        double skill = 0.35 + random.nextDouble() * 0.55;
        int plays = random.nextInt(6);
        for (int i = 0; i < plays; i++) {
            List<TrainingModule> pool = random.nextDouble() < 0.8 ? suited : catalog.modules();
            TrainingModule module = pool.get(random.nextInt(pool.size()));
            Instant start = moment(today.minusDays(1 + random.nextInt(120)));
            if (random.nextDouble() < 0.05) {
                attempts.save(new TrainingAttempt(member.id(), module, start));
            } else {
                play(member, module, start, skill);
            }
        }
    }

    private TrainingAttempt play(StaffRef member, TrainingModule module, Instant start, double skill) {
        TrainingAttempt attempt = new TrainingAttempt(member.id(), module, start);
        List<Choice> path = new ArrayList<>();
        Step step = module.step(module.start());
        while (!step.isEnding() && path.size() < module.steps().size()) {
            int reply = random.nextDouble() < skill ? step.betterReplyIndex() : random.nextInt(step.replies().size());
            path.add(new Choice(step.id(), reply));
            step = module.step(step.replies().get(reply).next());
        }
        if (!step.isEnding()) {
            return attempts.save(attempt);
        }
        Instant end = start.plus(Duration.ofSeconds(120 + random.nextInt(420)));
        attempt.finish(end, AttemptPaths.write(path), step.id(), step.end(), ModuleScoring.score(module, path));
        return attempts.save(attempt);
    }

    /** Assigned 50 days ago, due 35 days ago: most done in time, some late, some still overdue (staff1 among them). */
    private void pastRound(List<StaffRef> members, TrainingModule module, String supervisor, LocalDate today) {
        LocalDate due = today.minusDays(35);
        Instant assignedAt = moment(today.minusDays(50));
        for (StaffRef member : members) {
            TrainingAssignment assignment = new TrainingAssignment(member.id(), module.id(), due, supervisor, assignedAt);
            assignment.reminded(moment(due.minusDays(2)));
            double roll = random.nextDouble();
            boolean overdue = member.employeeNo().equals(STAFF1) || roll < 0.12;
            if (overdue) {
                assignment.flaggedOverdue(moment(due.plusDays(1)));
            } else {
                LocalDate played = roll < 0.22 ? due.plusDays(1 + random.nextInt(10)) : due.minusDays(random.nextInt(12));
                TrainingAttempt attempt = play(member, module, moment(played), 0.7);
                if (attempt.isCompleted()) {
                    assignment.attempted(attempt.getId(), Boolean.TRUE.equals(attempt.getPassed()), attempt.getTotalScore(),
                            attempt.getFinishedAt());
                }
            }
            assignments.save(assignment);
            if (overdue) {
                events.publishEvent(new AssignmentOverdue(assignment.getId(), member, module.id(), module.title(), due));
            }
        }
    }

    /** Assigned 5 days ago, due in 4 days: about a third done already. */
    private void currentRound(List<StaffRef> members, TrainingModule module, String supervisor, LocalDate today) {
        LocalDate due = today.plusDays(4);
        Instant assignedAt = moment(today.minusDays(5));
        for (StaffRef member : members) {
            TrainingAssignment assignment = new TrainingAssignment(member.id(), module.id(), due, supervisor, assignedAt);
            boolean open = member.employeeNo().equals(STAFF1) || random.nextDouble() >= 0.33;
            if (!open) {
                TrainingAttempt attempt = play(member, module, moment(today.minusDays(1 + random.nextInt(4))), 0.7);
                if (attempt.isCompleted()) {
                    assignment.attempted(attempt.getId(), Boolean.TRUE.equals(attempt.getPassed()), attempt.getTotalScore(),
                            attempt.getFinishedAt());
                }
            }
            assignments.save(assignment);
            if (open) {
                events.publishEvent(new TrainingAssigned(assignment.getId(), member.id(), module.id(), module.title(),
                        due, supervisor));
            }
        }
    }

    private Instant moment(LocalDate day) {
        return day.atTime(8 + random.nextInt(12), random.nextInt(60)).atZone(zone).toInstant();
    }
}
