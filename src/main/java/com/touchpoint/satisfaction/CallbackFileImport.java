package com.touchpoint.satisfaction;

import com.touchpoint.shared.DataDirectory;
import com.touchpoint.shared.DatabaseBusy;
import com.touchpoint.shared.DatabaseUnavailable;
import com.touchpoint.shared.ErrorWorkbook;
import com.touchpoint.shared.ImportTimings;
import com.touchpoint.shared.InvalidInputException.FieldProblem;
import com.touchpoint.shared.TabularRow;
import com.touchpoint.shared.TabularFiles;
import com.touchpoint.shared.TouchpointException;
import com.touchpoint.shared.TranslationProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntConsumer;

/**
 * Imports callback files uploaded by the quality team: streamed row by row with bounded memory,
 * checked with the same rules as the API, stored in one transaction (a file that turns out corrupt
 * half-way stores nothing), with the rejected rows written to a downloadable error file.
 */
@Service
public class CallbackFileImport {

    static final int CHUNK = 2000;
    static final int PREVIEW_ROWS = 50;
    private static final String ANSWER_FIELD = "answers.";
    private static final Logger log = LoggerFactory.getLogger(CallbackFileImport.class);

    private final CallbackIntake intake;
    private final Questionnaires questionnaires;
    private final ImportHistoryStore history;
    private final TranslationProvider translations;
    private final DataDirectory dataDirectory;
    private final TransactionTemplate transaction;
    private final TransactionTemplate separateTransaction;
    private final Clock clock;
    private final ImportTimings timings;
    private final ImportProperties properties;

    CallbackFileImport(CallbackIntake intake, Questionnaires questionnaires, ImportHistoryStore history,
                       TranslationProvider translations, DataDirectory dataDirectory,
                       PlatformTransactionManager transactions, Clock clock, ImportTimings timings,
                       ImportProperties properties) {
        this.intake = intake;
        this.questionnaires = questionnaires;
        this.history = history;
        this.translations = translations;
        this.dataDirectory = dataDirectory;
        this.transaction = new TransactionTemplate(transactions);
        this.separateTransaction = new TransactionTemplate(transactions);
        this.separateTransaction.setPropagationBehavior(TransactionTemplate.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
        this.timings = timings;
        this.properties = properties;
    }

    /**
     * Checks the whole file as an import would, without storing anything: the counts it would end with, and the
     * first rows with their problems, identical resends and external ids repeated inside the file.
     */
    @PreAuthorize("@access.canRecordCallbacks()")
    public CallbackImportPreview preview(String fileName, Path file, Locale locale) {
        var check = new PreviewRun(locale);
        TabularFiles.read(fileName, file, check);
        check.flush();
        return new CallbackImportPreview(fileName, check.columns.headers(), check.rows, check.total, check.accepted,
                check.duplicates, check.rejected, check.repeated);
    }

    /** Imports the whole file; {@code progress} hears the number of rows done so far. */
    @PreAuthorize("@access.canRecordCallbacks()")
    public CallbackImportSummary importFile(String fileName, Path file, Locale locale, IntConsumer progress) {
        return timings.time("callbacks", () -> importNow(fileName, file, locale, progress));
    }

    private CallbackImportSummary importNow(String fileName, Path file, Locale locale, IntConsumer progress) {
        String user = SecurityContextHolder.getContext().getAuthentication().getName();
        Instant started = clock.instant();
        long id = separateTransaction.execute(s -> history.start(fileName, user, started));
        Path errorPath = dataDirectory.folder("imports").resolve("callback-import-" + id + "-errors.xlsx");
        var run = new Run(id, started, locale, progress);
        try (run) {
            transaction.executeWithoutResult(s -> {
                TabularFiles.read(fileName, file, run);
                run.flush();
                if (run.rejected() > 0) {
                    writeErrors(run, errorPath);
                }
                // In the rows' own transaction, so that the history says SUCCEEDED exactly when they were committed.
                history.finish(id, clock.instant(), CallbackImportSummary.SUCCEEDED, run.total, run.accepted,
                        run.duplicates, run.rejected(), run.rejected() > 0 ? errorPath.toString() : null, null);
            });
        } catch (TouchpointException e) {
            fail(id, run, errorPath, translations.translate(e, locale), e);
            throw e;
        } catch (IOException | RuntimeException e) {
            String message = translations.getTranslation("common.unexpected-error", locale);
            if (DatabaseUnavailable.causedBy(e)) {
                log.warn("Callback import {} of {} was cut off: the database is not reachable ({})", id, fileName,
                        e.toString());
            } else if (DatabaseBusy.causedBy(e)) {
                log.warn("Callback import {} of {} was rolled back on a lock wait timeout or a deadlock ({})", id,
                        fileName, e.toString());
                message = translations.getTranslation("callback-import.busy", locale);
            } else {
                log.error("Callback import {} of {} failed", id, fileName, e);
            }
            fail(id, run, errorPath, message, e);
            throw e instanceof RuntimeException r ? r : new UncheckedIOException((IOException) e);
        }
        return history.find(id, staleBefore()).orElseThrow();
    }

    private static void writeErrors(Run run, Path errorPath) {
        try (OutputStream out = Files.newOutputStream(errorPath)) {
            run.errors.writeTo(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Records that nothing was stored. When that fails too (the database went away, the usual reason for getting
     * here), the import's own failure is the one that is thrown, with this one attached; its history row then stays
     * RUNNING until its heartbeat is stale and it is reported as interrupted.
     */
    private void fail(long id, Run run, Path errorPath, String message, Exception failure) {
        boolean recorded;
        try {
            recorded = Boolean.TRUE.equals(separateTransaction.execute(s -> history.finish(id, clock.instant(),
                    CallbackImportSummary.FAILED, run.total, 0, 0, 0, null, message)));
        } catch (RuntimeException e) {
            failure.addSuppressed(e);
            log.warn("Could not record the failure of callback import {}: {}", id, e.toString());
            return;
        }
        // Not recorded: a commit whose answer was lost had in fact stored the rows, and its error file stays.
        if (recorded) {
            try {
                Files.deleteIfExists(errorPath);
            } catch (IOException e) {
                failure.addSuppressed(e);
            }
        }
    }

    private Instant staleBefore() {
        return clock.instant().minus(properties.staleAfter());
    }

    @PreAuthorize("@access.canRecordCallbacks()")
    public List<CallbackImportSummary> history(int limit) {
        return history.latest(limit, staleBefore());
    }

    @PreAuthorize("@access.canRecordCallbacks()")
    public Optional<Path> errorFile(long importId) {
        return history.errorFile(importId).map(Path::of).filter(Files::isReadable);
    }

    private List<String> describe(IntakeResult.Rejected rejected, CallbackColumns columns, TabularRow row, Locale locale) {
        return rejected.problems().stream().map(p -> translations.getTranslation("import.problem", locale,
                row.rowNumber(), columns.columnOf(p.field()),
                translations.getTranslation(p.messageKey(), locale, namedArguments(p, columns, locale)))).toList();
    }

    /**
     * Problems name fields and items by code, as the API reports them; whoever reads an import's errors sees the
     * file's column heading and the item's name in their language instead ("服务态度", not "ATTITUDE").
     */
    private Object[] namedArguments(FieldProblem problem, CallbackColumns columns, Locale locale) {
        boolean answer = problem.field().startsWith(ANSWER_FIELD);
        String code = answer ? problem.field().substring(ANSWER_FIELD.length()) : problem.field();
        String name = answer ? questionnaires.current().item(code).map(i -> i.name(locale)).orElse(code)
                : columns.columnOf(problem.field());
        Object[] arguments = problem.arguments().clone();
        for (int i = 0; i < arguments.length; i++) {
            if (code.equals(arguments[i])) {
                arguments[i] = name;
            }
        }
        return arguments;
    }

    /** The state of one preview: the chunk being checked, what an import would count, and the rows shown. */
    private final class PreviewRun implements TabularFiles.RowHandler {
        private final Locale locale;
        private final List<TabularRow> chunk = new ArrayList<>();
        private final Map<String, String> earlier = new HashMap<>();
        private final Map<String, Integer> firstRowOf = new HashMap<>();
        private final List<CallbackImportPreview.Row> rows = new ArrayList<>();
        private CallbackColumns columns;
        private int total;
        private int accepted;
        private int duplicates;
        private int rejected;
        private int repeated;

        PreviewRun(Locale locale) {
            this.locale = locale;
        }

        @Override
        public void header(List<String> headers) {
            columns = new CallbackColumns(headers, questionnaires.current());
        }

        @Override
        public void row(TabularRow row) {
            if (!row.isBlank()) {
                chunk.add(row);
                if (chunk.size() == CHUNK) {
                    flush();
                }
            }
        }

        void flush() {
            if (chunk.isEmpty()) {
                return;
            }
            List<CallbackRecord> records = chunk.stream().map(columns::record).toList();
            IntakeCheck result = intake.check(records, earlier);
            accepted += result.accepted();
            duplicates += result.duplicates().size();
            rejected += result.rejected().size();
            Map<Integer, IntakeResult.Rejected> refused = new HashMap<>();
            result.rejected().forEach(r -> refused.put(r.index(), r));
            Set<Integer> skipped = Set.copyOf(result.duplicates());
            for (int i = 0; i < chunk.size(); i++) {
                show(chunk.get(i), records.get(i).externalId(), refused.get(i), skipped.contains(i));
            }
            total += chunk.size();
            chunk.clear();
        }

        private void show(TabularRow row, String externalId, IntakeResult.Rejected refused, boolean duplicate) {
            List<String> notes = new ArrayList<>();
            Integer first = externalId == null || externalId.isBlank() ? null
                    : firstRowOf.putIfAbsent(externalId.strip(), row.rowNumber());
            if (first != null) {
                repeated++;
                notes.add(translations.getTranslation("callback-import.repeated", locale, row.rowNumber(),
                        externalId.strip(), first));
            }
            if (rows.size() >= PREVIEW_ROWS) {
                return;
            }
            if (refused != null) {
                notes.addAll(describe(refused, columns, row, locale));
            } else if (duplicate && first == null) {
                notes.add(translations.getTranslation("callback-import.already-stored", locale, externalId.strip()));
            }
            var status = refused != null ? CallbackImportPreview.RowStatus.INVALID
                    : duplicate ? CallbackImportPreview.RowStatus.DUPLICATE : CallbackImportPreview.RowStatus.VALID;
            rows.add(new CallbackImportPreview.Row(row.rowNumber(), row.cells(), status, notes));
        }
    }

    /** The state of one running import: the chunk being gathered, the counts and the error sheet. */
    private final class Run implements TabularFiles.RowHandler, AutoCloseable {
        private final long id;
        private final Locale locale;
        private final IntConsumer progress;
        private final List<TabularRow> chunk = new ArrayList<>();
        private CallbackColumns columns;
        private ErrorWorkbook errors;
        private Instant lastBeat;
        private int total;
        private int accepted;
        private int duplicates;

        Run(long id, Instant started, Locale locale, IntConsumer progress) {
            this.id = id;
            this.lastBeat = started;
            this.locale = locale;
            this.progress = progress;
        }

        /**
         * Renews the heartbeat when it is due, in a transaction of its own so that other nodes see it. A beat that
         * cannot be written is only logged: the import itself finds out soon enough if the database is gone.
         */
        private void beatIfDue() {
            Instant now = clock.instant();
            if (Duration.between(lastBeat, now).compareTo(properties.heartbeatEvery()) < 0) {
                return;
            }
            lastBeat = now;
            try {
                separateTransaction.executeWithoutResult(s -> history.beat(id, now));
            } catch (RuntimeException e) {
                log.warn("Could not renew the heartbeat of callback import {}: {}", id, e.toString());
            }
        }

        @Override
        public void header(List<String> headers) {
            columns = new CallbackColumns(headers, questionnaires.current());
            errors = new ErrorWorkbook(headers, translations.getTranslation("import.row", locale),
                    translations.getTranslation("import.errors", locale));
        }

        @Override
        public void row(TabularRow row) {
            beatIfDue();
            if (row.isBlank()) {
                return;
            }
            chunk.add(row);
            if (chunk.size() == CHUNK) {
                flush();
            }
        }

        private void flush() {
            if (chunk.isEmpty()) {
                return;
            }
            IntakeResult result = intake.ingest(chunk.stream().map(columns::record).toList());
            accepted += result.accepted();
            duplicates += result.duplicates();
            for (IntakeResult.Rejected r : result.rejected()) {
                TabularRow row = chunk.get(r.index());
                errors.add(new ErrorWorkbook.RejectedRow(row.rowNumber(), row.cells(),
                        String.join("; ", describe(r, columns, row, locale))));
            }
            total += chunk.size();
            chunk.clear();
            progress.accept(total);
        }

        int rejected() {
            return errors == null ? 0 : errors.rejectedRows();
        }

        @Override
        public void close() throws IOException {
            if (errors != null) {
                errors.close();
            }
        }
    }

}
