package com.touchpoint.training.ui;

import com.touchpoint.training.Mood;
import com.vaadin.flow.component.html.Span;

import java.util.Map;

/** The customer's mood as a face and a word, coloured from red (angry) to green (pleased). */
class MoodBadge extends Span {

    private static final Map<Mood, String> FACES = Map.of(Mood.ANGRY, "😠", Mood.ANXIOUS, "😟", Mood.NEUTRAL, "😐",
            Mood.CALM, "🙂", Mood.PLEASED, "😊");
    private static final Map<Mood, String> THEMES = Map.of(Mood.ANGRY, "badge error", Mood.ANXIOUS, "badge warning",
            Mood.NEUTRAL, "badge contrast", Mood.CALM, "badge", Mood.PLEASED, "badge success");

    MoodBadge(Mood mood) {
        setText(FACES.get(mood) + " " + getTranslation(mood.messageKey()));
        getElement().getThemeList().add(THEMES.get(mood));
        addClassName("mood-badge");
        getElement().setAttribute("data-mood", mood.name());
    }
}
