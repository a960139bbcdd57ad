package com.touchpoint.dashboard;

import com.touchpoint.QueryCounter;
import com.touchpoint.TouchpointTest;
import com.touchpoint.coaching.CoachingSessions;
import com.touchpoint.coaching.SessionRequest;
import com.touchpoint.coaching.SessionType;
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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static com.touchpoint.satisfaction.CallbackFixtures.answers;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Building the cockpit costs a fixed number of database statements, whatever the size of the team: teams of 5 and
 * 30 members, each member with callbacks, an open assignment, kudos received and a held session, and one member of
 * each team sharing their check-ins (whose own mood reads are the only per-person cost, the same in both teams).
 */
@TouchpointTest
class CockpitQueryBudgetTests {

    /**
     * Indicators of 6 months read at once (members and two rollups; the post levels are kept), assignments, kudos
     * with names, sessions,
     * open actions, team climate, the candidates' own reads, the sharing member's mood, and the access checks.
     */
    static final int BUDGET = 82;
    private static final Logger log = LoggerFactory.getLogger(CockpitQueryBudgetTests.class);

    @Autowired
    TeamCockpit cockpits;
    @Autowired
    OrgStructure org;
    @Autowired
    StaffDirectory directory;
    @Autowired
    UserAccounts accounts;
    @Autowired
    CallbackIntake intake;
    @Autowired
    TrainingAssignments training;
    @Autowired
    TrainingCatalog catalog;
    @Autowired
    KudosGiving kudos;
    @Autowired
    CoachingSessions sessions;
    @Autowired
    MoodConsent consent;
    @Autowired
    OperatorTime time;

    static TestTeams.Team small;
    static TestTeams.Team large;

    @BeforeEach
    void createTeams() {
        if (small == null) {
            small = team(5);
            large = team(30);
        }
    }

    private TestTeams.Team team(int size) {
        TestTeams.Team team = TestTeams.newTeam(org, directory, accounts, "NORTH", "FIELD_ENGINEER", size);
        LocalDate today = time.today();
        List<CallbackRecord> records = new ArrayList<>();
        for (TestStaff.Member m : team.members()) {
            for (LocalDate day : List.of(today.minusDays(1), today.minusDays(40), today.minusDays(70))) {
                records.add(CallbackFixtures.completed(m.employeeNo(), day.toString(), day.toString(),
                        answers("ATTITUDE", 4, "EFFICIENCY", 3, "PROMISE", 5, "OVERALL", 8)));
            }
        }
        CallbackFixtures.ingestAsQuality(intake, records);
        String module = TestAccess.asAdmin(() -> catalog.modules()).get(0).id();
        team.asSupervisor(() -> training.assign(module, team.memberIds(), today.plusDays(5)));
        for (int i = 0; i < size; i++) {
            TestStaff.Member giver = team.members().get(i);
            TestStaff.Member receiver = team.members().get((i + 1) % size);
            giver.act(() -> kudos.give(new KudosRequest(receiver.staffId(), "TEAMWORK", "谢谢", 10)));
            long session = team.asSupervisor(() -> sessions.schedule(new SessionRequest(receiver.staffId(),
                    LocalDateTime.of(today, java.time.LocalTime.MIDNIGHT), SessionType.REGULAR, List.of()))).id();
            team.asSupervisor(() -> sessions.hold(session));
        }
        team.members().get(0).act(() -> consent.setMine(true));
        return team;
    }

    /** Statements of one warm call, after a first call that fills the caches; the median time of five is logged. */
    private int statements(TestTeams.Team team) {
        Runnable call = () -> team.asSupervisor(() -> cockpits.of(team.id()));
        call.run();
        int count = QueryCounter.warmOnThisThread(call);
        double[] times = new double[5];
        for (int i = 0; i < times.length; i++) {
            long start = System.nanoTime();
            call.run();
            times[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(times);
        log.info("cockpit of {} members: {} statements, median {} ms", team.members().size(), count, times[2]);
        return count;
    }

    @Test
    void the_cockpit_costs_the_same_for_five_and_thirty_members() {
        int five = statements(small);
        int thirty = statements(large);
        assertThat(thirty).isEqualTo(five).isLessThanOrEqualTo(BUDGET);
    }

    @Test
    void inside_a_web_request_the_access_checks_read_the_account_once() {
        int outside = statements(large);
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(new MockHttpServletRequest()));
        try {
            int inside = statements(large);
            log.info("cockpit of 30 members: {} statements outside a web request, {} inside one", outside, inside);
            assertThat(inside).isLessThan(outside);
        } finally {
            RequestContextHolder.resetRequestAttributes();
        }
    }

    @Test
    void finding_the_supervisors_teams_costs_the_same_whatever_the_number_of_teams() {
        Runnable call = () -> assertThat(small.asSupervisor(() -> cockpits.myTeams())).extracting(t -> t.id())
                .containsExactly(small.id());
        call.run();
        int before = QueryCounter.warmOnThisThread(call);
        TestTeams.newTeam(org, directory, accounts, "NORTH", "FIELD_ENGINEER", 1);
        TestTeams.newTeam(org, directory, accounts, "NORTH", "FIELD_ENGINEER", 1);
        int after = QueryCounter.warmOnThisThread(call);
        log.info("the supervisor's teams: {} statements, then {} with two more teams", before, after);
        assertThat(after).isEqualTo(before);
    }
}
