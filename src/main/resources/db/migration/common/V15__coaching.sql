-- Coaching sessions (辅导面谈): the 1:1 itself, the staff member's agenda points, agreed action items and the
-- dated addenda that amend a finished session. Reminder columns record that a notice went out, so each goes once.
CREATE TABLE coaching_session (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    staff_id         BIGINT        NOT NULL,
    supervisor       VARCHAR(80)   NOT NULL,
    scheduled_at     TIMESTAMP(6)  NOT NULL,
    session_type     VARCHAR(20)   NOT NULL,
    focus_items      VARCHAR(200)  NOT NULL,
    state            VARCHAR(20)   NOT NULL,
    shared_notes     VARCHAR(4000),
    private_notes    VARCHAR(4000),
    held_at          TIMESTAMP(6)  NULL,
    acknowledged_at  TIMESTAMP(6)  NULL,
    ack_comment      VARCHAR(1000),
    reminded_at      TIMESTAMP(6)  NULL,
    created_at       TIMESTAMP(6)  NOT NULL,
    version          BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT fk_coaching_session_staff FOREIGN KEY (staff_id) REFERENCES staff_staff (id)
);
CREATE INDEX ix_coaching_session_staff ON coaching_session (staff_id, scheduled_at);
CREATE INDEX ix_coaching_session_due ON coaching_session (state, scheduled_at);

CREATE TABLE coaching_agenda_point (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    session_id  BIGINT        NOT NULL,
    text        VARCHAR(500)  NOT NULL,
    added_by    VARCHAR(80)   NOT NULL,
    added_at    TIMESTAMP(6)  NOT NULL,
    CONSTRAINT fk_coaching_agenda_session FOREIGN KEY (session_id) REFERENCES coaching_session (id)
);
CREATE INDEX ix_coaching_agenda_session ON coaching_agenda_point (session_id);

CREATE TABLE coaching_action_item (
    id                     BIGINT AUTO_INCREMENT PRIMARY KEY,
    session_id             BIGINT        NOT NULL,
    staff_id               BIGINT        NOT NULL,
    owner                  VARCHAR(20)   NOT NULL,
    description            VARCHAR(500)  NOT NULL,
    due_date               DATE          NOT NULL,
    target                 VARCHAR(40)   NOT NULL,
    training_assignment_id BIGINT        NULL,
    done_on                DATE          NULL,
    due_reminded_at        TIMESTAMP(6)  NULL,
    overdue_flagged_at     TIMESTAMP(6)  NULL,
    created_at             TIMESTAMP(6)  NOT NULL,
    version                BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT fk_coaching_action_session FOREIGN KEY (session_id) REFERENCES coaching_session (id),
    CONSTRAINT fk_coaching_action_staff FOREIGN KEY (staff_id) REFERENCES staff_staff (id)
);
CREATE INDEX ix_coaching_action_session ON coaching_action_item (session_id);
CREATE INDEX ix_coaching_action_due ON coaching_action_item (due_date, done_on);

CREATE TABLE coaching_addendum (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    session_id  BIGINT         NOT NULL,
    text        VARCHAR(2000)  NOT NULL,
    author      VARCHAR(80)    NOT NULL,
    added_at    TIMESTAMP(6)   NOT NULL,
    CONSTRAINT fk_coaching_addendum_session FOREIGN KEY (session_id) REFERENCES coaching_session (id)
);
CREATE INDEX ix_coaching_addendum_session ON coaching_addendum (session_id);
