-- Generated callback reports (回访报告), kept for download.
CREATE TABLE satisfaction_report (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    unit_id       BIGINT       NOT NULL,
    unit_code     VARCHAR(40)  NOT NULL,
    unit_name     VARCHAR(100) NOT NULL,
    report_month  VARCHAR(7)   NOT NULL,
    language      VARCHAR(10)  NOT NULL,
    generated_at  TIMESTAMP(6) NOT NULL,
    generated_by  VARCHAR(80)  NOT NULL,
    file_path     VARCHAR(300) NOT NULL
);
CREATE INDEX ix_satisfaction_report_unit ON satisfaction_report (unit_id, report_month);
