-- Peer recognition: value tags, kudos with monthly allowances, leaderboard opt-outs, badges; customer praise marks on callbacks.
CREATE TABLE recognition_value (
    code       VARCHAR(30)  NOT NULL PRIMARY KEY,
    name_zh    VARCHAR(50)  NOT NULL,
    name_en    VARCHAR(80)  NOT NULL,
    active     BOOLEAN      NOT NULL,
    sort_order INT          NOT NULL
);
INSERT INTO recognition_value (code, name_zh, name_en, active, sort_order) VALUES
    ('SINCERE_SERVICE', '真诚服务', 'Sincere service', TRUE, 1),
    ('PROFESSIONAL', '专业高效', 'Professional and efficient', TRUE, 2),
    ('TEAMWORK', '团队协作', 'Teamwork', TRUE, 3),
    ('KNOWLEDGE_SHARING', '知识分享', 'Knowledge sharing', TRUE, 4),
    ('EMOTIONAL_STABILITY', '情绪稳定', 'Emotional stability', TRUE, 5);

CREATE TABLE recognition_allowance (
    staff_id      BIGINT     NOT NULL,
    allowance_month VARCHAR(7) NOT NULL,
    granted       INT        NOT NULL,
    spent         INT        NOT NULL,
    last_given_on DATE       NULL,
    given_that_day INT       NOT NULL,
    PRIMARY KEY (staff_id, allowance_month),
    CONSTRAINT fk_recognition_allowance_staff FOREIGN KEY (staff_id) REFERENCES staff_staff (id)
);

CREATE TABLE recognition_kudos (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    giver_id      BIGINT        NOT NULL,
    receiver_id   BIGINT        NOT NULL,
    value_code    VARCHAR(30)   NOT NULL,
    message       VARCHAR(500)  NOT NULL,
    points        INT           NOT NULL,
    kudos_month   VARCHAR(7)    NOT NULL,
    given_on      DATE          NOT NULL,
    given_at      TIMESTAMP(6)  NOT NULL,
    hidden_at     TIMESTAMP(6)  NULL,
    hidden_by     VARCHAR(80)   NULL,
    hidden_reason VARCHAR(500)  NULL,
    CONSTRAINT fk_recognition_kudos_giver FOREIGN KEY (giver_id) REFERENCES staff_staff (id),
    CONSTRAINT fk_recognition_kudos_receiver FOREIGN KEY (receiver_id) REFERENCES staff_staff (id),
    CONSTRAINT fk_recognition_kudos_value FOREIGN KEY (value_code) REFERENCES recognition_value (code)
);
CREATE INDEX ix_recognition_kudos_giver ON recognition_kudos (giver_id, given_on);
CREATE INDEX ix_recognition_kudos_receiver ON recognition_kudos (receiver_id, kudos_month);
CREATE INDEX ix_recognition_kudos_month ON recognition_kudos (kudos_month);
CREATE INDEX ix_recognition_kudos_given_at ON recognition_kudos (given_at);

CREATE TABLE recognition_preference (
    staff_id                BIGINT  NOT NULL PRIMARY KEY,
    leaderboard_opt_out     BOOLEAN NOT NULL,
    CONSTRAINT fk_recognition_preference_staff FOREIGN KEY (staff_id) REFERENCES staff_staff (id)
);

CREATE TABLE recognition_badge_run (
    badge_month VARCHAR(7)  NOT NULL PRIMARY KEY,
    ran_at     TIMESTAMP(6) NOT NULL,
    ran_by     VARCHAR(80)  NOT NULL
);

CREATE TABLE recognition_badge (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    staff_id     BIGINT        NOT NULL,
    badge_month  VARCHAR(7)    NOT NULL,
    kind         VARCHAR(20)   NOT NULL,
    post_code    VARCHAR(30)   NULL,
    figure       DECIMAL(9,2)  NOT NULL,
    previous     DECIMAL(9,2)  NULL,
    sample_size  INT           NULL,
    awarded_at   TIMESTAMP(6)  NOT NULL,
    CONSTRAINT uk_recognition_badge UNIQUE (badge_month, kind, staff_id),
    CONSTRAINT fk_recognition_badge_staff FOREIGN KEY (staff_id) REFERENCES staff_staff (id),
    CONSTRAINT fk_recognition_badge_run FOREIGN KEY (badge_month) REFERENCES recognition_badge_run (badge_month)
);

ALTER TABLE satisfaction_callback ADD COLUMN praise_marked BOOLEAN NOT NULL DEFAULT FALSE;
