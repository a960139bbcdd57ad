package com.touchpoint.training.ui;

import com.touchpoint.training.Skill;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;

import java.math.BigDecimal;
import java.util.Map;

/** Per-skill scores as labelled bars (0–100). */
class ScoreBars extends Div {

    ScoreBars(Map<Skill, BigDecimal> skills) {
        addClassName("score-bars");
        skills.forEach((skill, score) -> {
            var label = new Span(getTranslation(skill.messageKey()));
            var value = new Span(score.toPlainString());
            value.addClassName("score-value");
            var bar = new ProgressBar(0, 100, score.doubleValue());
            var row = new Div(label, value, bar);
            row.addClassName("score-row");
            row.getElement().setAttribute("data-skill", skill.name());
            add(row);
        });
    }
}
