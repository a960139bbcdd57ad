package com.touchpoint.satisfaction.ui;

import com.touchpoint.layout.FieldErrors;
import com.touchpoint.layout.MainLayout;
import com.touchpoint.layout.Notifications;
import com.touchpoint.layout.Uploads;
import com.touchpoint.satisfaction.ExternalScore;
import com.touchpoint.satisfaction.ExternalSurveys;
import com.touchpoint.satisfaction.ItemDefinition;
import com.touchpoint.satisfaction.QuestionnaireDetails;
import com.touchpoint.satisfaction.Questionnaires;
import com.touchpoint.satisfaction.SatisfactionTargets;
import com.touchpoint.shared.Roles;
import com.touchpoint.shared.TouchpointException;
import com.touchpoint.staff.OrgStructure;
import com.touchpoint.staff.OrgUnitDetails;
import com.touchpoint.staff.OrgUnitKind;
import com.touchpoint.staff.PostDetails;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Questionnaires and targets for the quality team: the versions and their items beside the weakest
 * items of the external survey, the per-post targets, and the external survey scores.
 */
@Route(value = "quality/questionnaire", layout = MainLayout.class)
@Menu(title = "nav.questionnaire", order = 22, icon = "vaadin:clipboard-check")
@RolesAllowed({Roles.QUALITY, Roles.ADMIN})
class QuestionnaireView extends VerticalLayout implements HasDynamicTitle {

    private final Questionnaires questionnaires;
    private final SatisfactionTargets targets;
    private final ExternalSurveys external;
    private final OrgStructure org;
    private final Grid<QuestionnaireDetails> versions = new Grid<>();
    private final Grid<ItemDefinition> items = new Grid<>();
    private final Grid<ExternalScore> weakest = new Grid<>();
    private final Grid<ExternalScore> externalScores = new Grid<>();

    private final Uploads uploads;

    QuestionnaireView(Questionnaires questionnaires, SatisfactionTargets targets, ExternalSurveys external,
                      OrgStructure org, Uploads uploads) {
        this.questionnaires = questionnaires;
        this.uploads = uploads;
        this.targets = targets;
        this.external = external;
        this.org = org;
        addClassName("questionnaire-view");
        configureVersions();
        var newVersion = new Button(getTranslation("questionnaire.new-version"),
                e -> new QuestionnaireVersionDialog(questionnaires, this::refresh).open());
        newVersion.setId("questionnaire-new-version");
        add(new H2(getTranslation("nav.questionnaire")), new Paragraph(getTranslation("questionnaire.help")),
                new H3(getTranslation("questionnaire.versions")), versions, newVersion, items,
                new H3(getTranslation("questionnaire.external-weakest")), weakest,
                new H3(getTranslation("questionnaire.targets")), targetsForm(),
                new H3(getTranslation("questionnaire.external")), externalForm(), externalScores);
        refresh();
    }

    private void configureVersions() {
        versions.setId("questionnaire-versions");
        versions.addThemeVariants(GridVariant.LUMO_COMPACT);
        versions.setAllRowsVisible(true);
        versions.addColumn(QuestionnaireDetails::code).setHeader(getTranslation("questionnaire.code")).setAutoWidth(true);
        versions.addColumn(q -> getLocale().getLanguage().equals("en") ? q.nameEn() : q.nameZh())
                .setHeader(getTranslation("questionnaire.name")).setAutoWidth(true);
        versions.addColumn(q -> q.current() ? getTranslation("questionnaire.current") : "")
                .setHeader(getTranslation("questionnaire.status")).setAutoWidth(true);
        versions.addSelectionListener(e -> e.getFirstSelectedItem().ifPresent(q -> items.setItems(q.items())));
        items.setId("questionnaire-items");
        items.addThemeVariants(GridVariant.LUMO_COMPACT);
        items.setAllRowsVisible(true);
        items.addColumn(ItemDefinition::code).setHeader(getTranslation("questionnaire.code")).setAutoWidth(true);
        items.addColumn(i -> i.name(getLocale())).setHeader(getTranslation("scores.item")).setAutoWidth(true);
        items.addColumn(i -> getTranslation("questionnaire.scale." + i.scale().name())).setHeader(getTranslation("questionnaire.scale"))
                .setAutoWidth(true);
        items.addColumn(i -> i.overall() ? getTranslation("questionnaire.overall") : String.valueOf(i.weight()))
                .setHeader(getTranslation("questionnaire.weight")).setAutoWidth(true);
        items.addColumn(ItemDefinition::satisfiedThreshold).setHeader(getTranslation("questionnaire.threshold"))
                .setAutoWidth(true);
        weakest.setId("questionnaire-external-weakest");
        weakest.addThemeVariants(GridVariant.LUMO_COMPACT);
        weakest.setAllRowsVisible(true);
        weakest.addColumn(s -> itemName(s.itemCode())).setHeader(getTranslation("scores.item")).setAutoWidth(true);
        weakest.addColumn(ExternalScore::score).setHeader(getTranslation("questionnaire.external-score")).setAutoWidth(true);
        weakest.addColumn(ExternalScore::quarter).setHeader(getTranslation("questionnaire.quarter")).setAutoWidth(true);
        weakest.addColumn(s -> questionnaires.current().item(s.itemCode()).isPresent()
                ? getTranslation("questionnaire.asked") : getTranslation("questionnaire.not-asked"))
                .setHeader(getTranslation("questionnaire.in-callbacks")).setAutoWidth(true);
    }

    private String itemName(String code) {
        return questionnaires.current().item(code).map(i -> i.name(getLocale())).orElse(code);
    }

    private VerticalLayout targetsForm() {
        List<PostDetails> posts = org.posts();
        var post = new ComboBox<PostDetails>(getTranslation("staff.post"));
        post.setId("targets-post");
        post.setItems(posts);
        post.setItemLabelGenerator(p -> p.name(getLocale()));
        var indexTarget = new BigDecimalField(getTranslation("questionnaire.index-target"));
        indexTarget.setId("targets-index");
        Map<String, BigDecimalField> itemFields = new LinkedHashMap<>();
        for (ItemDefinition item : questionnaires.current().items()) {
            var field = new BigDecimalField(item.name(getLocale()));
            field.setPlaceholder(getTranslation("questionnaire.uses-index-target"));
            itemFields.put(item.code(), field);
        }
        post.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                indexTarget.setValue(e.getValue().indexTarget());
                Map<String, Double> stored = targets.itemTargets(e.getValue().code());
                itemFields.forEach((code, field) -> field.setValue(stored.containsKey(code)
                        ? BigDecimal.valueOf(stored.get(code)) : null));
            }
        });
        var save = new Button(getTranslation("common.save"), e -> {
            if (post.getValue() == null) {
                return;
            }
            Map<String, BigDecimal> values = new LinkedHashMap<>();
            itemFields.forEach((code, field) -> values.put(code, field.getValue()));
            try {
                targets.setTargets(post.getValue().code(), indexTarget.getValue(), values);
                Notifications.success(getTranslation("questionnaire.targets-saved", post.getValue().name(getLocale())));
            } catch (TouchpointException ex) {
                Notifications.refused(ex);
            }
        });
        save.setId("targets-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var fields = new FlexLayout();
        fields.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        fields.getStyle().set("gap", "var(--lumo-space-s)");
        fields.add(post, indexTarget);
        itemFields.values().forEach(fields::add);
        var form = new VerticalLayout(new Paragraph(getTranslation("questionnaire.targets-help")), fields, save);
        form.setPadding(false);
        return form;
    }

    private VerticalLayout externalForm() {
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
        externalScores.setId("external-scores");
        externalScores.addThemeVariants(GridVariant.LUMO_COMPACT);
        externalScores.setHeight("240px");
        externalScores.addColumn(ExternalScore::quarter).setHeader(getTranslation("questionnaire.quarter")).setAutoWidth(true);
        externalScores.addColumn(ExternalScore::unitCode).setHeader(getTranslation("report.unit")).setAutoWidth(true);
        externalScores.addColumn(s -> itemName(s.itemCode())).setHeader(getTranslation("scores.item")).setAutoWidth(true);
        externalScores.addColumn(ExternalScore::score).setHeader(getTranslation("questionnaire.external-score")).setAutoWidth(true);
        var form = new VerticalLayout(fields, externalUpload());
        form.setPadding(false);
        return form;
    }

    private com.vaadin.flow.component.Component externalUpload() {
        var buffer = new com.vaadin.flow.component.upload.receivers.MemoryBuffer();
        var upload = new com.vaadin.flow.component.upload.Upload(buffer);
        upload.setId("external-upload");
        upload.setDropLabel(new com.vaadin.flow.component.html.Span(getTranslation("questionnaire.external-upload")));
        var problems = new Paragraph();
        problems.setId("external-upload-problems");
        upload.addSucceededListener(e -> {
            try {
                showImport(external.importFile(e.getFileName(), buffer.getInputStream().readAllBytes()), problems);
            } catch (java.io.IOException ex) {
                throw new java.io.UncheckedIOException(ex);
            } catch (TouchpointException ex) {
                Notifications.refused(ex);
            }
            upload.clearFileList();
        });
        var box = new VerticalLayout(uploads.configure(upload, ".xlsx", ".csv"), problems);
        box.setPadding(false);
        return box;
    }

    void showImport(com.touchpoint.satisfaction.ExternalImportResult result, Paragraph problems) {
        Notifications.success(getTranslation("questionnaire.external-imported", result.stored(), result.problems().size()));
        problems.setText(result.problems().stream().map(p -> getTranslation("import.problem", p.rowNumber(), p.column(),
                getTranslation(p.messageKey(), p.arguments()))).collect(java.util.stream.Collectors.joining("; ")));
        refresh();
    }

    private void refresh() {
        List<QuestionnaireDetails> all = questionnaires.all();
        versions.setItems(all);
        all.stream().filter(QuestionnaireDetails::current).findFirst().ifPresent(q -> {
            versions.select(q);
            items.setItems(q.items());
        });
        weakest.setItems(external.weakestOfLatestQuarter());
        externalScores.setItems(external.all());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.questionnaire") + " | " + getTranslation("app.name");
    }

}
