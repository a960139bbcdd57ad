package com.touchpoint.training;

import com.touchpoint.satisfaction.CallbackFixtures;
import com.touchpoint.staff.Role;
import com.touchpoint.staff.StaffDirectory;
import com.touchpoint.staff.TestAccess;
import com.touchpoint.staff.UserAccountChange;
import com.touchpoint.staff.UserAccounts;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;

/** Fresh staff members with accounts, so that training tests start from an empty history. */
final class Trainees {

    record Trainee(long staffId, String employeeNo, String username) {

        <T> T act(Supplier<T> action) {
            return TestAccess.as(username, action, "ROLE_STAFF");
        }
    }

    private Trainees() {
    }

    static Trainee newTrainee(StaffDirectory directory, UserAccounts accounts, String post, String teamCode) {
        String employeeNo = CallbackFixtures.newStaff(directory, post, teamCode);
        long staffId = TestAccess.asAdmin(() -> directory.byEmployeeNo(employeeNo)).id();
        String username = "trainee" + ThreadLocalRandom.current().nextInt(1_000_000, 9_999_999);
        TestAccess.asAdmin(() -> accounts.create(new UserAccountChange(username, "学员", "Trainee#2026", staffId,
                Set.of(Role.STAFF), Set.of(), true)));
        return new Trainee(staffId, employeeNo, username);
    }

    /** Plays a module to an ending, always taking the given reply where it exists (else the first). */
    static ScenarioRun playThrough(ScenarioRun run, int preferredReply) {
        while (!run.ended()) {
            int replies = run.currentStep().replies().size();
            run.choose(preferredReply < replies ? preferredReply : 0);
        }
        return run;
    }

    static List<Choice> bestPath(TrainingModule module) {
        ScenarioRun run = new ScenarioRun(0, 0, module, java.time.Instant.EPOCH);
        while (!run.ended()) {
            run.choose(run.currentStep().betterReplyIndex());
        }
        return run.path();
    }
}
