package com.touchpoint.training.ui;

import com.touchpoint.training.TrainingModule;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;

/** A module as a card: title, summary, moment and minutes, skills, any extra lines, and a play button. */
class ModuleCard extends Div {

    ModuleCard(TrainingModule module, Component... extra) {
        addClassName("module-card");
        getElement().setAttribute("data-module", module.id());
        add(new H4(module.title().in(getLocale())));
        if (!module.summary().zh().isEmpty()) {
            add(new Paragraph(module.summary().in(getLocale())));
        }
        var facts = new Div(badge(getTranslation(module.moment().messageKey())),
                badge(getTranslation("training.minutes", module.minutes())));
        module.scoredSkills().forEach(skill -> facts.add(badge(getTranslation(skill.messageKey()))));
        facts.addClassName("module-facts");
        add(facts);
        add(extra);
        var play = new Button(getTranslation("training.play"),
                e -> getUI().ifPresent(ui -> ui.navigate("training/play/" + module.id())));
        play.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
        play.addClassName("play-module");
        add(play);
    }

    private static Span badge(String text) {
        var badge = new Span(text);
        badge.getElement().getThemeList().add("badge contrast small");
        return badge;
    }
}
