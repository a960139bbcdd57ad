package com.touchpoint.training;

import java.util.List;

/**
 * A step of a scenario: either a decision (the customer speaks, 2–4 replies) or an ending
 * ({@code end} and {@code debrief} set, no replies).
 */
public record Step(String id, Mood mood, LocalizedText customer, List<Reply> replies, Ending end, LocalizedText debrief) {

    public Step {
        replies = List.copyOf(replies);
    }

    public boolean isEnding() {
        return end != null;
    }

    /** The reply with the largest sum of effects, the first one on a tie. */
    public int betterReplyIndex() {
        int best = 0;
        for (int i = 1; i < replies.size(); i++) {
            if (replies.get(i).effectSum() > replies.get(best).effectSum()) {
                best = i;
            }
        }
        return best;
    }
}
