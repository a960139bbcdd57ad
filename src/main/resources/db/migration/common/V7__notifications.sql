-- In-app notifications (the bell in the header), addressed to a user account by username.
CREATE TABLE notification_message (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    recipient    VARCHAR(80)   NOT NULL,
    message_key  VARCHAR(100)  NOT NULL,
    message_args VARCHAR(2000) NOT NULL,
    link         VARCHAR(300),
    created_at   TIMESTAMP(6)  NOT NULL,
    read_at      TIMESTAMP(6)  NULL
);
CREATE INDEX ix_notification_recipient ON notification_message (recipient, read_at, created_at);
