package com.touchpoint.staff;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A new team of a branch with its own supervisor and members, so that tests count people they made themselves
 * instead of relying on the size of the demo teams.
 */
public final class TestTeams {

    /** The team, its supervisor (whose account supervises only this team) and its members, supervisor excluded. */
    public record Team(long id, String code, String supervisor, List<TestStaff.Member> members) {

        public List<Long> memberIds() {
            return members.stream().map(TestStaff.Member::staffId).toList();
        }

        public <T> T asSupervisor(java.util.function.Supplier<T> action) {
            return TestAccess.as(supervisor, action, "ROLE_STAFF", "ROLE_SUPERVISOR");
        }
    }

    private TestTeams() {
    }

    /** A team of the branch (e.g. "WEST" for BR-WEST, coded T-WEST-…) with this many members of the post. */
    public static Team newTeam(OrgStructure org, StaffDirectory directory, UserAccounts accounts, String branch,
                               String post, int members) {
        String code = "T-" + branch + "-X" + ThreadLocalRandom.current().nextInt(1_000_000, 9_999_999);
        long teamId = TestAccess.asAdmin(() -> org.save(new OrgUnitChange(code, "测试班组 " + code, OrgUnitKind.TEAM,
                "BR-" + branch))).id();
        String supervisor = "lead" + ThreadLocalRandom.current().nextInt(1_000_000, 9_999_999);
        TestAccess.asAdmin(() -> accounts.create(new UserAccountChange(supervisor, "测试班组长", "Lead#2026", null,
                EnumSet.of(Role.SUPERVISOR), Set.of(teamId), true)));
        List<TestStaff.Member> made = new ArrayList<>();
        for (int i = 0; i < members; i++) {
            made.add(TestStaff.newMember(directory, accounts, post, code, "组员" + (i + 1)));
        }
        return new Team(teamId, code, supervisor, List.copyOf(made));
    }
}
