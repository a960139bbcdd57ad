package com.touchpoint.staff.ui;

import com.touchpoint.layout.ComponentTexts;
import com.touchpoint.layout.MainLayout;
import com.touchpoint.layout.Notifications;
import com.touchpoint.layout.Uploads;
import com.touchpoint.shared.ErrorWorkbook;
import com.touchpoint.shared.Roles;
import com.touchpoint.shared.TouchpointException;
import com.touchpoint.staff.StaffImport;
import com.touchpoint.staff.StaffImportPreview;
import com.touchpoint.staff.StaffImportResult;
import com.touchpoint.staff.StaffImportRow;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.receivers.MemoryBuffer;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.StreamResource;
import jakarta.annotation.security.RolesAllowed;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.stream.Collectors;

/** Upload a staff directory file, see every row's problems, store the valid rows, download the rejected ones. */
@Route(value = "staff/import", layout = MainLayout.class)
@RolesAllowed({Roles.HR, Roles.ADMIN})
class StaffImportView extends VerticalLayout implements HasDynamicTitle {

    private final StaffImport staffImport;
    private final Paragraph summary = new Paragraph();
    private final Grid<StaffImportRow> rows = new Grid<>();
    private final Button importButton = new Button();
    private final Anchor errorFile = new Anchor();
    private StaffImportPreview preview;

    StaffImportView(StaffImport staffImport, Uploads uploads) {
        this.staffImport = staffImport;
        setSizeFull();
        add(new H2(getTranslation("import.staff.title")), new Paragraph(getTranslation("import.staff.help")),
                upload(uploads), summary, actions(), rows);
        configureRows();
        setFlexGrow(1, rows);
        showPreview(null);
    }

    private com.vaadin.flow.component.Component upload(Uploads uploads) {
        var buffer = new MemoryBuffer();
        var upload = new Upload(buffer);
        upload.setId("staff-upload");
        upload.setDropLabel(new com.vaadin.flow.component.html.Span(getTranslation("import.drop")));
        upload.addSucceededListener(e -> {
            try {
                read(e.getFileName(), buffer.getInputStream().readAllBytes());
            } catch (IOException ex) {
                throw new UncheckedIOException(ex);
            }
            upload.clearFileList();
        });
        return uploads.configure(upload, ".xlsx", ".csv");
    }

    void read(String fileName, byte[] content) {
        try {
            showPreview(staffImport.preview(fileName, content));
        } catch (TouchpointException e) {
            showPreview(null);
            Notifications.refused(e);
        }
    }

    private HorizontalLayout actions() {
        importButton.setText(getTranslation("import.store-valid"));
        importButton.setId("staff-import-store");
        importButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        importButton.addClickListener(e -> store());
        errorFile.setText(getTranslation("import.error-file"));
        errorFile.getElement().setAttribute("download", true);
        errorFile.setId("staff-import-errors");
        return new HorizontalLayout(importButton, errorFile);
    }

    private void configureRows() {
        rows.addColumn(StaffImportRow::rowNumber).setHeader(getTranslation("import.row")).setAutoWidth(true);
        rows.addColumn(r -> preview == null ? "" : preview.employeeNo(r)).setHeader(getTranslation("staff.employee-no"))
                .setAutoWidth(true);
        rows.addColumn(r -> preview == null ? "" : preview.name(r)).setHeader(getTranslation("staff.name"))
                .setAutoWidth(true);
        rows.addColumn(r -> getTranslation(r.valid() ? "import.status.ok" : "import.status.error"))
                .setHeader(getTranslation("import.status")).setAutoWidth(true);
        rows.addColumn(this::errors).setHeader(getTranslation("import.errors")).setFlexGrow(1);
        rows.setId("staff-import-rows");
        ComponentTexts.emptyState(rows, "import.staff.preview.empty");
    }

    private String errors(StaffImportRow row) {
        return row.problems().stream()
                .map(p -> getTranslation("import.problem", row.rowNumber(), p.column(),
                        getTranslation(p.messageKey(), p.arguments())))
                .collect(Collectors.joining("; "));
    }

    private void showPreview(StaffImportPreview next) {
        this.preview = next;
        rows.setItems(next == null ? java.util.List.of() : next.rows());
        summary.setText(next == null ? "" : getTranslation("import.summary", next.fileName(), next.rows().size(),
                next.validCount(), next.invalidCount()));
        importButton.setEnabled(next != null && next.validCount() > 0);
        errorFile.setVisible(next != null && next.invalidCount() > 0);
        if (next != null && next.invalidCount() > 0) {
            errorFile.setHref(errorResource(next));
        }
    }

    private StreamResource errorResource(StaffImportPreview current) {
        var rejected = current.rows().stream().filter(r -> !r.valid())
                .map(r -> new ErrorWorkbook.RejectedRow(r.rowNumber(), r.cells(), errors(r))).toList();
        byte[] bytes = ErrorWorkbook.write(current.headers(), getTranslation("import.row"),
                getTranslation("import.errors"), rejected);
        return new StreamResource("staff-import-errors.xlsx", () -> new ByteArrayInputStream(bytes));
    }

    private void store() {
        if (preview == null) {
            return;
        }
        try {
            StaffImportResult result = staffImport.importValidRows(preview);
            Notifications.success(getTranslation("import.staff.done", result.created(), result.updated(),
                    result.unchanged(), result.skippedInvalid()));
            importButton.setEnabled(false);
        } catch (TouchpointException e) {
            Notifications.refused(e);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("import.staff.title") + " | " + getTranslation("app.name");
    }
}
