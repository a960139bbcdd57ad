-- Each callback counts with the weights of the questionnaire version it answered (INDICATORS.md), so the
-- daily rollups keep the version. They only ever hold sums of the raw callbacks: rebuilt here from them.

DROP TABLE satisfaction_staff_day;
DROP TABLE satisfaction_staff_day_item;

CREATE TABLE satisfaction_staff_day (
    staff_id         BIGINT NOT NULL,
    service_date     DATE   NOT NULL,
    questionnaire_id BIGINT NOT NULL,
    attempted        INT    NOT NULL,
    valid_count      INT    NOT NULL,
    timely           INT    NOT NULL,
    PRIMARY KEY (staff_id, service_date, questionnaire_id)
);
CREATE INDEX ix_satisfaction_staff_day_date ON satisfaction_staff_day (service_date, staff_id);

CREATE TABLE satisfaction_staff_day_item (
    staff_id         BIGINT      NOT NULL,
    service_date     DATE        NOT NULL,
    questionnaire_id BIGINT      NOT NULL,
    item_code        VARCHAR(30) NOT NULL,
    scale            VARCHAR(12) NOT NULL,
    answers          INT         NOT NULL,
    answer_sum       BIGINT      NOT NULL,
    satisfied        INT         NOT NULL,
    PRIMARY KEY (staff_id, service_date, questionnaire_id, item_code, scale)
);
CREATE INDEX ix_satisfaction_staff_day_item_date ON satisfaction_staff_day_item (service_date, staff_id);

INSERT INTO satisfaction_staff_day (staff_id, service_date, questionnaire_id, attempted, valid_count, timely)
SELECT staff_id, service_date, questionnaire_id, COUNT(*), SUM(CASE WHEN valid THEN 1 ELSE 0 END),
       SUM(CASE WHEN timely THEN 1 ELSE 0 END)
FROM satisfaction_callback
GROUP BY staff_id, service_date, questionnaire_id;

INSERT INTO satisfaction_staff_day_item (staff_id, service_date, questionnaire_id, item_code, scale, answers, answer_sum, satisfied)
SELECT c.staff_id, c.service_date, c.questionnaire_id, a.item_code, a.scale, COUNT(*), SUM(a.answer),
       SUM(CASE WHEN a.satisfied THEN 1 ELSE 0 END)
FROM satisfaction_answer a JOIN satisfaction_callback c ON c.id = a.callback_id
GROUP BY c.staff_id, c.service_date, c.questionnaire_id, a.item_code, a.scale;
