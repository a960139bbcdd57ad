package com.touchpoint.coaching;

import com.touchpoint.staff.TestAccess;

import java.time.LocalDateTime;
import java.util.List;
import java.util.function.Supplier;

/** Who acts in the coaching tests: the demo supervisors of T-WEST-1 and T-WEST-2, HR and QUALITY. */
final class CoachingFixtures {

    private CoachingFixtures() {
    }

    static <T> T asSupervisor1(Supplier<T> action) {
        return TestAccess.as("supervisor1", action, "ROLE_SUPERVISOR", "ROLE_STAFF");
    }

    static <T> T asSupervisor2(Supplier<T> action) {
        return TestAccess.as("supervisor2", action, "ROLE_SUPERVISOR", "ROLE_STAFF");
    }

    static <T> T asHr(Supplier<T> action) {
        return TestAccess.as("hr1", action, "ROLE_HR");
    }

    static <T> T asQuality(Supplier<T> action) {
        return TestAccess.as("quality1", action, "ROLE_QUALITY");
    }

    static SessionRequest request(long staffId, LocalDateTime at, String... focus) {
        return new SessionRequest(staffId, at, SessionType.REGULAR, List.of(focus));
    }
}
