-- Monthly incentives (INCENTIVES.md): scheme versions per post, months with their workflow state and run claim,
-- runs, and statements that record the scheme version and every figure that produced them.

CREATE TABLE incentive_scheme (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    post_code        VARCHAR(30)   NOT NULL,
    effective_from   VARCHAR(7)    NOT NULL,
    base_amount      DECIMAL(12,2) NOT NULL,
    min_sample       INT           NOT NULL,
    slope            DECIMAL(8,4)  NOT NULL,
    coef_floor       DECIMAL(8,4)  NOT NULL,
    coef_cap         DECIMAL(8,4)  NOT NULL,
    kudos_rate       DECIMAL(12,2) NOT NULL,
    kudos_cap        DECIMAL(12,2) NOT NULL,
    complaint_amount DECIMAL(12,2) NOT NULL,
    complaint_share  DECIMAL(8,4)  NOT NULL,
    created_by       VARCHAR(100)  NOT NULL,
    created_at       TIMESTAMP(6)  NOT NULL,
    CONSTRAINT uk_incentive_scheme_post_month UNIQUE (post_code, effective_from),
    CONSTRAINT fk_incentive_scheme_post FOREIGN KEY (post_code) REFERENCES staff_post (code)
);

INSERT INTO incentive_scheme (post_code, effective_from, base_amount, min_sample, slope, coef_floor, coef_cap,
                              kudos_rate, kudos_cap, complaint_amount, complaint_share, created_by, created_at)
SELECT p.code, '2000-01', b.base_amount, 10, 2, 0.80, 1.20, 0.50, 200, 100, 0.30, 'system:defaults',
       TIMESTAMP '2026-01-01 00:00:00'
FROM staff_post p
JOIN (
    SELECT 'SHOP_SALES' AS code, 2000 AS base_amount
    UNION ALL SELECT 'HOTLINE_AGENT', 1800
    UNION ALL SELECT 'FIELD_ENGINEER', 2200
    UNION ALL SELECT 'SERVICE_CONSULTANT', 2000
    UNION ALL SELECT 'FRONT_DESK_LEAD', 2500
) b ON b.code = p.code;

-- One row per calculated month. run_id/claimed_at claim the month for one run at a time, across nodes.
CREATE TABLE incentive_month (
    incentive_month VARCHAR(7)    NOT NULL PRIMARY KEY,
    status          VARCHAR(10)   NOT NULL,
    calculated_at   TIMESTAMP(6)  NULL,
    reviewed_by     VARCHAR(100)  NULL,
    reviewed_at     TIMESTAMP(6)  NULL,
    approved_by     VARCHAR(100)  NULL,
    approved_at     TIMESTAMP(6)  NULL,
    locked_by       VARCHAR(100)  NULL,
    locked_at       TIMESTAMP(6)  NULL,
    run_id          BIGINT        NULL,
    claimed_at      TIMESTAMP(6)  NULL,
    row_version     BIGINT        NOT NULL
);

CREATE TABLE incentive_run (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    incentive_month VARCHAR(7)    NOT NULL,
    status          VARCHAR(10)   NOT NULL,
    started_by      VARCHAR(100)  NOT NULL,
    started_at      TIMESTAMP(6)  NOT NULL,
    finished_at     TIMESTAMP(6)  NULL,
    statements      INT           NOT NULL,
    detail          VARCHAR(1000) NULL
);
CREATE INDEX ix_incentive_run_month ON incentive_run (incentive_month, id);

CREATE TABLE incentive_statement (
    id                   BIGINT AUTO_INCREMENT PRIMARY KEY,
    incentive_month      VARCHAR(7)    NOT NULL,
    staff_id             BIGINT        NOT NULL,
    employee_no          VARCHAR(20)   NOT NULL,
    staff_name           VARCHAR(50)   NOT NULL,
    post_code            VARCHAR(30)   NOT NULL,
    team_code            VARCHAR(40)   NOT NULL,
    team_name            VARCHAR(100)  NOT NULL,
    scheme_id            BIGINT        NOT NULL,
    callbacks            INT           NOT NULL,
    satisfaction_index   DECIMAL(7,2)  NULL,
    adjusted_index       DECIMAL(7,2)  NULL,
    target               DECIMAL(7,2)  NOT NULL,
    insufficient_sample  BOOLEAN       NOT NULL,
    satisfaction_coef    DECIMAL(8,4)  NOT NULL,
    assignments_due      INT           NOT NULL,
    assignments_on_time  INT           NOT NULL,
    training_coef        DECIMAL(8,4)  NOT NULL,
    kudos_points         INT           NOT NULL,
    recognition_bonus    DECIMAL(12,2) NOT NULL,
    complaints           INT           NOT NULL,
    complaint_deduction  DECIMAL(12,2) NOT NULL,
    base_amount          DECIMAL(12,2) NOT NULL,
    calculated_amount    DECIMAL(12,2) NOT NULL,
    adjustment           DECIMAL(12,2) NOT NULL,
    adjustment_reason    VARCHAR(500)  NULL,
    final_amount         DECIMAL(12,2) NOT NULL,
    CONSTRAINT uk_incentive_statement_month_staff UNIQUE (incentive_month, staff_id),
    CONSTRAINT fk_incentive_statement_scheme FOREIGN KEY (scheme_id) REFERENCES incentive_scheme (id)
);
CREATE INDEX ix_incentive_statement_staff ON incentive_statement (staff_id, incentive_month);
