-- Mood check-ins (EMOTION.md): one per staff member, work date and moment; the note is private to its author.
CREATE TABLE emotion_check_in (
    id         BIGINT AUTO_INCREMENT PRIMARY KEY,
    staff_id   BIGINT       NOT NULL,
    work_date  DATE         NOT NULL,
    moment     VARCHAR(12)  NOT NULL,
    mood       INT          NOT NULL,
    stress     INT          NOT NULL,
    tags       VARCHAR(100) NOT NULL,
    note       VARCHAR(500) NULL,
    created_at TIMESTAMP(6) NOT NULL,
    updated_at TIMESTAMP(6) NOT NULL,
    CONSTRAINT uk_emotion_check_in UNIQUE (staff_id, work_date, moment),
    CONSTRAINT fk_emotion_check_in_staff FOREIGN KEY (staff_id) REFERENCES staff_staff (id),
    CONSTRAINT ck_emotion_check_in_mood CHECK (mood BETWEEN 1 AND 5),
    CONSTRAINT ck_emotion_check_in_stress CHECK (stress BETWEEN 1 AND 5)
);
CREATE INDEX ix_emotion_check_in_date ON emotion_check_in (work_date, staff_id);

-- "Share my check-ins with my supervisor": absent means not shared.
CREATE TABLE emotion_consent (
    staff_id   BIGINT       NOT NULL PRIMARY KEY,
    shared     BOOLEAN      NOT NULL,
    changed_at TIMESTAMP(6) NOT NULL,
    CONSTRAINT fk_emotion_consent_staff FOREIGN KEY (staff_id) REFERENCES staff_staff (id)
);
