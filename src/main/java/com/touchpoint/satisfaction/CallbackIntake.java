package com.touchpoint.satisfaction;

import com.touchpoint.shared.InvalidInputException.FieldProblem;
import com.touchpoint.staff.StaffDirectory;
import com.touchpoint.staff.StaffRef;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Stores delivered callbacks: each record is checked on its own, valid ones are stored with their
 * rollups in the same transaction, identical resends are counted as duplicates and changed resends
 * under a known external id are refused as conflicts.
 */
@Service
public class CallbackIntake {

    public static final int MAX_BATCH = 5000;

    private final StaffDirectory directory;
    private final Questionnaires questionnaires;
    private final CallbackStore callbacks;
    private final RollupStore rollups;
    private final IndicatorProperties properties;
    private final Clock clock;
    private final CallbackMetrics metrics;

    CallbackIntake(StaffDirectory directory, Questionnaires questionnaires, CallbackStore callbacks,
                   RollupStore rollups, IndicatorProperties properties, Clock clock, CallbackMetrics metrics) {
        this.directory = directory;
        this.questionnaires = questionnaires;
        this.callbacks = callbacks;
        this.rollups = rollups;
        this.properties = properties;
        this.clock = clock;
        this.metrics = metrics;
    }

    /** Checks records without storing anything: the problems of each invalid one, by position. */
    @Transactional(readOnly = true)
    @PreAuthorize("@access.canRecordCallbacks()")
    public List<IntakeResult.Rejected> check(List<CallbackRecord> records) {
        List<CallbackValidator.Outcome> outcomes = validate(records);
        List<IntakeResult.Rejected> rejected = new ArrayList<>();
        for (int i = 0; i < outcomes.size(); i++) {
            if (outcomes.get(i).callback() == null) {
                rejected.add(new IntakeResult.Rejected(i, records.get(i).externalId(), outcomes.get(i).problems()));
            }
        }
        return rejected;
    }

    private List<CallbackValidator.Outcome> validate(List<CallbackRecord> records) {
        Map<String, StaffRef> staff = directory.refsByEmployeeNo(records.stream()
                .map(CallbackRecord::employeeNo).filter(Objects::nonNull).map(String::strip).toList());
        Map<String, QuestionnaireDetails> byCode = questionnaires.all().stream()
                .collect(Collectors.toMap(QuestionnaireDetails::code, Function.identity()));
        var validator = new CallbackValidator(staff, byCode, LocalDate.now(clock.withZone(properties.zone())));
        return records.stream().map(validator::validate).toList();
    }

    @Transactional
    @PreAuthorize("@access.canRecordCallbacks()")
    public IntakeResult ingest(List<CallbackRecord> records) {
        List<CallbackValidator.Outcome> outcomes = validate(records);
        Map<String, String> stored = callbacks.hashesOf(outcomes.stream().filter(o -> o.callback() != null)
                .map(o -> o.callback().externalId()).toList());
        Map<String, String> seen = new HashMap<>(stored);
        List<ValidCallback> fresh = new ArrayList<>();
        List<IntakeResult.Rejected> rejected = new ArrayList<>();
        int duplicates = 0;
        for (int i = 0; i < outcomes.size(); i++) {
            CallbackValidator.Outcome outcome = outcomes.get(i);
            ValidCallback callback = outcome.callback();
            if (callback == null) {
                rejected.add(new IntakeResult.Rejected(i, records.get(i).externalId(), outcome.problems()));
                continue;
            }
            String known = seen.putIfAbsent(callback.externalId(), callback.contentHash());
            if (known == null) {
                fresh.add(callback);
            } else if (known.equals(callback.contentHash())) {
                duplicates++;
            } else {
                rejected.add(new IntakeResult.Rejected(i, callback.externalId(),
                        List.of(new FieldProblem("externalId", "callback.conflict", callback.externalId()))));
            }
        }
        callbacks.insert(fresh, clock.instant());
        rollups.add(fresh);
        return metrics.counted(new IntakeResult(fresh.size(), duplicates, rejected));
    }
}
