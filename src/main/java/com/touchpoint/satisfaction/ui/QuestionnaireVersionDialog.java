package com.touchpoint.satisfaction.ui;

import com.touchpoint.layout.EditorDialogs;
import com.touchpoint.layout.FieldErrors;
import com.touchpoint.layout.Notifications;
import com.touchpoint.satisfaction.ItemDefinition;
import com.touchpoint.satisfaction.QuestionnaireDraft;
import com.touchpoint.satisfaction.Questionnaires;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Drafts a new questionnaire version from the current one: new code and names, weights and thresholds. */
class QuestionnaireVersionDialog extends Dialog {

    private final Questionnaires questionnaires;
    private final Runnable onSaved;
    private final TextField code = new TextField();
    private final TextField nameZh = new TextField();
    private final TextField nameEn = new TextField();
    private final Checkbox makeCurrent = new Checkbox();
    private final List<ItemDefinition> items;
    private final List<BigDecimalField> weights = new ArrayList<>();
    private final List<IntegerField> thresholds = new ArrayList<>();
    private final FieldErrors errors;

    QuestionnaireVersionDialog(Questionnaires questionnaires, Runnable onSaved) {
        this.questionnaires = questionnaires;
        this.onSaved = onSaved;
        this.items = questionnaires.current().items();
        setHeaderTitle(getTranslation("questionnaire.new-version"));
        setId("questionnaire-version-dialog");
        code.setLabel(getTranslation("questionnaire.code"));
        code.setId("version-code");
        nameZh.setLabel(getTranslation("questionnaire.name-zh"));
        nameEn.setLabel(getTranslation("questionnaire.name-en"));
        makeCurrent.setLabel(getTranslation("questionnaire.make-current"));
        errors = new FieldErrors(Map.of("code", code, "nameZh", nameZh, "nameEn", nameEn));
        var form = new FormLayout(code, nameZh, nameEn, makeCurrent);
        EditorDialogs.twoColumns(form);
        for (ItemDefinition item : items) {
            var weight = new BigDecimalField(getTranslation("questionnaire.weight-of", item.name(getLocale())));
            weight.setValue(item.weight() == null ? null : java.math.BigDecimal.valueOf(item.weight()));
            weight.setReadOnly(item.overall());
            var threshold = new IntegerField(getTranslation("questionnaire.threshold-of", item.name(getLocale())));
            threshold.setValue(item.satisfiedThreshold());
            threshold.setMin(item.scale().min());
            threshold.setMax(item.scale().max());
            weights.add(weight);
            thresholds.add(threshold);
            form.add(weight, threshold);
        }
        add(new Paragraph(getTranslation("questionnaire.new-version-help")), form);
        EditorDialogs.cancelAndSave(this, "version-save", this::save);
    }

    private void save() {
        List<QuestionnaireDraft.ItemDraft> drafts = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            ItemDefinition item = items.get(i);
            drafts.add(new QuestionnaireDraft.ItemDraft(item.code(), item.nameZh(), item.nameEn(), item.scale(),
                    weights.get(i).getValue(), thresholds.get(i).getValue() == null ? -1 : thresholds.get(i).getValue(),
                    item.overall()));
        }
        EditorDialogs.saveAndClose(this, errors, () -> {
            questionnaires.createVersion(new QuestionnaireDraft(code.getValue(), nameZh.getValue(), nameEn.getValue(),
                    drafts, makeCurrent.getValue()));
            Notifications.success(getTranslation("questionnaire.version-saved", code.getValue()));
        }, onSaved);
    }
}
