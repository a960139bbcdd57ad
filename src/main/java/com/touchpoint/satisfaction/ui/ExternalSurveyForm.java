package com.touchpoint.satisfaction.ui;

import com.touchpoint.layout.ComponentTexts;
import com.touchpoint.layout.FieldErrors;
import com.touchpoint.layout.Notifications;
import com.touchpoint.layout.Uploads;
import com.touchpoint.satisfaction.ExternalImportResult;
import com.touchpoint.satisfaction.ExternalScore;
import com.touchpoint.satisfaction.ExternalSurveys;
import com.touchpoint.satisfaction.ItemDefinition;
import com.touchpoint.satisfaction.Questionnaires;
import com.touchpoint.shared.TouchpointException;
import com.touchpoint.staff.OrgStructure;
import com.touchpoint.staff.OrgUnitDetails;
import com.touchpoint.staff.OrgUnitKind;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.receivers.MemoryBuffer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.stream.Collectors;

/** External survey scores per quarter, unit and item: typed in one at a time or imported from a file. */
class ExternalSurveyForm extends VerticalLayout {

    private final Questionnaires questionnaires;
    private final ExternalSurveys external;
    private final Uploads uploads;
    private final Runnable changed;
    private final Grid<ExternalScore> externalScores = new Grid<>();

    /** @param changed runs after scores were added, so that what is derived from them elsewhere is shown again */
    ExternalSurveyForm(Questionnaires questionnaires, ExternalSurveys external, OrgStructure org, Uploads uploads,
                       Runnable changed) {
        this.questionnaires = questionnaires;
        this.external = external;
        this.uploads = uploads;
        this.changed = changed;
        setPadding(false);
        configureScores(org.allUnits().stream().collect(Collectors.toMap(OrgUnitDetails::code, OrgUnitDetails::name)));
        add(fields(org), upload(), externalScores);
        externalScores.setItems(external.all());
    }

    private FlexLayout fields(OrgStructure org) {
        var quarter = new TextField(getTranslation("questionnaire.quarter"));
        quarter.setPlaceholder("2026Q3");
        var unit = new ComboBox<OrgUnitDetails>(getTranslation("report.unit"));
        unit.setItems(org.allUnits().stream().filter(u -> u.kind() != OrgUnitKind.TEAM).toList());
        unit.setItemLabelGenerator(OrgUnitDetails::name);
        var item = new ComboBox<ItemDefinition>(getTranslation("scores.item"));
        item.setItems(questionnaires.current().items());
        item.setItemLabelGenerator(i -> i.name(getLocale()));
        var score = new BigDecimalField(getTranslation("questionnaire.external-score"));
        var errors = new FieldErrors(Map.of("quarter", quarter, "unitCode", unit, "itemCode", item, "score", score));
        var add = new Button(getTranslation("questionnaire.external-add"), e -> {
            if (errors.attempt(() -> external.record(new ExternalScore(quarter.getValue(),
                    unit.getValue() == null ? null : unit.getValue().code(),
                    item.getValue() == null ? null : item.getValue().code(), score.getValue())))) {
                refresh();
            }
        });
        add.setId("external-add");
        var fields = new FlexLayout(quarter, unit, item, score, add);
        fields.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        fields.setAlignItems(Alignment.END);
        fields.getStyle().set("gap", "var(--lumo-space-s)");
        return fields;
    }

    private void configureScores(Map<String, String> unitNames) {
        externalScores.setId("external-scores");
        ComponentTexts.emptyState(externalScores, "external.empty");
        externalScores.addThemeVariants(GridVariant.LUMO_COMPACT);
        externalScores.setHeight("240px");
        externalScores.addColumn(ExternalScore::quarter).setHeader(getTranslation("questionnaire.quarter")).setAutoWidth(true);
        externalScores.addColumn(s -> unitNames.getOrDefault(s.unitCode(), s.unitCode())).setHeader(getTranslation("report.unit")).setAutoWidth(true);
        externalScores.addColumn(s -> QuestionnaireVersionsForm.itemName(questionnaires, s.itemCode()))
                .setHeader(getTranslation("scores.item")).setAutoWidth(true);
        externalScores.addColumn(ExternalScore::score).setHeader(getTranslation("questionnaire.external-score")).setAutoWidth(true);
    }

    private Component upload() {
        var buffer = new MemoryBuffer();
        var upload = new Upload(buffer);
        upload.setId("external-upload");
        upload.setDropLabel(new Span(getTranslation("questionnaire.external-upload")));
        var problems = new Paragraph();
        problems.setId("external-upload-problems");
        upload.addSucceededListener(e -> {
            try {
                showImport(external.importFile(e.getFileName(), buffer.getInputStream().readAllBytes()), problems);
            } catch (IOException ex) {
                throw new UncheckedIOException(ex);
            } catch (TouchpointException ex) {
                Notifications.refused(ex);
            }
            upload.clearFileList();
        });
        var box = new VerticalLayout(uploads.configure(upload, ".xlsx", ".csv"), problems);
        box.setPadding(false);
        return box;
    }

    private void showImport(ExternalImportResult result, Paragraph problems) {
        Notifications.success(getTranslation("questionnaire.external-imported", result.stored(), result.problems().size()));
        problems.setText(result.problems().stream().map(p -> getTranslation("import.problem", p.rowNumber(), p.column(),
                getTranslation(p.messageKey(), p.arguments()))).collect(Collectors.joining("; ")));
        refresh();
    }

    private void refresh() {
        externalScores.setItems(external.all());
        changed.run();
    }
}
