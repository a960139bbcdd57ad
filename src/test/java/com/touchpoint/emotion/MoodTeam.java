package com.touchpoint.emotion;

import com.touchpoint.staff.OrgStructure;
import com.touchpoint.staff.OrgUnitChange;
import com.touchpoint.staff.OrgUnitKind;
import com.touchpoint.staff.Role;
import com.touchpoint.staff.StaffDirectory;
import com.touchpoint.staff.TestAccess;
import com.touchpoint.staff.TestStaff;
import com.touchpoint.staff.UserAccountChange;
import com.touchpoint.staff.UserAccounts;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;

/** A new team of its own for a test: members with accounts and a supervisor who is not one of them. */
record MoodTeam(long teamId, String teamCode, List<TestStaff.Member> members, String supervisor) {

    static MoodTeam create(OrgStructure org, StaffDirectory directory, UserAccounts accounts, int size) {
        String code = "T-MOOD-" + ThreadLocalRandom.current().nextInt(100_000, 999_999);
        long teamId = TestAccess.asAdmin(() -> org.save(new OrgUnitChange(code, "情绪测试班" + code, OrgUnitKind.TEAM,
                "BR-WEST"))).id();
        List<TestStaff.Member> members = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            members.add(TestStaff.newMember(directory, accounts, "SHOP_SALES", code, "组员" + i));
        }
        String supervisor = "moodlead" + ThreadLocalRandom.current().nextInt(1_000_000, 9_999_999);
        TestAccess.asAdmin(() -> accounts.create(new UserAccountChange(supervisor, "班组长", "Lead#2026x", null,
                Set.of(Role.SUPERVISOR), Set.of(teamId), true)));
        return new MoodTeam(teamId, code, members, supervisor);
    }

    TestStaff.Member member(int i) {
        return members.get(i);
    }

    <T> T asSupervisor(Supplier<T> action) {
        return TestAccess.as(supervisor, action, "ROLE_SUPERVISOR");
    }
}
