-- Third-party survey (外部满意度, CATI) item scores per quarter for a region or branch, and the callback
-- agent (回访员) who made each callback.
CREATE TABLE satisfaction_external_score (
    quarter     VARCHAR(6)   NOT NULL,
    unit_code   VARCHAR(40)  NOT NULL,
    item_code   VARCHAR(30)  NOT NULL,
    score       DECIMAL(5,2) NOT NULL,
    recorded_by VARCHAR(80)  NOT NULL,
    recorded_at TIMESTAMP(6) NOT NULL,
    PRIMARY KEY (quarter, unit_code, item_code)
);

ALTER TABLE satisfaction_callback ADD COLUMN callback_agent VARCHAR(50) NULL;
