package com.touchpoint.dashboard;

import com.touchpoint.MutableClock;
import com.touchpoint.coaching.ActionOwner;
import com.touchpoint.coaching.ActionRequest;
import com.touchpoint.coaching.CoachingActions;
import com.touchpoint.coaching.CoachingSessions;
import com.touchpoint.coaching.SessionRequest;
import com.touchpoint.coaching.SessionType;
import com.touchpoint.recognition.KudosGiving;
import com.touchpoint.recognition.KudosRequest;
import com.touchpoint.satisfaction.CallbackIntake;
import com.touchpoint.satisfaction.CallbackRecord;
import com.touchpoint.staff.OrgStructure;
import com.touchpoint.staff.StaffDirectory;
import com.touchpoint.staff.TestAccess;
import com.touchpoint.staff.TestStaff;
import com.touchpoint.staff.TestTeams;
import com.touchpoint.staff.UserAccounts;
import com.touchpoint.training.TrainingAssignments;
import org.springframework.context.ApplicationContext;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A field engineer of a new team with something on every card of the staff home, made as the features make it:
 * callbacks through the intake, training assigned and a session held by the team's supervisor, kudos given by a
 * colleague. {@code rows} sets how many of each (assignments, actions, sessions, kudos, comments), so that a query
 * budget can compare a sparse home with a full one. Time is fixed: set-up on {@link #SETUP}, reading on {@link #READ}.
 */
public final class StaffHomeData {

    /** 10:00 in Shanghai on 18 November 2026: training is assigned and a session held. */
    public static final Instant SETUP = Instant.parse("2026-11-18T02:00:00Z");
    /** 10:00 in Shanghai on 24 November 2026: the home is read. */
    public static final Instant READ = Instant.parse("2026-11-24T02:00:00Z");
    public static final LocalDate TODAY = LocalDate.of(2026, 11, 24);
    public static final YearMonth MONTH = YearMonth.of(2026, 11);
    public static final LocalDate OVERDUE_ON = LocalDate.of(2026, 11, 20);
    public static final LocalDate DUE_SOON_ON = LocalDate.of(2026, 11, 27);
    public static final LocalDate DUE_LATER_ON = LocalDate.of(2026, 12, 20);
    public static final List<String> OVERDUE = List.of("dropped-calls-coverage", "chatbot-handover", "billing-dispute-angry",
            "elderly-data-plan");
    public static final List<String> DUE_SOON = List.of("mood-reset-between-customers", "device-upgrade-contract",
            "key-account-special-treatment", "misleading-advertisement");
    public static final String DUE_LATER = "composure-after-abusive-call";
    public static final int KUDOS_POINTS = 10;
    public static final int GIVEN_POINTS = 15;

    public record Home(TestTeams.Team team, TestStaff.Member member, TestStaff.Member colleague, long heldSession,
                long nextSession) {
    }

    private StaffHomeData() {
    }

    /** A home with {@code rows} (1 to 4) of each kind of entry. The clock is left on {@link #READ}. */
    public static Home build(ApplicationContext context, MutableClock clock, int rows) {
        var team = TestTeams.newTeam(context.getBean(OrgStructure.class), context.getBean(StaffDirectory.class),
                context.getBean(UserAccounts.class), "WEST", "FIELD_ENGINEER", 2);
        var member = team.members().get(0);
        var colleague = team.members().get(1);
        var assignments = context.getBean(TrainingAssignments.class);
        var sessions = context.getBean(CoachingSessions.class);
        var actions = context.getBean(CoachingActions.class);
        clock.set(SETUP);
        for (int i = 0; i < rows; i++) {
            String overdue = OVERDUE.get(i);
            String dueSoon = DUE_SOON.get(i);
            team.asSupervisor(() -> assignments.assign(overdue, List.of(member.staffId()), OVERDUE_ON));
            team.asSupervisor(() -> assignments.assign(dueSoon, List.of(member.staffId()), DUE_SOON_ON));
        }
        team.asSupervisor(() -> assignments.assign(DUE_LATER, List.of(member.staffId()), DUE_LATER_ON));
        long held = team.asSupervisor(() -> sessions.schedule(new SessionRequest(member.staffId(),
                LocalDateTime.of(2026, 11, 18, 9, 0), SessionType.REGULAR, List.of("PROMISE")))).id();
        for (int i = 0; i < rows; i++) {
            int n = i;
            team.asSupervisor(() -> actions.add(held, new ActionRequest(ActionOwner.STAFF, "按时回电 " + n, OVERDUE_ON,
                    "PROMISE", null)));
            team.asSupervisor(() -> actions.add(held, new ActionRequest(ActionOwner.STAFF, "复盘承诺 " + n,
                    LocalDate.of(2026, 11, 30), "INDEX", null)));
        }
        team.asSupervisor(() -> sessions.hold(held));

        clock.set(READ);
        long next = team.asSupervisor(() -> sessions.schedule(new SessionRequest(member.staffId(),
                LocalDateTime.of(2026, 11, 26, 10, 0), SessionType.REGULAR, List.of()))).id();
        for (int i = 1; i < rows; i++) {
            int days = i;
            team.asSupervisor(() -> sessions.schedule(new SessionRequest(member.staffId(),
                    LocalDateTime.of(2026, 11, 26, 10, 0).plusDays(days * 3L), SessionType.CHECK_IN, List.of())));
        }
        ingest(context, member.employeeNo(), rows);
        var kudos = context.getBean(KudosGiving.class);
        for (int i = 0; i < rows; i++) {
            int n = i;
            colleague.act(() -> kudos.give(new KudosRequest(member.staffId(), "TEAMWORK", "谢谢帮忙 " + n, KUDOS_POINTS)));
        }
        member.act(() -> kudos.give(new KudosRequest(colleague.staffId(), "TEAMWORK", "一起加油", GIVEN_POINTS)));
        return new Home(team, member, colleague, held, next);
    }

    /**
     * Five months of callbacks before November and, in November, 10 + 5·rows of them with promises kept badly
     * (the weakest item), every second one with a comment, and the two newest without one.
     */
    private static void ingest(ApplicationContext context, String employeeNo, int rows) {
        List<CallbackRecord> records = new ArrayList<>();
        for (int m = 1; m <= 5; m++) {
            LocalDate day = MONTH.minusMonths(m).atDay(10);
            for (int i = 0; i < 3; i++) {
                records.add(callback(employeeNo, day.plusDays(i), 4, i == 0 ? "上门很准时" : null));
            }
        }
        int november = 10 + 5 * rows;
        for (int i = 0; i < november; i++) {
            LocalDate day = LocalDate.of(2026, 11, 1).plusDays(i % 20);
            records.add(callback(employeeNo, day, 2, i % 2 == 0 ? "说好下午来，晚了两小时 " + i : null));
        }
        records.add(callback(employeeNo, LocalDate.of(2026, 11, 22), 3, null));
        records.add(callback(employeeNo, LocalDate.of(2026, 11, 22), 3, ""));
        TestAccess.as("quality1", () -> context.getBean(CallbackIntake.class).ingest(records), "ROLE_QUALITY");
    }

    private static CallbackRecord callback(String employeeNo, LocalDate serviceDay, int promise, String comment) {
        Map<String, Integer> answers = new LinkedHashMap<>();
        answers.put("ATTITUDE", 5);
        answers.put("EFFICIENCY", 4);
        answers.put("PROFESSIONAL", 5);
        answers.put("PROMISE", promise);
        answers.put("RESOLUTION", 5);
        answers.put("OVERALL", promise >= 4 ? 9 : 7);
        return new CallbackRecord("SH-" + UUID.randomUUID(), employeeNo, serviceDay.toString(),
                serviceDay.plusDays(1).toString(), "REPAIR", "ONSITE", "MASS", "COMPLETED", "STANDARD-2026", answers,
                false, comment);
    }
}
