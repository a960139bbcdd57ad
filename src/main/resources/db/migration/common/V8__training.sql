-- Scenario training: the text of every module version loaded, attempts with their scores, and assignments.
CREATE TABLE training_module_version (
    content_hash    VARCHAR(64)     NOT NULL PRIMARY KEY,
    module_id       VARCHAR(80)  NOT NULL,
    module_version  INT          NOT NULL,
    file_name       VARCHAR(200) NOT NULL,
    source          LONGTEXT     NOT NULL,
    first_loaded_at TIMESTAMP(6) NOT NULL
);

CREATE TABLE training_attempt (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    staff_id         BIGINT        NOT NULL,
    module_id        VARCHAR(80)   NOT NULL,
    module_version   INT           NOT NULL,
    content_hash     VARCHAR(64)      NOT NULL,
    title_zh         VARCHAR(200)  NOT NULL,
    title_en         VARCHAR(200),
    started_at       TIMESTAMP(6)  NOT NULL,
    finished_at      TIMESTAMP(6)  NULL,
    duration_seconds INT,
    completed        BOOLEAN       NOT NULL,
    path             VARCHAR(4000),
    ending_step      VARCHAR(80),
    ending           VARCHAR(10),
    total_score      DECIMAL(4,1),
    passed           BOOLEAN,
    CONSTRAINT fk_training_attempt_staff FOREIGN KEY (staff_id) REFERENCES staff_staff (id),
    CONSTRAINT fk_training_attempt_version FOREIGN KEY (content_hash) REFERENCES training_module_version (content_hash)
);
CREATE INDEX ix_training_attempt_staff ON training_attempt (staff_id, started_at);

CREATE TABLE training_attempt_skill (
    attempt_id BIGINT      NOT NULL,
    skill      VARCHAR(30) NOT NULL,
    score      DECIMAL(4,1) NOT NULL,
    PRIMARY KEY (attempt_id, skill),
    CONSTRAINT fk_training_attempt_skill FOREIGN KEY (attempt_id) REFERENCES training_attempt (id)
);

CREATE TABLE training_assignment (
    id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
    staff_id            BIGINT       NOT NULL,
    module_id           VARCHAR(80)  NOT NULL,
    due_date            DATE         NOT NULL,
    assigned_by         VARCHAR(80)  NOT NULL,
    assigned_at         TIMESTAMP(6) NOT NULL,
    completed_at        TIMESTAMP(6) NULL,
    completed_attempt_id BIGINT      NULL,
    reminded_at         TIMESTAMP(6) NULL,
    overdue_flagged_at  TIMESTAMP(6) NULL,
    version             BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT fk_training_assignment_staff FOREIGN KEY (staff_id) REFERENCES staff_staff (id),
    CONSTRAINT fk_training_assignment_attempt FOREIGN KEY (completed_attempt_id) REFERENCES training_attempt (id)
);
CREATE INDEX ix_training_assignment_staff ON training_assignment (staff_id, due_date);
CREATE INDEX ix_training_assignment_due ON training_assignment (due_date, completed_at);
