package com.touchpoint.staff;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Row-level access at the service layer, with the demo organisation's accounts. */
@com.touchpoint.TouchpointTest
class AccessPolicyTests {

    @Autowired
    StaffDirectory directory;
    @Autowired
    OrgStructure org;
    @Autowired
    UserAccounts accounts;

    long staffId(String employeeNo) {
        return TestAccess.asAdmin(() -> directory.byEmployeeNo(employeeNo).id());
    }

    long teamId(String code) {
        return TestAccess.asAdmin(() -> org.unit(code).orElseThrow().id());
    }

    @Test
    @WithUserDetails("staff1")
    void a_staff_member_sees_their_own_record() {
        assertThat(directory.byEmployeeNo("E10004").name()).isNotBlank();
    }

    @Test
    @WithUserDetails("staff1")
    void a_staff_member_cannot_read_a_colleague() {
        long colleague = staffId("E10005");
        assertThatThrownBy(() -> directory.find(colleague)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> directory.byEmployeeNo("E10005")).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithUserDetails("staff1")
    void a_staff_members_list_contains_only_themselves() {
        List<StaffDetails> visible = directory.search(StaffFilter.none(), PageRequest.of(0, 50)).getContent();
        assertThat(visible).extracting(StaffDetails::employeeNo).containsExactly("E10004");
    }

    @Test
    void a_supervisor_sees_the_staff_of_their_team() {
        TestTeams.Team team = TestTeams.newTeam(org, directory, accounts, "WEST", "SHOP_SALES", 3);
        List<StaffDetails> visible = team.asSupervisor(
                () -> directory.search(StaffFilter.none(), PageRequest.of(0, 50)).getContent());
        assertThat(visible).extracting(StaffDetails::id).containsExactlyInAnyOrderElementsOf(team.memberIds());
        assertThat(visible).allMatch(s -> s.teamCode().equals(team.code()));
        assertThat(team.asSupervisor(() -> directory.find(team.memberIds().get(0)))).isPresent();
    }

    @Test
    @WithUserDetails("supervisor1")
    void a_supervisor_cannot_read_staff_or_members_of_another_team() {
        long otherTeamMember = staffId("E10044");
        long otherTeam = teamId("T-EAST-1");
        assertThatThrownBy(() -> directory.find(otherTeamMember)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> directory.teamMembers(otherTeam)).isInstanceOf(AccessDeniedException.class);
        assertThat(directory.search(new StaffFilter("", otherTeam, null, null), PageRequest.of(0, 50))).isEmpty();
    }

    @Test
    @WithUserDetails("supervisor1")
    void a_supervisor_cannot_change_the_directory() {
        var change = new StaffChange("E10004", "改名", "SHOP_SALES", "T-WEST-1", java.time.LocalDate.of(2020, 1, 1), true);
        assertThatThrownBy(() -> directory.save(change)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithUserDetails("quality1")
    void quality_sees_everyone_but_cannot_change_the_directory() {
        TestTeams.Team east = TestTeams.newTeam(org, directory, accounts, "EAST", "SHOP_SALES", 2);
        assertThat(directory.count(StaffFilter.none()))
                .isEqualTo(TestAccess.asAdmin(() -> directory.count(StaffFilter.none())));
        assertThat(directory.find(east.memberIds().get(0))).isPresent();
        var change = new StaffChange("E10004", "改名", "SHOP_SALES", "T-WEST-1", java.time.LocalDate.of(2020, 1, 1), true);
        assertThatThrownBy(() -> directory.save(change)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithUserDetails("hr1")
    void hr_sees_every_team() {
        TestTeams.Team east = TestTeams.newTeam(org, directory, accounts, "EAST", "SHOP_SALES", 3);
        assertThat(directory.teamMembers(east.id())).extracting(StaffDetails::id)
                .containsExactlyInAnyOrderElementsOf(east.memberIds());
    }
}
