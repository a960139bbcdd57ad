package com.touchpoint.training;

import com.touchpoint.staff.StaffDirectory;
import com.touchpoint.staff.TestStaff;
import com.touchpoint.staff.UserAccounts;

import java.util.List;

/** Fresh staff members with accounts, so that training tests start from an empty history. */
final class Trainees {

    private Trainees() {
    }

    static TestStaff.Member newTrainee(StaffDirectory directory, UserAccounts accounts, String post, String teamCode) {
        return TestStaff.newMember(directory, accounts, post, teamCode);
    }

    /** Plays a module to an ending, always taking the given reply where it exists (else the first). */
    static ScenarioRun playThrough(ScenarioRun run, int preferredReply) {
        while (!run.ended()) {
            int replies = run.currentStep().replies().size();
            run.choose(preferredReply < replies ? preferredReply : 0);
        }
        return run;
    }

    /** Plays a module to an ending taking the reply with the lowest effect sum each time: a fail. */
    static ScenarioRun playWorst(ScenarioRun run) {
        while (!run.ended()) {
            List<Reply> replies = run.currentStep().replies();
            int worst = 0;
            for (int i = 1; i < replies.size(); i++) {
                if (replies.get(i).effectSum() < replies.get(worst).effectSum()) {
                    worst = i;
                }
            }
            run.choose(worst);
        }
        return run;
    }

    /** Plays a module to an ending along its best replies: a pass with full marks. */
    static ScenarioRun playBest(ScenarioRun run) {
        while (!run.ended()) {
            run.choose(run.currentStep().betterReplyIndex());
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
