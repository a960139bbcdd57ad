package com.touchpoint.training;

import com.touchpoint.shared.OperatorTime;
import com.touchpoint.shared.ScaleDataContributor;
import com.touchpoint.shared.ScalePlan;
import com.touchpoint.shared.ScaleProgress;
import com.touchpoint.staff.OrgStructure;
import com.touchpoint.staff.OrgUnitDetails;
import com.touchpoint.staff.StaffDirectory;
import com.touchpoint.staff.StaffRef;
import com.touchpoint.staff.UserAccounts;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

/**
 * Training at scale, in the demo's style: 0 to 3 plays per staff member in the last 120 days of the plan, and per
 * team two rounds of assignments, a past one (due 35 days before the plan's end: most done in time, some late, some
 * overdue) and a current one (due 4 days after it, a third done). One transaction per team.
 */
@Component
class TrainingScaleData implements ScaleDataContributor {

    private final TrainingCatalog catalog;
    private final TrainingAttemptRepository attempts;
    private final TrainingAssignmentRepository assignments;
    private final StaffDirectory directory;
    private final OrgStructure org;
    private final UserAccounts accounts;
    private final OperatorTime time;
    private final TransactionTemplate transactions;

    TrainingScaleData(TrainingCatalog catalog, TrainingAttemptRepository attempts,
                      TrainingAssignmentRepository assignments, StaffDirectory directory, OrgStructure org,
                      UserAccounts accounts, OperatorTime time, PlatformTransactionManager transactionManager) {
        this.catalog = catalog;
        this.attempts = attempts;
        this.assignments = assignments;
        this.directory = directory;
        this.org = org;
        this.accounts = accounts;
        this.time = time;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    @Override
    public String name() {
        return "training";
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    public void contribute(ScalePlan plan, ScaleProgress progress) {
        if (catalog.modules().isEmpty()) {
            // the command runs before the catalog's own start-up load
            catalog.load();
        }
        if (catalog.modules().isEmpty()) {
            progress.done("no training modules loaded, no training data");
            return;
        }
        Random random = plan.random(name());
        List<OrgUnitDetails> teams = org.teams().stream().filter(t -> plan.owns(t.code()))
                .sorted(Comparator.comparing(OrgUnitDetails::code)).toList();
        long[] counts = new long[2];
        int done = 0;
        for (OrgUnitDetails team : teams) {
            List<StaffRef> members = directory.teamRefs(team.id()).stream().filter(StaffRef::active).toList();
            if (!members.isEmpty()) {
                String supervisor = accounts.supervisorsOf(team.id()).stream().findFirst().orElse("system:scale");
                transactions.executeWithoutResult(s -> team(plan, random, members, supervisor, counts));
            }
            progress.at(++done, teams.size(), "teams");
        }
        progress.done(String.format("%,d attempts, %,d assignments in %,d teams", counts[0], counts[1], teams.size()));
    }

    private void team(ScalePlan plan, Random random, List<StaffRef> members, String supervisor, long[] counts) {
        LocalDate end = plan.last();
        List<TrainingModule> suited = catalog.modules().stream().filter(m -> m.suits(members.get(0).postCode())).toList();
        suited = suited.isEmpty() ? catalog.modules() : suited;
        for (StaffRef member : members) {
            double skill = 0.35 + random.nextDouble() * 0.55;
            int plays = random.nextInt(4);
            for (int i = 0; i < plays; i++) {
                TrainingModule module = suited.get(random.nextInt(suited.size()));
                play(random, member, module, moment(random, end.minusDays(random.nextInt(120))), skill);
                counts[0]++;
            }
        }
        TrainingModule past = suited.get(0);
        LocalDate pastDue = end.minusDays(35);
        for (StaffRef member : members) {
            TrainingAssignment a = new TrainingAssignment(member.id(), past.id(), pastDue, supervisor,
                    moment(random, end.minusDays(50)));
            a.reminded(moment(random, pastDue.minusDays(2)));
            double roll = random.nextDouble();
            if (roll < 0.12) {
                a.flaggedOverdue(moment(random, pastDue.plusDays(1)));
            } else {
                LocalDate played = roll < 0.22 ? pastDue.plusDays(1 + random.nextInt(10)) : pastDue.minusDays(random.nextInt(12));
                completeWith(a, play(random, member, past, moment(random, played), 0.7));
                counts[0]++;
            }
            assignments.save(a);
            counts[1]++;
        }
        TrainingModule current = suited.get(suited.size() > 1 ? 1 : 0);
        for (StaffRef member : members) {
            TrainingAssignment a = new TrainingAssignment(member.id(), current.id(), end.plusDays(4), supervisor,
                    moment(random, end.minusDays(5)));
            if (random.nextDouble() < 0.33) {
                completeWith(a, play(random, member, current, moment(random, end.minusDays(random.nextInt(4))), 0.7));
                counts[0]++;
            }
            assignments.save(a);
            counts[1]++;
        }
    }

    private static void completeWith(TrainingAssignment assignment, TrainingAttempt attempt) {
        if (attempt.isCompleted()) {
            assignment.attempted(attempt.getId(), Boolean.TRUE.equals(attempt.getPassed()), attempt.getTotalScore(),
                    attempt.getFinishedAt());
        }
    }

    private TrainingAttempt play(Random random, StaffRef member, TrainingModule module, Instant start, double skill) {
        TrainingAttempt attempt = new TrainingAttempt(member.id(), module, start);
        List<Choice> path = new ArrayList<>();
        Step step = module.step(module.start());
        while (!step.isEnding() && path.size() < module.steps().size()) {
            int reply = random.nextDouble() < skill ? step.betterReplyIndex() : random.nextInt(step.replies().size());
            path.add(new Choice(step.id(), reply));
            step = module.step(step.replies().get(reply).next());
        }
        if (step.isEnding()) {
            attempt.finish(start.plus(Duration.ofSeconds(120 + random.nextInt(420))), AttemptPaths.write(path), step.id(),
                    step.end(), ModuleScoring.score(module, path));
        }
        return attempts.save(attempt);
    }

    private Instant moment(Random random, LocalDate day) {
        return day.atTime(8 + random.nextInt(12), random.nextInt(60)).atZone(time.zone()).toInstant();
    }
}
