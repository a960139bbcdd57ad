-- History of callback file imports: who, when, which file, and what became of its rows.
CREATE TABLE satisfaction_import (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    file_name    VARCHAR(255) NOT NULL,
    imported_by  VARCHAR(80)  NOT NULL,
    started_at   TIMESTAMP(6) NOT NULL,
    finished_at  TIMESTAMP(6) NULL,
    status       VARCHAR(12)  NOT NULL,
    total_rows   INT          NOT NULL,
    accepted     INT          NOT NULL,
    duplicates   INT          NOT NULL,
    rejected     INT          NOT NULL,
    error_file   VARCHAR(300) NULL,
    message      VARCHAR(1000) NULL
);
CREATE INDEX ix_satisfaction_import_started ON satisfaction_import (started_at);
