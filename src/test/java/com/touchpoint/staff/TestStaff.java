package com.touchpoint.staff;

import java.time.LocalDate;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;

/** New staff members with accounts, so that tests start from an empty history. */
public final class TestStaff {

    /** A staff member with an account that signs in with the STAFF role. */
    public record Member(long staffId, String employeeNo, String name, String username) {

        public <T> T act(Supplier<T> action) {
            return TestAccess.as(username, action, "ROLE_STAFF");
        }
    }

    private TestStaff() {
    }

    public static Member newMember(StaffDirectory directory, UserAccounts accounts, String post, String teamCode) {
        return newMember(directory, accounts, post, teamCode, "测试员工");
    }

    public static Member newMember(StaffDirectory directory, UserAccounts accounts, String post, String teamCode,
                                   String name) {
        String employeeNo = "T" + ThreadLocalRandom.current().nextInt(10_000_000, 99_999_999);
        StaffDetails saved = TestAccess.asAdmin(() -> directory.save(new StaffChange(employeeNo, name, post, teamCode,
                LocalDate.of(2020, 1, 1), true)));
        String username = "member" + ThreadLocalRandom.current().nextInt(1_000_000, 9_999_999);
        TestAccess.asAdmin(() -> accounts.create(new UserAccountChange(username, name, "Member#2026", saved.id(),
                Set.of(Role.STAFF), Set.of(), true)));
        return new Member(saved.id(), employeeNo, name, username);
    }
}
