-- Monthly per-staff rollups by questionnaire version, kept beside the daily ones in the same transaction: a month
-- or a year of a post is read from here (a row per staff, month and item instead of one per day), and only the
-- partial months at the edges of a period from the daily rows. service_month is year * 100 + month (202610).

CREATE TABLE satisfaction_staff_month (
    staff_id         BIGINT NOT NULL,
    service_month    INT    NOT NULL,
    questionnaire_id BIGINT NOT NULL,
    attempted        INT    NOT NULL,
    valid_count      INT    NOT NULL,
    timely           INT    NOT NULL,
    PRIMARY KEY (staff_id, service_month, questionnaire_id)
);
CREATE INDEX ix_satisfaction_staff_month_month ON satisfaction_staff_month (service_month, staff_id);

CREATE TABLE satisfaction_staff_month_item (
    staff_id         BIGINT      NOT NULL,
    service_month    INT         NOT NULL,
    questionnaire_id BIGINT      NOT NULL,
    item_code        VARCHAR(30) NOT NULL,
    scale            VARCHAR(12) NOT NULL,
    answers          INT         NOT NULL,
    answer_sum       BIGINT      NOT NULL,
    satisfied        INT         NOT NULL,
    PRIMARY KEY (staff_id, service_month, questionnaire_id, item_code, scale)
);
CREATE INDEX ix_satisfaction_staff_month_item_month ON satisfaction_staff_month_item (service_month, staff_id);

INSERT INTO satisfaction_staff_month (staff_id, service_month, questionnaire_id, attempted, valid_count, timely)
SELECT staff_id, YEAR(service_date) * 100 + MONTH(service_date), questionnaire_id, SUM(attempted), SUM(valid_count),
       SUM(timely)
FROM satisfaction_staff_day
GROUP BY staff_id, YEAR(service_date) * 100 + MONTH(service_date), questionnaire_id;

INSERT INTO satisfaction_staff_month_item (staff_id, service_month, questionnaire_id, item_code, scale, answers,
                                           answer_sum, satisfied)
SELECT staff_id, YEAR(service_date) * 100 + MONTH(service_date), questionnaire_id, item_code, scale, SUM(answers),
       SUM(answer_sum), SUM(satisfied)
FROM satisfaction_staff_day_item
GROUP BY staff_id, YEAR(service_date) * 100 + MONTH(service_date), questionnaire_id, item_code, scale;
