package com.touchpoint.training;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.MapKeyEnumerated;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.MapKeyJdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

/**
 * One play of a module by a staff member. It records the module version and content hash it was played
 * on, so later edits of the file never change it; it is written once when started and once when finished.
 */
@Entity
@Table(name = "training_attempt")
class TrainingAttempt {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "staff_id", nullable = false)
    private long staffId;

    @Column(name = "module_id", nullable = false)
    private String moduleId;

    @Column(name = "module_version", nullable = false)
    private int moduleVersion;

    @Column(name = "content_hash", nullable = false)
    private String contentHash;

    @Column(name = "title_zh", nullable = false)
    private String titleZh;

    @Column(name = "title_en")
    private String titleEn;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    @Column(name = "finished_at")
    private Instant finishedAt;

    @Column(name = "duration_seconds")
    private Integer durationSeconds;

    @Column(nullable = false)
    private boolean completed;

    private String path;

    @Column(name = "ending_step")
    private String endingStep;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private Ending ending;

    @Column(name = "total_score")
    private BigDecimal totalScore;

    private Boolean passed;

    @ElementCollection
    @CollectionTable(name = "training_attempt_skill", joinColumns = @JoinColumn(name = "attempt_id"))
    @MapKeyColumn(name = "skill")
    @MapKeyEnumerated(EnumType.STRING)
    @MapKeyJdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "score", nullable = false)
    private Map<Skill, BigDecimal> skillScores = new HashMap<>();

    protected TrainingAttempt() {
    }

    TrainingAttempt(long staffId, TrainingModule module, Instant startedAt) {
        this.staffId = staffId;
        this.moduleId = module.id();
        this.moduleVersion = module.version();
        this.contentHash = module.contentHash();
        this.titleZh = module.title().zh();
        this.titleEn = module.title().en();
        this.startedAt = startedAt;
    }

    void finish(Instant when, String pathJson, String endingStep, Ending ending, AttemptScore score) {
        if (completed) {
            throw new IllegalStateException("Attempt " + id + " is already finished");
        }
        this.completed = true;
        this.finishedAt = when;
        this.durationSeconds = (int) Math.max(0, Duration.between(startedAt, when).toSeconds());
        this.path = pathJson;
        this.endingStep = endingStep;
        this.ending = ending;
        this.totalScore = score.total();
        this.passed = score.passed();
        this.skillScores = new EnumMap<>(score.skills());
    }

    Long getId() {
        return id;
    }

    long getStaffId() {
        return staffId;
    }

    String getModuleId() {
        return moduleId;
    }

    int getModuleVersion() {
        return moduleVersion;
    }

    String getContentHash() {
        return contentHash;
    }

    LocalizedText getTitle() {
        return new LocalizedText(titleZh, titleEn);
    }

    Instant getStartedAt() {
        return startedAt;
    }

    Instant getFinishedAt() {
        return finishedAt;
    }

    Integer getDurationSeconds() {
        return durationSeconds;
    }

    boolean isCompleted() {
        return completed;
    }

    String getPath() {
        return path;
    }

    String getEndingStep() {
        return endingStep;
    }

    Ending getEnding() {
        return ending;
    }

    BigDecimal getTotalScore() {
        return totalScore;
    }

    Boolean getPassed() {
        return passed;
    }

    Map<Skill, BigDecimal> getSkillScores() {
        return skillScores.isEmpty() ? Map.of() : new EnumMap<>(skillScores);
    }
}
