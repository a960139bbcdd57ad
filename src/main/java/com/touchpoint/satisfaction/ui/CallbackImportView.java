package com.touchpoint.satisfaction.ui;

import com.touchpoint.layout.ComponentTexts;
import com.touchpoint.layout.BackgroundWork;
import com.touchpoint.layout.Formats;
import com.touchpoint.layout.MainLayout;
import com.touchpoint.layout.Notifications;
import com.touchpoint.layout.Uploads;
import com.touchpoint.satisfaction.CallbackFileImport;
import com.touchpoint.satisfaction.CallbackImportPreview;
import com.touchpoint.satisfaction.CallbackImportSummary;
import com.touchpoint.shared.OperatorTime;
import com.touchpoint.shared.Roles;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.receivers.FileBuffer;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.StreamResource;
import jakarta.annotation.security.RolesAllowed;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;

/**
 * Callback file import for the quality team: upload .xlsx or .csv, preview the first rows with their
 * problems, import with a progress bar, download the rejected rows, and see who imported what.
 */
@Route(value = "quality/imports", layout = MainLayout.class)
@Menu(title = "nav.callback-imports", order = 20, icon = "vaadin:upload")
@RolesAllowed({Roles.QUALITY, Roles.ADMIN})
class CallbackImportView extends VerticalLayout implements HasDynamicTitle {

    private final CallbackFileImport imports;
    private final BackgroundWork background;
    private final ZoneId zone;
    private final Paragraph summary = new Paragraph();
    private final Grid<CallbackImportPreview.Row> previewGrid = new Grid<>();
    private final Button importButton = new Button();
    private final ProgressBar progress = new ProgressBar();
    private final Span progressText = new Span();
    private final Grid<CallbackImportSummary> historyGrid = new Grid<>();
    private CallbackImportPreview preview;
    private Path uploaded;

    CallbackImportView(CallbackFileImport imports, BackgroundWork background, Uploads uploads, OperatorTime operatorTime) {
        this.imports = imports;
        this.background = background;
        this.zone = operatorTime.zone();
        addClassName("callback-import-view");
        progress.setVisible(false);
        progress.setId("import-progress");
        summary.setId("callback-import-summary");
        importButton.setText(getTranslation("import.store-valid"));
        importButton.setId("callback-import-start");
        importButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        importButton.setEnabled(false);
        importButton.addClickListener(e -> startImport());
        configurePreview();
        configureHistory();
        add(new H2(getTranslation("callback-import.title")), new Paragraph(getTranslation("callback-import.help")),
                upload(uploads), summary, previewGrid, importButton, progress, progressText,
                new H3(getTranslation("callback-import.history")), historyGrid);
        refreshHistory();
    }

    private Component upload(Uploads uploads) {
        var buffer = new FileBuffer();
        var upload = new Upload(buffer);
        upload.setId("callback-upload");
        upload.addSucceededListener(e -> {
            read(e.getFileName(), buffer.getFileData().getFile().toPath());
            upload.clearFileList();
        });
        return uploads.configure(upload, ".xlsx", ".csv");
    }

    /** Checks the uploaded file in the background and shows its first rows. */
    void read(String fileName, Path file) {
        uploaded = file;
        importButton.setEnabled(false);
        summary.setText(getTranslation("callback-import.reading", fileName));
        progress.setIndeterminate(true);
        progress.setVisible(true);
        var locale = getLocale();
        background.run(() -> imports.preview(fileName, file, locale), this::showPreview, e -> {
            progress.setVisible(false);
            summary.setText("");
            Notifications.refused(e);
        });
    }

    private void showPreview(CallbackImportPreview next) {
        preview = next;
        progress.setVisible(false);
        summary.setText(getTranslation("callback-import.preview", next.fileName(), next.totalRows(), next.accepted(),
                next.duplicates(), next.rejected(), next.repeatedInFile(), next.rows().size()));
        previewGrid.setItems(next.rows());
        importButton.setEnabled(next.totalRows() > 0);
    }

    private void startImport() {
        if (preview == null || uploaded == null) {
            return;
        }
        importButton.setEnabled(false);
        progress.setIndeterminate(false);
        progress.setValue(0);
        progress.setVisible(true);
        int total = Math.max(1, preview.totalRows());
        UI ui = UI.getCurrent();
        var locale = getLocale();
        String fileName = preview.fileName();
        Path file = uploaded;
        background.run(() -> imports.importFile(fileName, file, locale, done -> ui.access(() -> {
            progress.setValue(Math.min(1.0, done / (double) total));
            progressText.setText(getTranslation("callback-import.progress", done, total));
        })), result -> {
            progress.setVisible(false);
            progressText.setText("");
            Notifications.success(getTranslation("callback-import.done", result.accepted(), result.duplicates(),
                    result.rejected()));
            deleteUpload(file);
            refreshHistory();
        }, e -> {
            progress.setVisible(false);
            Notifications.refused(e);
            refreshHistory();
        });
    }

    private static void deleteUpload(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void configurePreview() {
        previewGrid.setId("callback-preview");
        ComponentTexts.emptyState(previewGrid, "callback-import.preview.empty");
        previewGrid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        previewGrid.setHeight("300px");
        previewGrid.addColumn(CallbackImportPreview.Row::rowNumber).setHeader(getTranslation("import.row")).setAutoWidth(true);
        previewGrid.addColumn(r -> r.cells().isEmpty() ? "" : r.cells().get(0)).setHeader(getTranslation("callback-import.first-column"))
                .setAutoWidth(true);
        previewGrid.addColumn(r -> getTranslation("callback-import.row." + r.status()))
                .setHeader(getTranslation("import.status")).setAutoWidth(true);
        previewGrid.addColumn(r -> String.join("; ", r.problems())).setHeader(getTranslation("import.errors")).setFlexGrow(1);
    }

    private void configureHistory() {
        historyGrid.setId("callback-import-history");
        ComponentTexts.emptyState(historyGrid, "callback-import.history.empty");
        historyGrid.addThemeVariants(GridVariant.LUMO_COMPACT);
        historyGrid.setAllRowsVisible(true);
        historyGrid.addColumn(h -> Formats.dateTime(h.startedAt(), zone)).setHeader(getTranslation("callback-import.when"))
                .setAutoWidth(true);
        historyGrid.addColumn(CallbackImportSummary::importedBy).setHeader(getTranslation("callback-import.who")).setAutoWidth(true);
        historyGrid.addColumn(CallbackImportSummary::fileName).setHeader(getTranslation("callback-import.file")).setAutoWidth(true);
        historyGrid.addColumn(h -> getTranslation("callback-import.status." + h.status())).setHeader(getTranslation("import.status"))
                .setAutoWidth(true);
        historyGrid.addColumn(h -> getTranslation("callback-import.counts", h.accepted(), h.duplicates(), h.rejected()))
                .setHeader(getTranslation("callback-import.result")).setAutoWidth(true);
        historyGrid.addComponentColumn(this::errorLink).setHeader(getTranslation("import.error-file")).setAutoWidth(true);
        historyGrid.addColumn(this::message).setHeader(getTranslation("callback-import.message")).setFlexGrow(1);
    }

    private String message(CallbackImportSummary h) {
        if (h.interrupted()) {
            return getTranslation("callback-import.interrupted");
        }
        return h.message() == null ? "" : h.message();
    }

    private com.vaadin.flow.component.Component errorLink(CallbackImportSummary h) {
        if (!h.hasErrorFile()) {
            return new Span();
        }
        var link = new Anchor(new StreamResource("callback-import-" + h.id() + "-errors.xlsx",
                () -> imports.errorFile(h.id()).map(CallbackImportView::open).orElse(null)),
                getTranslation("import.error-file"));
        link.getElement().setAttribute("download", true);
        return link;
    }

    private static java.io.InputStream open(Path path) {
        try {
            return Files.newInputStream(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void refreshHistory() {
        historyGrid.setItems(imports.history(20));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.callback-imports") + " | " + getTranslation("app.name");
    }
}
