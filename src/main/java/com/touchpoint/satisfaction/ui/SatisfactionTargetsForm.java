package com.touchpoint.satisfaction.ui;

import com.touchpoint.layout.Notifications;
import com.touchpoint.satisfaction.ItemDefinition;
import com.touchpoint.satisfaction.Questionnaires;
import com.touchpoint.satisfaction.SatisfactionTargets;
import com.touchpoint.shared.TouchpointException;
import com.touchpoint.staff.OrgStructure;
import com.touchpoint.staff.PostDetails;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/** A post's satisfaction index target and its per-item targets (an empty item uses the index target). */
class SatisfactionTargetsForm extends VerticalLayout {

    private final ComboBox<PostDetails> post = new ComboBox<>();
    private final BigDecimalField indexTarget = new BigDecimalField();
    private final Map<String, BigDecimalField> itemFields = new LinkedHashMap<>();

    SatisfactionTargetsForm(SatisfactionTargets targets, Questionnaires questionnaires, OrgStructure org) {
        setPadding(false);
        post.setLabel(getTranslation("staff.post"));
        post.setId("targets-post");
        post.setItems(org.posts());
        post.setItemLabelGenerator(p -> p.name(getLocale()));
        indexTarget.setLabel(getTranslation("questionnaire.index-target"));
        indexTarget.setId("targets-index");
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
        add(new Paragraph(getTranslation("questionnaire.targets-help")), fields, save);
    }
}
