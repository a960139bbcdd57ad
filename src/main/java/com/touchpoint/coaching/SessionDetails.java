package com.touchpoint.coaching;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;

/**
 * A session as its coach or its staff member sees it. {@code privateNotes} is null for the staff member, who
 * never reads them; {@code coachView} says which of the two is looking.
 */
public record SessionDetails(long id, long staffId, String staffName, String employeeNo, String supervisor,
                             LocalDateTime scheduledAt, SessionType type, List<String> focusItems, SessionState state,
                             String sharedNotes, String privateNotes, boolean coachView, List<Entry> agenda,
                             List<ActionView> actions, Instant heldAt, Instant acknowledgedAt, String ackComment,
                             List<Entry> addenda) {

    /** An agenda point or an addendum: text, author and when. */
    public record Entry(String text, String author, Instant at) {
    }

    public java.time.LocalDate date() {
        return scheduledAt.toLocalDate();
    }
}
