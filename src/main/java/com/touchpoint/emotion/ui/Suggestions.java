package com.touchpoint.emotion.ui;

import com.touchpoint.emotion.EmotionProperties;
import com.touchpoint.training.Skill;
import com.touchpoint.training.TrainingCatalog;
import com.touchpoint.training.TrainingModule;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;

import java.util.Comparator;
import java.util.Optional;

/** Supportive suggestions beside a strain signal: a self-regulation module, the supervisor, the assistance contact. */
final class Suggestions {

    /** The module written for this, preferred over others that also train emotion regulation. */
    static final String PREFERRED_MODULE = "mood-reset-between-customers";

    private Suggestions() {
    }

    static Div of(com.vaadin.flow.component.Component host, TrainingCatalog catalog, EmotionProperties properties) {
        var list = new UnorderedList();
        module(catalog).ifPresent(module -> {
            var link = new Anchor("training/play/" + module.id(), module.title().in(com.vaadin.flow.component.UI.getCurrent().getLocale()));
            link.addClassName("suggest-training");
            var item = new ListItem(new com.vaadin.flow.component.html.Span(
                    host.getTranslation("emotion.suggest.training")), link);
            list.add(item);
        });
        list.add(new ListItem(host.getTranslation("emotion.suggest.supervisor")));
        list.add(new ListItem(properties.assistanceContact().isEmpty()
                ? host.getTranslation("emotion.suggest.assistance-hr")
                : host.getTranslation("emotion.suggest.assistance", properties.assistanceContact())));
        var box = new Div(new Paragraph(host.getTranslation("emotion.suggest.title")), list);
        box.addClassName("mood-suggestions");
        return box;
    }

    private static Optional<TrainingModule> module(TrainingCatalog catalog) {
        return catalog.modules().stream()
                .filter(m -> m.bestSums().getOrDefault(Skill.EMOTION_REGULATION, 0) > 0)
                .min(Comparator.comparing((TrainingModule m) -> !m.id().equals(PREFERRED_MODULE))
                        .thenComparing(TrainingModule::id));
    }
}
