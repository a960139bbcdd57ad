package com.touchpoint.staff;

import com.touchpoint.QueryCounter;
import com.touchpoint.TouchpointTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import static org.assertj.core.api.Assertions.assertThat;

/** The account's staff link and teams are read once per web request and user, and never shared between users. */
@TouchpointTest
class CurrentUserTests {

    @Autowired
    CurrentUser user;
    @Autowired
    OrgStructure org;
    @Autowired
    StaffDirectory directory;
    @Autowired
    UserAccounts accounts;

    @AfterEach
    void endRequest() {
        RequestContextHolder.resetRequestAttributes();
    }

    private static void startRequest() {
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(new MockHttpServletRequest()));
    }

    @Test
    void within_a_web_request_the_account_is_read_once() {
        TestTeams.Team team = TestTeams.newTeam(org, directory, accounts, "NORTH", "SHOP_SALES", 1);
        startRequest();
        int first = QueryCounter.onThisThread(() -> assertThat(team.asSupervisor(() -> user.supervisedTeamIds()))
                .containsExactly(team.id()));
        int again = QueryCounter.onThisThread(() -> assertThat(team.asSupervisor(() -> user.supervisedTeamIds()))
                .containsExactly(team.id()));
        assertThat(first).as("the first check reads the account").isPositive();
        assertThat(again).as("later checks in the same request").isZero();
    }

    @Test
    void two_users_in_one_request_each_get_their_own_teams() {
        TestTeams.Team one = TestTeams.newTeam(org, directory, accounts, "NORTH", "SHOP_SALES", 1);
        TestTeams.Team other = TestTeams.newTeam(org, directory, accounts, "NORTH", "SHOP_SALES", 1);
        TestStaff.Member member = one.members().get(0);
        startRequest();
        assertThat(one.asSupervisor(() -> user.supervisedTeamIds())).containsExactly(one.id());
        assertThat(other.asSupervisor(() -> user.supervisedTeamIds())).containsExactly(other.id());
        assertThat(member.act(() -> user.staffId())).contains(member.staffId());
        assertThat(member.act(() -> user.supervisedTeamIds())).as("not a supervisor").isEmpty();
        assertThat(one.asSupervisor(() -> user.staffId())).isEmpty();
    }

    @Test
    void outside_a_web_request_every_check_reads_the_account_so_jobs_see_changes_at_once() {
        TestTeams.Team team = TestTeams.newTeam(org, directory, accounts, "NORTH", "SHOP_SALES", 1);
        team.asSupervisor(() -> user.supervisedTeamIds());
        int again = QueryCounter.onThisThread(() -> team.asSupervisor(() -> user.supervisedTeamIds()));
        assertThat(again).isPositive();
    }
}
