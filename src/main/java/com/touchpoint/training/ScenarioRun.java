package com.touchpoint.training;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A module being played: the step the customer is at and the replies chosen so far. Lives in the player
 * on the server and holds its own copy of the module, so a content reload mid-play changes nothing.
 */
public final class ScenarioRun {

    private final long attemptId;
    private final long staffId;
    private final TrainingModule module;
    private final Instant startedAt;
    private final List<Choice> path = new ArrayList<>();
    private String current;

    ScenarioRun(long attemptId, long staffId, TrainingModule module, Instant startedAt) {
        this.attemptId = attemptId;
        this.staffId = staffId;
        this.module = module;
        this.startedAt = startedAt;
        this.current = module.start();
    }

    /** What a reply did: its feedback and the customer's mood come from the reply, and where the talk goes next. */
    public record ReplyOutcome(Reply reply, boolean bestReply, Step next) {
    }

    public ReplyOutcome choose(int replyIndex) {
        Step step = currentStep();
        if (step.isEnding()) {
            throw new IllegalStateException("The scenario has ended");
        }
        if (replyIndex < 0 || replyIndex >= step.replies().size()) {
            throw new IllegalArgumentException("Step " + step.id() + " has no reply " + replyIndex);
        }
        Reply reply = step.replies().get(replyIndex);
        path.add(new Choice(step.id(), replyIndex));
        current = reply.next();
        return new ReplyOutcome(reply, replyIndex == step.betterReplyIndex(), currentStep());
    }

    public Step currentStep() {
        return module.step(current);
    }

    public boolean ended() {
        return currentStep().isEnding();
    }

    public long attemptId() {
        return attemptId;
    }

    public long staffId() {
        return staffId;
    }

    public TrainingModule module() {
        return module;
    }

    public Instant startedAt() {
        return startedAt;
    }

    public List<Choice> path() {
        return List.copyOf(path);
    }
}
