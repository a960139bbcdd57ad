package com.touchpoint.staff;

import com.touchpoint.TouchpointTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@TouchpointTest
class StaffDirectoryAccessTests {

    @Autowired
    com.touchpoint.staff.OrgStructure orgStructure;
    @Autowired
    StaffDirectory directory;
    @Autowired
    OrgStructure org;
    @Autowired
    UserAccounts accounts;

    private static <T> T asStaff1(java.util.function.Supplier<T> action) {
        return TestAccess.as("staff1", action, "ROLE_STAFF");
    }

    private StaffDetails member(String employeeNo) {
        return TestAccess.asAdmin(() -> directory.byEmployeeNo(employeeNo));
    }

    private long unit(String code) {
        return TestAccess.asAdmin(() -> org.unit(code)).orElseThrow().id();
    }

    @Test
    void a_staff_member_cannot_look_up_someone_of_another_branch() {
        long eastStaff = member("E10044").id();
        assertThatThrownBy(() -> asStaff1(() -> directory.ref(eastStaff))).isInstanceOf(AccessDeniedException.class);
        long ownId = member("E10004").id();
        assertThat(asStaff1(() -> directory.ref(ownId))).map(StaffRef::employeeNo).contains("E10004");
    }

    @Test
    void a_staff_member_cannot_look_up_someone_else_by_employee_number() {
        assertThatThrownBy(() -> asStaff1(() -> directory.refByEmployeeNo("E10044")))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(asStaff1(() -> directory.refByEmployeeNo("E10004"))).isPresent();
        assertThat(asStaff1(() -> directory.refByEmployeeNo("NOBODY-1"))).isEmpty();
    }

    @Test
    void a_staff_member_cannot_list_the_colleagues_of_another_branch() {
        long east = unit("BR-EAST");
        assertThatThrownBy(() -> asStaff1(() -> directory.colleagues(east))).isInstanceOf(AccessDeniedException.class);
        long eastTeam = unit("T-EAST-1");
        assertThatThrownBy(() -> asStaff1(() -> directory.colleagues(eastTeam))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void colleagues_of_the_own_branch_carry_names_but_no_employee_numbers_of_others() {
        TestTeams.Team mine = TestTeams.newTeam(org, directory, accounts, "WEST", "SHOP_SALES", 2);
        TestTeams.Team other = TestTeams.newTeam(org, directory, accounts, "WEST", "FIELD_ENGINEER", 2);
        TestTeams.Team east = TestTeams.newTeam(org, directory, accounts, "EAST", "SHOP_SALES", 1);
        TestStaff.Member me = mine.members().get(0);

        List<StaffRef> colleagues = me.act(() -> directory.colleagues(unit("BR-WEST")));

        assertThat(colleagues).extracting(StaffRef::id).containsAll(mine.memberIds()).containsAll(other.memberIds())
                .doesNotContainAnyElementsOf(east.memberIds());
        assertThat(colleagues).allMatch(c -> westTeams().contains(c.teamCode())).allMatch(c -> !c.name().isBlank());
        assertThat(colleagues).filteredOn(c -> c.id() != me.staffId())
                .extracting(StaffRef::employeeNo).containsOnly("");
        assertThat(colleagues).filteredOn(c -> c.id() == me.staffId())
                .extracting(StaffRef::employeeNo).containsExactly(me.employeeNo());
    }

    @Test
    void the_post_members_are_ids_only_for_everyone_and_names_only_for_those_who_see_everyone() {
        List<Long> ids = asStaff1(() -> directory.idsWithPost("SHOP_SALES"));
        assertThat(ids).contains(member("E10004").id(), member("E10044").id());
        assertThatThrownBy(() -> asStaff1(() -> directory.withPost("SHOP_SALES"))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> TestAccess.as("supervisor1", () -> directory.withPost("SHOP_SALES"), "ROLE_STAFF",
                "ROLE_SUPERVISOR")).isInstanceOf(AccessDeniedException.class);
        assertThat(TestAccess.as("quality1", () -> directory.withPost("SHOP_SALES"), "ROLE_QUALITY"))
                .extracting(StaffRef::employeeNo).contains("E10004", "E10044");
    }

    @Test
    void supervisors_and_quality_still_look_up_whom_they_may_see() {
        long teamMember = member("E10005").id();
        long eastStaff = member("E10044").id();
        assertThat(TestAccess.as("supervisor1", () -> directory.ref(teamMember), "ROLE_STAFF", "ROLE_SUPERVISOR"))
                .map(StaffRef::employeeNo).contains("E10005");
        assertThatThrownBy(() -> TestAccess.as("supervisor1", () -> directory.ref(eastStaff), "ROLE_STAFF",
                "ROLE_SUPERVISOR")).isInstanceOf(AccessDeniedException.class);
        assertThat(TestAccess.as("quality1", () -> directory.ref(eastStaff), "ROLE_QUALITY"))
                .map(StaffRef::employeeNo).contains("E10044");
        assertThat(TestAccess.as("quality1", () -> directory.colleagues(unit("BR-EAST")), "ROLE_QUALITY"))
                .extracting(StaffRef::employeeNo).contains("E10044");
    }

    private java.util.Set<String> westTeams() {
        return com.touchpoint.staff.TestAccess.asAdmin(() -> orgStructure.allUnits()).stream()
                .filter(u -> "BR-WEST".equals(u.parentCode())).map(com.touchpoint.staff.OrgUnitDetails::code)
                .collect(java.util.stream.Collectors.toSet());
    }
}
