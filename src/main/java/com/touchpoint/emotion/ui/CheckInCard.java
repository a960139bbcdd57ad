package com.touchpoint.emotion.ui;

import com.touchpoint.emotion.CheckInRequest;
import com.touchpoint.emotion.CheckIns;
import com.touchpoint.emotion.Moment;
import com.touchpoint.emotion.MoodTag;
import com.touchpoint.emotion.OwnCheckIn;
import com.touchpoint.layout.FieldErrors;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Today's check-in for one moment in three taps: a face for the mood, a stress level, save. Tags and the private
 * note are optional, folded away and made only when unfolded (or when today's check-in has them), since the card
 * sits on the home of every staff member and supervisor. An existing check-in of today is shown and can be changed.
 */
class CheckInCard extends VerticalLayout {

    static final String[] FACES = {"😣", "😟", "😐", "😊", "😄"};

    private final CheckIns checkIns;
    private final Moment moment;
    private final Consumer<OwnCheckIn> onSaved;
    private final List<Button> moods = new ArrayList<>();
    private final List<Button> stresses = new ArrayList<>();
    private final Details more = new Details();
    private CheckboxGroup<MoodTag> tags;
    private TextArea note;
    private Integer mood;
    private Integer stress;

    CheckInCard(CheckIns checkIns, Moment moment, Consumer<OwnCheckIn> onSaved) {
        this.checkIns = checkIns;
        this.moment = moment;
        this.onSaved = onSaved;
        setId("check-in");
        addClassName("check-in-card");
        setPadding(false);
        add(new H3(getTranslation("emotion.check-in.title", getTranslation(moment.messageKey()))));
        add(new Span(getTranslation("emotion.check-in.mood")), row(moods, "mood", true));
        add(new Span(getTranslation("emotion.check-in.stress")), row(stresses, "stress", false));
        more.setSummaryText(getTranslation("emotion.check-in.more"));
        more.setId("check-in-more");
        more.addOpenedChangeListener(e -> {
            if (e.isOpened()) {
                extras();
            }
        });
        var save = new Button(getTranslation("emotion.check-in.save"), e -> save());
        save.setId("check-in-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setWidthFull();
        add(more, save);
        checkIns.today(moment).ifPresent(this::show);
    }

    /** The tags and the note, made the first time they are needed. */
    private void extras() {
        if (tags != null) {
            return;
        }
        tags = new CheckboxGroup<>();
        tags.setId("check-in-tags");
        tags.setLabel(getTranslation("emotion.check-in.tags"));
        tags.setItems(MoodTag.values());
        tags.setItemLabelGenerator(tag -> getTranslation(tag.messageKey()));
        note = new TextArea();
        note.setId("check-in-note");
        note.setLabel(getTranslation("emotion.check-in.note"));
        note.setMaxLength(500);
        note.setWidthFull();
        more.add(new VerticalLayout(tags, note));
    }

    private Div row(List<Button> buttons, String kind, boolean faces) {
        var row = new Div();
        row.addClassNames("check-in-scale", faces ? "check-in-faces" : "check-in-levels");
        for (int value = 1; value <= 5; value++) {
            int chosen = value;
            var button = new Button(faces ? FACES[value - 1] : String.valueOf(value), e -> pick(kind, chosen));
            button.setId(kind + "-" + value);
            button.getElement().setAttribute("aria-label", value + " " + getTranslation("emotion." + kind + "." + value));
            button.getElement().setAttribute("title", getTranslation("emotion." + kind + "." + value));
            buttons.add(button);
            row.add(button);
        }
        return row;
    }

    private void pick(String kind, int value) {
        if (kind.equals("mood")) {
            mood = value;
        } else {
            stress = value;
        }
        highlight();
    }

    private void highlight() {
        for (int i = 0; i < 5; i++) {
            mark(moods.get(i), mood != null && mood == i + 1);
            mark(stresses.get(i), stress != null && stress == i + 1);
        }
    }

    private static void mark(Button button, boolean selected) {
        if (selected) {
            button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        } else {
            button.removeThemeVariants(ButtonVariant.LUMO_PRIMARY);
        }
        button.getElement().setAttribute("aria-pressed", String.valueOf(selected));
    }

    private void show(OwnCheckIn existing) {
        mood = existing.point().mood();
        stress = existing.point().stress();
        if (!existing.point().tags().isEmpty() || existing.note() != null && !existing.note().isBlank()) {
            extras();
            tags.setValue(existing.point().tags());
            note.setValue(existing.note() == null ? "" : existing.note());
        }
        highlight();
    }

    private void save() {
        if (mood == null || stress == null) {
            Notification.show(getTranslation("emotion.check-in.pick-first"))
                    .addThemeVariants(NotificationVariant.LUMO_CONTRAST);
            return;
        }
        var saved = new OwnCheckIn[1];
        Set<MoodTag> chosen = tags == null ? Set.of() : tags.getValue();
        String text = note == null ? "" : note.getValue();
        boolean done = new FieldErrors(note == null ? Map.of() : Map.of("note", note)).attempt(() -> saved[0] =
                checkIns.save(new CheckInRequest(checkIns.myStaffId(), checkIns.today(), moment, mood, stress, chosen,
                        text)));
        if (done) {
            Notification.show(getTranslation("emotion.check-in.saved", getTranslation(moment.messageKey())))
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            onSaved.accept(saved[0]);
        }
    }
}
