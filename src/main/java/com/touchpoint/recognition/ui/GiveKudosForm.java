package com.touchpoint.recognition.ui;

import com.touchpoint.layout.FieldErrors;
import com.touchpoint.layout.Notifications;
import com.touchpoint.recognition.AllowanceStatus;
import com.touchpoint.recognition.KudosRequest;
import com.touchpoint.recognition.KudosGiving;
import com.touchpoint.recognition.RecognitionProperties;
import com.touchpoint.recognition.ValueTag;
import com.touchpoint.staff.StaffRef;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Give kudos: colleague, value, points within the allowance, and a message of up to 500 characters. */
class GiveKudosForm extends Div {

    static final int MAX_MESSAGE = 500;

    private final KudosGiving recognition;
    private final Span allowance = new Span();
    private final ComboBox<StaffRef> receiver = new ComboBox<>();
    private final Select<ValueTag> value = new Select<>();
    private final Select<Integer> points = new Select<>();
    private final TextArea message = new TextArea();
    private final FieldErrors errors;
    private final Runnable given;
    /** The length of the text last cut to the limit, or 0. */
    private int cutFrom;

    GiveKudosForm(KudosGiving recognition, List<ValueTag> tags, RecognitionProperties rules, Map<Long, String> teamNames,
                  Runnable given) {
        this.recognition = recognition;
        this.given = given;
        addClassName("give-kudos");
        allowance.setId("allowance-status");
        receiver.setId("kudos-receiver");
        receiver.setLabel(getTranslation("recognition.give.receiver"));
        receiver.setItems(recognition.colleagues());
        receiver.setItemLabelGenerator(s -> s.name() + " · " + teamNames.getOrDefault(s.teamId(), s.teamCode())
                + (s.employeeNo().isEmpty() ? "" : " · " + s.employeeNo()));
        value.setId("kudos-value");
        value.setLabel(getTranslation("recognition.give.value"));
        value.setItems(tags);
        value.setItemLabelGenerator(t -> t.name(getLocale()));
        points.setId("kudos-points");
        points.setLabel(getTranslation("recognition.give.points"));
        List<Integer> steps = new ArrayList<>();
        for (int p = rules.minPoints(); p <= rules.maxPoints(); p += rules.pointStep()) {
            steps.add(p);
        }
        points.setItems(steps);
        points.setValue(rules.minPoints() * 2 <= rules.maxPoints() ? rules.minPoints() * 2 : rules.minPoints());
        message.setId("kudos-message");
        message.setLabel(getTranslation("recognition.give.message"));
        message.setValueChangeMode(ValueChangeMode.EAGER);
        message.setHelperText("0/" + MAX_MESSAGE);
        message.addValueChangeListener(e -> countOrCut(e.getValue()));
        var give = new Button(getTranslation("recognition.give.submit"), e -> give());
        give.setId("kudos-give");
        give.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        errors = new FieldErrors(Map.of("receiver", receiver, "value", value, "points", points, "message", message));
        var form = new FormLayout(receiver, value, points, message);
        form.setColspan(message, 2);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("500px", 2));
        add(allowance, form, give);
        showAllowance();
    }

    /** Shows the count; a longer text (usually pasted) is cut to the limit, and the helper says so until edited. */
    private void countOrCut(String text) {
        if (text.length() > MAX_MESSAGE) {
            cutFrom = text.length();
            message.setValue(text.substring(0, MAX_MESSAGE));
        } else if (text.length() < MAX_MESSAGE) {
            cutFrom = 0;
        }
        message.setHelperText(cutFrom > 0 ? getTranslation("recognition.give.message-cut", MAX_MESSAGE, cutFrom)
                : text.length() + "/" + MAX_MESSAGE);
    }

    private void give() {
        if (errors.attempt(() -> recognition.give(new KudosRequest(receiver.isEmpty() ? null : receiver.getValue().id(),
                value.isEmpty() ? null : value.getValue().code(), message.getValue(), points.getValue())))) {
            Notifications.success(getTranslation("recognition.give.done", receiver.getValue().name()));
            message.clear();
            receiver.clear();
            showAllowance();
            given.run();
        }
    }

    private void showAllowance() {
        AllowanceStatus status = recognition.myAllowance();
        allowance.setText(getTranslation("recognition.allowance", status.remaining(), status.granted(),
                Math.max(0, status.perDay() - status.givenToday())));
    }
}
