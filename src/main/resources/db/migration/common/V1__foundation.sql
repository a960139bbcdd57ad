-- Organisation, posts, staff, user accounts, API tokens, audit log and demo-data bookkeeping.
-- Portable SQL: runs unchanged on MariaDB 10.11 and on H2 in MariaDB mode.

CREATE TABLE staff_org_unit (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    code        VARCHAR(40)  NOT NULL,
    name        VARCHAR(100) NOT NULL,
    kind        VARCHAR(10)  NOT NULL,
    parent_id   BIGINT       NULL,
    version     BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uk_staff_org_unit_code UNIQUE (code),
    CONSTRAINT fk_staff_org_unit_parent FOREIGN KEY (parent_id) REFERENCES staff_org_unit (id)
);

CREATE TABLE staff_post (
    code         VARCHAR(30)  NOT NULL PRIMARY KEY,
    name_zh      VARCHAR(50)  NOT NULL,
    name_en      VARCHAR(80)  NOT NULL,
    index_target DECIMAL(5,2) NOT NULL,
    sort_order   INT          NOT NULL
);

INSERT INTO staff_post (code, name_zh, name_en, index_target, sort_order) VALUES
    ('SHOP_SALES',         '营业员',     'Shop sales staff',                  85.00, 1),
    ('HOTLINE_AGENT',      '客服专员',   'Hotline agent',                     85.00, 2),
    ('FIELD_ENGINEER',     '装维工程师', 'Installation & repair engineer',    82.00, 3),
    ('SERVICE_CONSULTANT', '服务顾问',   'Service consultant',                85.00, 4),
    ('FRONT_DESK_LEAD',    '前台主管',   'Front-desk supervisor',             88.00, 5);

CREATE TABLE staff_staff (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    employee_no  VARCHAR(20)  NOT NULL,
    name         VARCHAR(50)  NOT NULL,
    post_code    VARCHAR(30)  NOT NULL,
    team_id      BIGINT       NOT NULL,
    hire_date    DATE         NOT NULL,
    active       BOOLEAN      NOT NULL,
    version      BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uk_staff_staff_employee_no UNIQUE (employee_no),
    CONSTRAINT fk_staff_staff_post FOREIGN KEY (post_code) REFERENCES staff_post (code),
    CONSTRAINT fk_staff_staff_team FOREIGN KEY (team_id) REFERENCES staff_org_unit (id)
);
CREATE INDEX ix_staff_staff_team ON staff_staff (team_id);
CREATE INDEX ix_staff_staff_name ON staff_staff (name);

CREATE TABLE staff_user_account (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    username        VARCHAR(50)  NOT NULL,
    password_hash   VARCHAR(100) NOT NULL,
    display_name    VARCHAR(50)  NOT NULL,
    staff_id        BIGINT       NULL,
    enabled         BOOLEAN      NOT NULL,
    failed_logins   INT          NOT NULL DEFAULT 0,
    locked_until    TIMESTAMP(6) NULL,
    preferred_language VARCHAR(10) NULL,
    version         BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uk_staff_user_account_username UNIQUE (username),
    CONSTRAINT uk_staff_user_account_staff UNIQUE (staff_id),
    CONSTRAINT fk_staff_user_account_staff FOREIGN KEY (staff_id) REFERENCES staff_staff (id)
);

CREATE TABLE staff_user_role (
    user_id BIGINT      NOT NULL,
    role    VARCHAR(20) NOT NULL,
    PRIMARY KEY (user_id, role),
    CONSTRAINT fk_staff_user_role_user FOREIGN KEY (user_id) REFERENCES staff_user_account (id) ON DELETE CASCADE
);

CREATE TABLE staff_supervised_team (
    user_id BIGINT NOT NULL,
    team_id BIGINT NOT NULL,
    PRIMARY KEY (user_id, team_id),
    CONSTRAINT fk_staff_supervised_team_user FOREIGN KEY (user_id) REFERENCES staff_user_account (id) ON DELETE CASCADE,
    CONSTRAINT fk_staff_supervised_team_team FOREIGN KEY (team_id) REFERENCES staff_org_unit (id)
);
CREATE INDEX ix_staff_supervised_team_team ON staff_supervised_team (team_id);

CREATE TABLE security_api_token (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    name        VARCHAR(80)  NOT NULL,
    token_hash  VARCHAR(64)  NOT NULL,
    prefix      VARCHAR(12)  NOT NULL,
    scopes      VARCHAR(300) NOT NULL,
    created_by  VARCHAR(50)  NOT NULL,
    created_at  TIMESTAMP(6) NOT NULL,
    revoked_at  TIMESTAMP(6) NULL,
    last_used_at TIMESTAMP(6) NULL,
    CONSTRAINT uk_security_api_token_hash UNIQUE (token_hash)
);

CREATE TABLE audit_log_entry (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    occurred_at TIMESTAMP(6)  NOT NULL,
    actor       VARCHAR(80)   NOT NULL,
    action      VARCHAR(40)   NOT NULL,
    entity_type VARCHAR(40)   NOT NULL,
    entity_key  VARCHAR(100)  NOT NULL,
    before_state VARCHAR(4000) NULL,
    after_state  VARCHAR(4000) NULL
);
CREATE INDEX ix_audit_log_entry_occurred ON audit_log_entry (occurred_at);
CREATE INDEX ix_audit_log_entry_entity ON audit_log_entry (entity_type, entity_key);

CREATE TABLE demo_data_applied (
    contributor VARCHAR(60)  NOT NULL PRIMARY KEY,
    applied_at  TIMESTAMP(6) NOT NULL
);
