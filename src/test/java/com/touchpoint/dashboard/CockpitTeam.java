package com.touchpoint.dashboard;

import com.touchpoint.MutableClock;
import com.touchpoint.coaching.ActionOwner;
import com.touchpoint.coaching.ActionRequest;
import com.touchpoint.coaching.CoachingActions;
import com.touchpoint.coaching.CoachingSessions;
import com.touchpoint.coaching.SessionRequest;
import com.touchpoint.coaching.SessionType;
import com.touchpoint.emotion.CheckInRequest;
import com.touchpoint.emotion.CheckIns;
import com.touchpoint.emotion.Moment;
import com.touchpoint.emotion.MoodConsent;
import com.touchpoint.recognition.KudosGiving;
import com.touchpoint.recognition.KudosRequest;
import com.touchpoint.satisfaction.CallbackFixtures;
import com.touchpoint.satisfaction.CallbackIntake;
import com.touchpoint.satisfaction.CallbackRecord;
import com.touchpoint.shared.OperatorTime;
import com.touchpoint.staff.OrgStructure;
import com.touchpoint.staff.StaffDirectory;
import com.touchpoint.staff.TestAccess;
import com.touchpoint.staff.TestStaff;
import com.touchpoint.staff.TestTeams;
import com.touchpoint.staff.UserAccounts;
import com.touchpoint.training.TrainingAssignments;
import com.touchpoint.training.TrainingCatalog;
import org.springframework.context.ApplicationContext;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static com.touchpoint.satisfaction.CallbackFixtures.answers;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A team of four field engineers of its own, with last month as "this month" (the clock stands on its 18th):
 * <ul>
 * <li>{@code strong}: good callbacks this month and the month before, a session held on the 5th with an action
 * due on the 6th (overdue now); gives {@code weak} 20 kudos points;</li>
 * <li>{@code weak}: poor callbacks both months, receives kudos from {@code strong} and {@code quiet}, shares their
 * check-ins with the supervisor and has four low-mood check-ins (a LOW_MOOD strain signal);</li>
 * <li>{@code quiet}: no callbacks, training due on the 16th (overdue now), a session coming up on the 20th, and the
 * same low-mood check-ins as {@code weak} but NOT shared;</li>
 * <li>{@code fresh}: a few good callbacks this month only.</li>
 * </ul>
 * And a second team of the same branch with its own callbacks, whose people must never show up.
 */
public final class CockpitTeam {

    public final TestTeams.Team team;
    public final TestTeams.Team otherTeam;
    public final YearMonth month;
    public final TestStaff.Member strong;
    public final TestStaff.Member weak;
    public final TestStaff.Member quiet;
    public final TestStaff.Member fresh;
    public final long upcomingSession;

    private final MutableClock clock;
    private final OperatorTime time;

    private CockpitTeam(ApplicationContext context) {
        clock = context.getBean(MutableClock.class);
        time = context.getBean(OperatorTime.class);
        var org = context.getBean(OrgStructure.class);
        var directory = context.getBean(StaffDirectory.class);
        var accounts = context.getBean(UserAccounts.class);
        month = YearMonth.now(time.zone()).minusMonths(1);
        team = TestTeams.newTeam(org, directory, accounts, "WEST", "FIELD_ENGINEER", 4);
        otherTeam = TestTeams.newTeam(org, directory, accounts, "WEST", "FIELD_ENGINEER", 2);
        strong = team.members().get(0);
        weak = team.members().get(1);
        quiet = team.members().get(2);
        fresh = team.members().get(3);
        try {
            var sessions = context.getBean(CoachingSessions.class);
            var actions = context.getBean(CoachingActions.class);
            at(5, 10);
            long held = team.asSupervisor(() -> sessions.schedule(new SessionRequest(strong.staffId(),
                    month.atDay(5).atTime(10, 0), SessionType.REGULAR, List.of("PROMISE")))).id();
            team.asSupervisor(() -> actions.add(held, new ActionRequest(ActionOwner.STAFF, "练习承诺管理",
                    month.atDay(6), "PROMISE", null)));
            team.asSupervisor(() -> sessions.hold(held));

            var checkIns = context.getBean(CheckIns.class);
            for (int day : new int[]{10, 11}) {
                at(day, 9);
                for (TestStaff.Member m : List.of(weak, quiet)) {
                    for (Moment moment : Moment.values()) {
                        m.act(() -> checkIns.save(new CheckInRequest(m.staffId(), month.atDay(day), moment, 1, 5,
                                Set.of(), "不想让班组长看到")));
                    }
                }
            }

            at(15, 10);
            List<CallbackRecord> records = new ArrayList<>();
            for (YearMonth m : List.of(month, month.minusMonths(1))) {
                for (int day = 2; day <= 4; day++) {
                    records.add(good(strong, m.atDay(day)));
                    records.add(good(strong, m.atDay(day + 3)));
                    records.add(poor(weak, m.atDay(day)));
                    records.add(poor(weak, m.atDay(day + 3)));
                }
            }
            records.add(good(fresh, month.atDay(8)));
            records.add(poor(fresh, month.atDay(9)));
            for (TestStaff.Member other : otherTeam.members()) {
                records.add(poor(other, month.atDay(3)));
                records.add(good(other, month.atDay(4)));
            }
            var result = CallbackFixtures.ingestAsQuality(context.getBean(CallbackIntake.class), records);
            assertThat(result.rejected()).as("rejected test callbacks").isEmpty();

            var kudos = context.getBean(KudosGiving.class);
            strong.act(() -> kudos.give(new KudosRequest(weak.staffId(), "TEAMWORK", "谢谢帮忙", 20)));
            quiet.act(() -> kudos.give(new KudosRequest(weak.staffId(), "PROFESSIONAL", "很专业", 10)));
            String module = TestAccess.asAdmin(() -> context.getBean(TrainingCatalog.class).modules()).get(0).id();
            team.asSupervisor(() -> context.getBean(TrainingAssignments.class)
                    .assign(module, List.of(quiet.staffId()), month.atDay(16)));
            upcomingSession = team.asSupervisor(() -> sessions.schedule(new SessionRequest(quiet.staffId(),
                    month.atDay(20).atTime(14, 30), SessionType.CHECK_IN, List.of()))).id();
            weak.act(() -> context.getBean(MoodConsent.class).setMine(true));
        } finally {
            clock.reset();
        }
    }

    public static CockpitTeam create(ApplicationContext context) {
        return new CockpitTeam(context);
    }

    /** Puts the clock on the 18th of the team's month, where every test reads the cockpit. */
    public void standOnThe18th() {
        at(18, 12);
    }

    public void resetClock() {
        clock.reset();
    }

    public LocalDate today() {
        return month.atDay(18);
    }

    private void at(int day, int hour) {
        Instant instant = LocalDateTime.of(month.atDay(day), java.time.LocalTime.of(hour, 0)).atZone(time.zone())
                .toInstant();
        clock.set(instant);
    }

    private static CallbackRecord good(TestStaff.Member m, LocalDate day) {
        return CallbackFixtures.completed(m.employeeNo(), day.toString(), day.plusDays(1).toString(),
                answers("ATTITUDE", 5, "EFFICIENCY", 5, "PROMISE", 5, "RESOLUTION", 4, "OVERALL", 10));
    }

    private static CallbackRecord poor(TestStaff.Member m, LocalDate day) {
        return CallbackFixtures.completed(m.employeeNo(), day.toString(), day.plusDays(1).toString(),
                answers("ATTITUDE", 3, "EFFICIENCY", 2, "PROMISE", 1, "RESOLUTION", 2, "OVERALL", 4));
    }
}
