package com.touchpoint.emotion;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/** One mood check-in; its note is private to the staff member who wrote it. */
@Entity
@Table(name = "emotion_check_in")
class CheckIn {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "staff_id", nullable = false)
    private long staffId;

    @Column(name = "work_date", nullable = false)
    private LocalDate workDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Moment moment;

    @Column(nullable = false)
    private int mood;

    @Column(nullable = false)
    private int stress;

    @Column(nullable = false)
    private String tags;

    @Column
    private String note;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected CheckIn() {
    }

    CheckIn(long staffId, LocalDate workDate, Moment moment, Instant createdAt) {
        this.staffId = staffId;
        this.workDate = workDate;
        this.moment = moment;
        this.createdAt = createdAt;
    }

    void update(int mood, int stress, Set<MoodTag> tags, String note, Instant when) {
        this.mood = mood;
        this.stress = stress;
        this.tags = tags.stream().sorted().map(MoodTag::name).collect(Collectors.joining(","));
        this.note = note;
        this.updatedAt = when;
    }

    long getStaffId() {
        return staffId;
    }

    LocalDate getWorkDate() {
        return workDate;
    }

    Moment getMoment() {
        return moment;
    }

    int getMood() {
        return mood;
    }

    int getStress() {
        return stress;
    }

    Set<MoodTag> getTags() {
        Set<MoodTag> result = EnumSet.noneOf(MoodTag.class);
        if (!tags.isEmpty()) {
            Arrays.stream(tags.split(",")).map(MoodTag::valueOf).forEach(result::add);
        }
        return result;
    }

    String getNote() {
        return note;
    }

    Instant getUpdatedAt() {
        return updatedAt;
    }

    /** The figures without the note: all that may leave the author. */
    MoodPoint point() {
        return new MoodPoint(staffId, workDate, moment, mood, stress, getTags());
    }
}
