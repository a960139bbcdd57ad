package com.touchpoint.staff;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

import static org.assertj.core.api.Assertions.assertThat;

/** The team pickers offer only the teams whose people the signed-in user may see. */
@com.touchpoint.TouchpointTest
class TeamsVisibleTests {

    @Autowired
    OrgStructure org;
    @Autowired
    StaffDirectory directory;
    @Autowired
    UserAccounts accounts;

    @Test
    @WithUserDetails("staff1")
    void a_staff_member_sees_no_team_to_pick() {
        assertThat(org.teamsVisibleToCurrentUser()).isEmpty();
    }

    @Test
    @WithUserDetails("supervisor1")
    void a_supervisor_sees_only_the_team_they_supervise() {
        assertThat(org.teamsVisibleToCurrentUser()).extracting(OrgUnitDetails::code).containsExactly("T-WEST-1");
    }

    @Test
    @WithUserDetails("quality1")
    void the_quality_team_sees_every_team() {
        TestTeams.Team made = TestTeams.newTeam(org, directory, accounts, "NORTH", "SHOP_SALES", 0);
        var all = org.teams();
        assertThat(all).extracting(OrgUnitDetails::id).contains(made.id());
        assertThat(org.teamsVisibleToCurrentUser()).containsExactlyElementsOf(all);
    }
}
