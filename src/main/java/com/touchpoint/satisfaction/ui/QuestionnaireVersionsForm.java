package com.touchpoint.satisfaction.ui;

import com.touchpoint.layout.ComponentTexts;
import com.touchpoint.satisfaction.ExternalScore;
import com.touchpoint.satisfaction.ExternalSurveys;
import com.touchpoint.satisfaction.ItemDefinition;
import com.touchpoint.satisfaction.QuestionnaireDetails;
import com.touchpoint.satisfaction.Questionnaires;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

import java.util.List;

/** The questionnaire versions with the chosen one's items, and beside them the weakest items of the external survey. */
class QuestionnaireVersionsForm extends VerticalLayout {

    private final Questionnaires questionnaires;
    private final ExternalSurveys external;
    private final Grid<QuestionnaireDetails> versions = new Grid<>();
    private final Grid<ItemDefinition> items = new Grid<>();
    private final Grid<ExternalScore> weakest = new Grid<>();

    QuestionnaireVersionsForm(Questionnaires questionnaires, ExternalSurveys external) {
        this.questionnaires = questionnaires;
        this.external = external;
        setPadding(false);
        configureVersions();
        configureItems();
        configureWeakest();
        var newVersion = new Button(getTranslation("questionnaire.new-version"),
                e -> new QuestionnaireVersionDialog(questionnaires, this::refresh).open());
        newVersion.setId("questionnaire-new-version");
        add(versions, newVersion, items, new H3(getTranslation("questionnaire.external-weakest")), weakest);
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
    }

    private void configureItems() {
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
    }

    private void configureWeakest() {
        weakest.setId("questionnaire-external-weakest");
        ComponentTexts.emptyState(weakest, "questionnaire.external-weakest.empty");
        weakest.addThemeVariants(GridVariant.LUMO_COMPACT);
        weakest.setAllRowsVisible(true);
        weakest.addColumn(s -> itemName(questionnaires, s.itemCode())).setHeader(getTranslation("scores.item")).setAutoWidth(true);
        weakest.addColumn(ExternalScore::score).setHeader(getTranslation("questionnaire.external-score")).setAutoWidth(true);
        weakest.addColumn(ExternalScore::quarter).setHeader(getTranslation("questionnaire.quarter")).setAutoWidth(true);
        weakest.addColumn(s -> questionnaires.current().item(s.itemCode()).isPresent()
                ? getTranslation("questionnaire.asked") : getTranslation("questionnaire.not-asked"))
                .setHeader(getTranslation("questionnaire.in-callbacks")).setAutoWidth(true);
    }

    /** An item's name in the current questionnaire, or its code when the questionnaire does not ask it. */
    static String itemName(Questionnaires questionnaires, String code) {
        return questionnaires.current().item(code).map(i -> i.name(com.vaadin.flow.component.UI.getCurrent().getLocale()))
                .orElse(code);
    }

    void refresh() {
        List<QuestionnaireDetails> all = questionnaires.all();
        versions.setItems(all);
        all.stream().filter(QuestionnaireDetails::current).findFirst().ifPresent(q -> {
            versions.select(q);
            items.setItems(q.items());
        });
        weakest.setItems(external.weakestOfLatestQuarter());
    }
}
