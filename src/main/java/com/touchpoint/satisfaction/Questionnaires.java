package com.touchpoint.satisfaction;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Questionnaire versions; the current one defines the items and weights the indicators use. */
@Service
public class Questionnaires {

    static final java.util.regex.Pattern CODE = java.util.regex.Pattern.compile("[A-Z0-9][A-Z0-9_-]{0,39}");
    static final java.math.BigDecimal ONE = java.math.BigDecimal.ONE;

    private final QuestionnaireRepository questionnaires;
    private final org.springframework.jdbc.core.JdbcTemplate jdbc;
    private final com.touchpoint.audit.AuditLog audit;
    private final java.time.Clock clock;
    private final CachedValue<List<QuestionnaireDetails>> versions;
    private final org.springframework.context.ApplicationEventPublisher events;

    Questionnaires(QuestionnaireRepository questionnaires, org.springframework.jdbc.core.JdbcTemplate jdbc,
                   com.touchpoint.audit.AuditLog audit, java.time.Clock clock,
                   org.springframework.transaction.PlatformTransactionManager transactions,
                   org.springframework.context.ApplicationEventPublisher events) {
        this.questionnaires = questionnaires;
        this.events = events;
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
        this.versions = new CachedValue<>(transactions, () -> questionnaires.findAllWithItems().stream().map(Questionnaires::details)
                .sorted(Comparator.comparing(QuestionnaireDetails::code)).toList());
    }

    /**
     * Creates a new version; versions are never edited in place because stored callbacks refer to them.
     * Weighted items' weights must add up to 1 and there must be exactly one overall item.
     */
    @Transactional
    @org.springframework.security.access.prepost.PreAuthorize("hasAnyRole('QUALITY', 'ADMIN')")
    public QuestionnaireDetails createVersion(QuestionnaireDraft draft) {
        validate(draft);
        versions.evict();
        events.publishEvent(new QuestionnaireVersionCreated(draft.code().strip()));
        var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.update(connection -> {
            var ps = connection.prepareStatement("insert into satisfaction_questionnaire (code, name_zh, name_en, "
                    + "created_at, current_version) values (?, ?, ?, ?, ?)", java.sql.Statement.RETURN_GENERATED_KEYS);
            ps.setString(1, draft.code().strip());
            ps.setString(2, draft.nameZh().strip());
            ps.setString(3, draft.nameEn().strip());
            ps.setTimestamp(4, java.sql.Timestamp.from(clock.instant()));
            ps.setBoolean(5, false);
            return ps;
        }, keys);
        long id = keys.getKey().longValue();
        int order = 1;
        for (QuestionnaireDraft.ItemDraft item : draft.items()) {
            jdbc.update("insert into satisfaction_item (questionnaire_id, code, name_zh, name_en, scale, weight, "
                    + "satisfied_threshold, overall, sort_order) values (?, ?, ?, ?, ?, ?, ?, ?, ?)", id,
                    item.code().strip(), item.nameZh().strip(), item.nameEn().strip(), item.scale().name(),
                    item.overall() ? null : item.weight(), item.satisfiedThreshold(), item.overall(), order++);
        }
        if (draft.makeCurrent()) {
            jdbc.update("update satisfaction_questionnaire set current_version = (id = ?)", id);
        }
        audit.record("CREATE", "Questionnaire", draft.code(), null, draft);
        return byCode(draft.code().strip()).orElseThrow();
    }

    private void validate(QuestionnaireDraft draft) {
        var check = new com.touchpoint.shared.InputCheck()
                .code(draft.code(), "code", CODE, 40)
                .text(draft.nameZh(), "nameZh", 100)
                .text(draft.nameEn(), "nameEn", 100)
                .require(draft.items() != null && !draft.items().isEmpty(), "items", "questionnaire.items.required");
        check.throwIfInvalid();
        check.require(questionnaires.findByCode(draft.code().strip()).isEmpty(), "code", "questionnaire.code.taken",
                draft.code());
        long overall = draft.items().stream().filter(QuestionnaireDraft.ItemDraft::overall).count();
        check.require(overall == 1, "items", "questionnaire.overall.exactly-one", overall);
        java.math.BigDecimal sum = java.math.BigDecimal.ZERO;
        java.util.Set<String> codes = new java.util.HashSet<>();
        for (QuestionnaireDraft.ItemDraft item : draft.items()) {
            String field = "items." + item.code();
            check.code(item.code(), field, CODE, 30).text(item.nameZh(), field + ".nameZh", 50)
                    .text(item.nameEn(), field + ".nameEn", 80).notNull(item.scale(), field + ".scale")
                    .require(item.code() == null || codes.add(item.code().strip()), field, "questionnaire.item.duplicate",
                            item.code())
                    .require(item.scale() == null || item.scale().contains(item.satisfiedThreshold()), field,
                            "questionnaire.threshold.out-of-scale", item.code(), item.satisfiedThreshold());
            if (!item.overall()) {
                check.require(item.weight() != null && item.weight().signum() > 0, field, "questionnaire.weight.positive",
                        item.code());
                sum = sum.add(item.weight() == null ? java.math.BigDecimal.ZERO : item.weight());
            }
        }
        check.require(sum.subtract(ONE).abs().compareTo(new java.math.BigDecimal("0.0001")) <= 0, "items",
                "questionnaire.weights.sum", sum.stripTrailingZeros().toPlainString());
        check.throwIfInvalid();
    }

    /** Every version, by code; cached until a version is created. */
    @Transactional(readOnly = true)
    public List<QuestionnaireDetails> all() {
        return versions.get();
    }

    /** Every version by id, for reading callbacks with the items and weights they were answered under. */
    Map<Long, QuestionnaireDetails> byId() {
        return all().stream().collect(java.util.stream.Collectors.toMap(QuestionnaireDetails::id, q -> q));
    }

    @Transactional(readOnly = true)
    public Optional<QuestionnaireDetails> byCode(String code) {
        return all().stream().filter(q -> q.code().equals(code)).findFirst();
    }

    @Transactional(readOnly = true)
    public QuestionnaireDetails current() {
        return all().stream().filter(QuestionnaireDetails::current).findFirst()
                .orElseThrow(() -> new IllegalStateException("No current questionnaire version"));
    }

    private static QuestionnaireDetails details(Questionnaire q) {
        return new QuestionnaireDetails(q.getId(), q.getCode(), q.getNameZh(), q.getNameEn(), q.isCurrentVersion(),
                q.getItems().stream().map(QuestionnaireItem::definition).toList());
    }
}
