-- Questionnaires, per-post item targets, callbacks with their answers, and the daily rollups the
-- indicators are read from.

CREATE TABLE satisfaction_questionnaire (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    code        VARCHAR(40)  NOT NULL,
    name_zh     VARCHAR(100) NOT NULL,
    name_en     VARCHAR(100) NOT NULL,
    created_at  TIMESTAMP(6) NOT NULL,
    current_version BOOLEAN  NOT NULL,
    CONSTRAINT uk_satisfaction_questionnaire_code UNIQUE (code)
);

CREATE TABLE satisfaction_item (
    id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
    questionnaire_id    BIGINT       NOT NULL,
    code                VARCHAR(30)  NOT NULL,
    name_zh             VARCHAR(50)  NOT NULL,
    name_en             VARCHAR(80)  NOT NULL,
    scale               VARCHAR(12)  NOT NULL,
    weight              DECIMAL(6,4) NULL,
    satisfied_threshold INT          NOT NULL,
    overall             BOOLEAN      NOT NULL,
    sort_order          INT          NOT NULL,
    CONSTRAINT uk_satisfaction_item_code UNIQUE (questionnaire_id, code),
    CONSTRAINT fk_satisfaction_item_questionnaire FOREIGN KEY (questionnaire_id) REFERENCES satisfaction_questionnaire (id)
);

INSERT INTO satisfaction_questionnaire (code, name_zh, name_en, created_at, current_version)
VALUES ('STANDARD-2026', '标准回访问卷 2026', 'Standard callback questionnaire 2026', TIMESTAMP '2026-01-01 00:00:00', TRUE);

INSERT INTO satisfaction_item (questionnaire_id, code, name_zh, name_en, scale, weight, satisfied_threshold, overall, sort_order)
SELECT q.id, i.code, i.name_zh, i.name_en, i.scale, i.weight, i.threshold, i.overall, i.sort_order
FROM satisfaction_questionnaire q
CROSS JOIN (
    SELECT 'ATTITUDE' AS code, '服务态度' AS name_zh, 'Service attitude' AS name_en, 'FIVE_POINT' AS scale, 0.25 AS weight, 4 AS threshold, FALSE AS overall, 1 AS sort_order
    UNION ALL SELECT 'EFFICIENCY', '办理效率', 'Efficiency', 'FIVE_POINT', 0.20, 4, FALSE, 2
    UNION ALL SELECT 'PROFESSIONAL', '专业能力', 'Professional competence', 'FIVE_POINT', 0.20, 4, FALSE, 3
    UNION ALL SELECT 'PROMISE', '承诺兑现', 'Promise kept', 'FIVE_POINT', 0.15, 4, FALSE, 4
    UNION ALL SELECT 'RESOLUTION', '问题解决', 'Problem resolved', 'FIVE_POINT', 0.20, 4, FALSE, 5
    UNION ALL SELECT 'OVERALL', '总体满意度', 'Overall satisfaction', 'TEN_POINT', NULL, 9, TRUE, 6
) i
WHERE q.code = 'STANDARD-2026';

CREATE TABLE satisfaction_item_target (
    post_code  VARCHAR(30)  NOT NULL,
    item_code  VARCHAR(30)  NOT NULL,
    target     DECIMAL(5,2) NOT NULL,
    PRIMARY KEY (post_code, item_code),
    CONSTRAINT fk_satisfaction_item_target_post FOREIGN KEY (post_code) REFERENCES staff_post (code)
);

CREATE TABLE satisfaction_callback (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    external_id      VARCHAR(64)   NOT NULL,
    staff_id         BIGINT        NOT NULL,
    questionnaire_id BIGINT        NOT NULL,
    service_date     DATE          NOT NULL,
    callback_date    DATE          NOT NULL,
    service_type     VARCHAR(12)   NOT NULL,
    channel          VARCHAR(10)   NOT NULL,
    customer_segment VARCHAR(10)   NOT NULL,
    status           VARCHAR(12)   NOT NULL,
    complaint        BOOLEAN       NOT NULL,
    comment_text     VARCHAR(2000) NULL,
    valid            BOOLEAN       NOT NULL,
    timely           BOOLEAN       NOT NULL,
    content_hash     VARCHAR(64)   NOT NULL,
    received_at      TIMESTAMP(6)  NOT NULL,
    CONSTRAINT uk_satisfaction_callback_external UNIQUE (external_id),
    CONSTRAINT fk_satisfaction_callback_staff FOREIGN KEY (staff_id) REFERENCES staff_staff (id),
    CONSTRAINT fk_satisfaction_callback_questionnaire FOREIGN KEY (questionnaire_id) REFERENCES satisfaction_questionnaire (id)
);
CREATE INDEX ix_satisfaction_callback_staff_date ON satisfaction_callback (staff_id, service_date);
CREATE INDEX ix_satisfaction_callback_service_date ON satisfaction_callback (service_date);

CREATE TABLE satisfaction_answer (
    callback_id BIGINT      NOT NULL,
    item_code   VARCHAR(30) NOT NULL,
    scale       VARCHAR(12) NOT NULL,
    answer      INT         NOT NULL,
    satisfied   BOOLEAN     NOT NULL,
    PRIMARY KEY (callback_id, item_code),
    CONSTRAINT fk_satisfaction_answer_callback FOREIGN KEY (callback_id) REFERENCES satisfaction_callback (id)
);

-- Per staff member and service date: every callback, the valid ones and the timely ones.
CREATE TABLE satisfaction_staff_day (
    staff_id     BIGINT NOT NULL,
    service_date DATE   NOT NULL,
    attempted    INT    NOT NULL,
    valid_count  INT    NOT NULL,
    timely       INT    NOT NULL,
    PRIMARY KEY (staff_id, service_date)
);
CREATE INDEX ix_satisfaction_staff_day_date ON satisfaction_staff_day (service_date, staff_id);

-- Per staff member, service date and item: answers, the sum of the raw answers (exact; normalised
-- on reading with the scale) and the satisfied answers.
CREATE TABLE satisfaction_staff_day_item (
    staff_id     BIGINT      NOT NULL,
    service_date DATE        NOT NULL,
    item_code    VARCHAR(30) NOT NULL,
    scale        VARCHAR(12) NOT NULL,
    answers      INT         NOT NULL,
    answer_sum   BIGINT      NOT NULL,
    satisfied    INT         NOT NULL,
    PRIMARY KEY (staff_id, service_date, item_code, scale)
);
CREATE INDEX ix_satisfaction_staff_day_item_date ON satisfaction_staff_day_item (service_date, staff_id);
