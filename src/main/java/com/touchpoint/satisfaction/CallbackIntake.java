package com.touchpoint.satisfaction;

import com.touchpoint.shared.DatabaseBusy;
import com.touchpoint.shared.InvalidInputException.FieldProblem;
import com.touchpoint.shared.OperatorTime;
import com.touchpoint.staff.StaffDirectory;
import com.touchpoint.staff.StaffRef;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
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
 * under a known external id are refused as conflicts. What was stored is published as {@link CallbacksStored}.
 */
@Service
public class CallbackIntake {

    public static final int MAX_BATCH = 5000;
    /** Each failed attempt means a concurrent delivery committed some of these external ids first. */
    static final int MAX_ATTEMPTS = 4;
    private static final Logger log = LoggerFactory.getLogger(CallbackIntake.class);

    private final StaffDirectory directory;
    private final Questionnaires questionnaires;
    private final CallbackStore callbacks;
    private final RollupStore rollups;
    private final OperatorTime operatorTime;
    private final Clock clock;
    private final CallbackMetrics metrics;
    private final TransactionTemplate transactions;
    private final ApplicationEventPublisher events;

    CallbackIntake(StaffDirectory directory, Questionnaires questionnaires, CallbackStore callbacks,
                   RollupStore rollups, OperatorTime operatorTime, Clock clock, CallbackMetrics metrics,
                   PlatformTransactionManager transactionManager, ApplicationEventPublisher events) {
        this.directory = directory;
        this.questionnaires = questionnaires;
        this.callbacks = callbacks;
        this.rollups = rollups;
        this.operatorTime = operatorTime;
        this.clock = clock;
        this.metrics = metrics;
        this.transactions = new TransactionTemplate(transactionManager);
        this.events = events;
    }

    private List<CallbackValidator.Outcome> validate(List<CallbackRecord> records) {
        Map<String, StaffRef> staff = directory.refsByEmployeeNo(records.stream()
                .map(CallbackRecord::employeeNo).filter(Objects::nonNull).map(String::strip).toList());
        Map<String, QuestionnaireDetails> byCode = questionnaires.all().stream()
                .collect(Collectors.toMap(QuestionnaireDetails::code, Function.identity()));
        var validator = new CallbackValidator(staff, byCode, operatorTime.today());
        return records.stream().map(validator::validate).toList();
    }

    /**
     * Stores a delivery in one transaction. A delivery racing another one with the same external ids loses
     * on the unique key (or as a deadlock victim) and rolls back whole; it is then run again, and the rows
     * the winner committed make those records duplicates or conflicts. Inside a caller's transaction it
     * runs once, as the caller owns the rollback.
     */
    @PreAuthorize("@access.canRecordCallbacks()")
    public IntakeResult ingest(List<CallbackRecord> records) {
        boolean joined = TransactionSynchronizationManager.isActualTransactionActive();
        for (int attempt = 1; ; attempt++) {
            try {
                return transactions.execute(status -> store(records));
            } catch (RuntimeException e) {
                // A lock wait timeout is not run again: it has already waited the whole timeout, and a delivery
                // that waits that long again is better answered at once so that the client sends it later.
                boolean collided = e instanceof DuplicateKeyException || DatabaseBusy.deadlock(e);
                if (!collided || joined || attempt == MAX_ATTEMPTS) {
                    throw e;
                }
                log.debug("Callback delivery collided with a concurrent one (attempt {}), running it again", attempt);
            }
        }
    }

    /**
     * What {@link #ingest} would do with these records now, without storing anything. {@code earlier} holds the
     * external ids and content hashes of records met before them (the earlier rows of the same file), which a
     * real import would have stored by then; it gains these records, so a file can be checked chunk by chunk.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("@access.canRecordCallbacks()")
    public IntakeCheck check(List<CallbackRecord> records, Map<String, String> earlier) {
        List<CallbackValidator.Outcome> outcomes = validate(records);
        Map<String, String> seen = new HashMap<>(earlier);
        seen.putAll(storedHashes(outcomes));
        Sorted sorted = sort(records, outcomes, seen);
        earlier.putAll(seen);
        return new IntakeCheck(sorted.fresh().size(), sorted.duplicates(), sorted.rejected());
    }

    private IntakeResult store(List<CallbackRecord> records) {
        List<CallbackValidator.Outcome> outcomes = validate(records);
        Sorted sorted = sort(records, outcomes, new HashMap<>(storedHashes(outcomes)));
        callbacks.insert(sorted.fresh(), clock.instant());
        rollups.add(sorted.fresh());
        if (!sorted.fresh().isEmpty()) {
            events.publishEvent(CallbacksStored.of(sorted.fresh()));
        }
        return metrics.counted(new IntakeResult(sorted.fresh().size(), sorted.duplicates().size(), sorted.rejected()));
    }

    private Map<String, String> storedHashes(List<CallbackValidator.Outcome> outcomes) {
        return callbacks.hashesOf(outcomes.stream().filter(o -> o.callback() != null)
                .map(o -> o.callback().externalId()).toList());
    }

    /** New, identical resends (by position) and refused records; {@code seen} gains the new ones. */
    private static Sorted sort(List<CallbackRecord> records, List<CallbackValidator.Outcome> outcomes,
                               Map<String, String> seen) {
        List<ValidCallback> fresh = new ArrayList<>();
        List<Integer> duplicates = new ArrayList<>();
        List<IntakeResult.Rejected> rejected = new ArrayList<>();
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
                duplicates.add(i);
            } else {
                rejected.add(new IntakeResult.Rejected(i, callback.externalId(),
                        List.of(new FieldProblem("externalId", "callback.conflict", callback.externalId()))));
            }
        }
        return new Sorted(fresh, duplicates, rejected);
    }

    private record Sorted(List<ValidCallback> fresh, List<Integer> duplicates, List<IntakeResult.Rejected> rejected) {
    }
}
