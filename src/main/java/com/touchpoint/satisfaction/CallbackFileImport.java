package com.touchpoint.satisfaction;

import com.touchpoint.shared.DataDirectory;
import com.touchpoint.shared.ErrorWorkbook;
import com.touchpoint.shared.ImportTimings;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
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

    CallbackFileImport(CallbackIntake intake, Questionnaires questionnaires, ImportHistoryStore history,
                       TranslationProvider translations, DataDirectory dataDirectory,
                       PlatformTransactionManager transactions, Clock clock, ImportTimings timings) {
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
    }

    /** Reads the header and checks the first rows without storing anything; counts all rows. */
    @PreAuthorize("@access.canRecordCallbacks()")
    public CallbackImportPreview preview(String fileName, Path file, Locale locale) {
        List<TabularRow> sample = new ArrayList<>();
        CallbackColumns[] columns = new CallbackColumns[1];
        int[] total = new int[1];
        TabularFiles.read(fileName, file, new TabularFiles.RowHandler() {
            @Override
            public void header(List<String> headers) {
                columns[0] = new CallbackColumns(headers, questionnaires.current());
            }

            @Override
            public void row(TabularRow row) {
                if (!row.isBlank()) {
                    total[0]++;
                    if (sample.size() < PREVIEW_ROWS) {
                        sample.add(row);
                    }
                }
            }
        });
        List<CallbackRecord> records = sample.stream().map(columns[0]::record).toList();
        List<List<String>> problems = new ArrayList<>();
        sample.forEach(r -> problems.add(List.of()));
        for (IntakeResult.Rejected rejected : intake.check(records)) {
            problems.set(rejected.index(), describe(rejected, columns[0], sample.get(rejected.index()), locale));
        }
        List<CallbackImportPreview.Row> rows = new ArrayList<>();
        for (int i = 0; i < sample.size(); i++) {
            rows.add(new CallbackImportPreview.Row(sample.get(i).rowNumber(), sample.get(i).cells(), problems.get(i)));
        }
        return new CallbackImportPreview(fileName, columns[0].headers(), rows, total[0]);
    }

    /** Imports the whole file; {@code progress} hears the number of rows done so far. */
    @PreAuthorize("@access.canRecordCallbacks()")
    public CallbackImportSummary importFile(String fileName, Path file, Locale locale, IntConsumer progress) {
        return timings.time("callbacks", () -> importNow(fileName, file, locale, progress));
    }

    private CallbackImportSummary importNow(String fileName, Path file, Locale locale, IntConsumer progress) {
        String user = SecurityContextHolder.getContext().getAuthentication().getName();
        long id = separateTransaction.execute(s -> history.start(fileName, user, clock.instant()));
        Path errorPath = dataDirectory.folder("imports").resolve("callback-import-" + id + "-errors.xlsx");
        var run = new Run(locale, progress);
        try (run) {
            transaction.executeWithoutResult(s -> {
                TabularFiles.read(fileName, file, run);
                run.flush();
            });
            if (run.rejected() > 0) {
                try (OutputStream out = Files.newOutputStream(errorPath)) {
                    run.errors.writeTo(out);
                }
            }
            separateTransaction.executeWithoutResult(s -> history.finish(id, clock.instant(),
                    CallbackImportSummary.SUCCEEDED, run.total, run.accepted, run.duplicates, run.rejected(),
                    run.rejected() > 0 ? errorPath.toString() : null, null));
        } catch (TouchpointException e) {
            fail(id, run, translations.translate(e, locale));
            throw e;
        } catch (IOException | RuntimeException e) {
            log.error("Callback import {} of {} failed", id, fileName, e);
            fail(id, run, translations.getTranslation("common.unexpected-error", locale));
            throw e instanceof RuntimeException r ? r : new UncheckedIOException((IOException) e);
        }
        return history.latest(50).stream().filter(h -> h.id() == id).findFirst().orElseThrow();
    }

    private void fail(long id, Run run, String message) {
        separateTransaction.executeWithoutResult(s -> history.finish(id, clock.instant(), CallbackImportSummary.FAILED,
                run.total, 0, 0, 0, null, message));
    }

    @PreAuthorize("@access.canRecordCallbacks()")
    public List<CallbackImportSummary> history(int limit) {
        return history.latest(limit);
    }

    @PreAuthorize("@access.canRecordCallbacks()")
    public Optional<Path> errorFile(long importId) {
        return history.errorFile(importId).map(Path::of).filter(Files::isReadable);
    }

    private List<String> describe(IntakeResult.Rejected rejected, CallbackColumns columns, TabularRow row, Locale locale) {
        return rejected.problems().stream().map(p -> translations.getTranslation("import.problem", locale,
                row.rowNumber(), columns.columnOf(p.field()),
                translations.getTranslation(p.messageKey(), locale, p.arguments()))).toList();
    }

    /** The state of one running import: the chunk being gathered, the counts and the error sheet. */
    private final class Run implements TabularFiles.RowHandler, AutoCloseable {
        private final Locale locale;
        private final IntConsumer progress;
        private final List<TabularRow> chunk = new ArrayList<>();
        private CallbackColumns columns;
        private ErrorWorkbook errors;
        private int total;
        private int accepted;
        private int duplicates;

        Run(Locale locale, IntConsumer progress) {
            this.locale = locale;
            this.progress = progress;
        }

        @Override
        public void header(List<String> headers) {
            columns = new CallbackColumns(headers, questionnaires.current());
            errors = new ErrorWorkbook(headers, translations.getTranslation("import.row", locale),
                    translations.getTranslation("import.errors", locale));
        }

        @Override
        public void row(TabularRow row) {
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
