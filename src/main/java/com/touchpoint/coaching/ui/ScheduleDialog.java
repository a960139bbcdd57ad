package com.touchpoint.coaching.ui;

import com.touchpoint.coaching.CoachingSessions;
import com.touchpoint.coaching.SessionDetails;
import com.touchpoint.coaching.SessionRequest;
import com.touchpoint.coaching.SessionType;
import com.touchpoint.layout.EditorDialogs;
import com.touchpoint.layout.FieldErrors;
import com.touchpoint.satisfaction.ItemDefinition;
import com.touchpoint.staff.StaffRef;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

/** Schedules a 1:1 with a team member and opens it; the supervisor home starts sessions with it too. */
public class ScheduleDialog extends Dialog {

    private final ComboBox<StaffRef> staff = new ComboBox<>();
    private final DateTimePicker when = new DateTimePicker();
    private final Select<SessionType> type = new Select<>();
    private final MultiSelectComboBox<ItemDefinition> focus = new MultiSelectComboBox<>();
    private final FieldErrors errors = new FieldErrors(Map.of("staff", staff, "scheduledAt", when, "type", type,
            "focusItems", focus));

    public ScheduleDialog(CoachingSessions sessions, List<StaffRef> members, List<ItemDefinition> items, StaffRef chosen,
                   LocalDateTime now) {
        setHeaderTitle(getTranslation("coaching.schedule.title"));
        setId("schedule-dialog");
        staff.setId("schedule-staff");
        staff.setLabel(getTranslation("coaching.staff"));
        staff.setItems(members);
        staff.setItemLabelGenerator(m -> m.name() + " (" + m.employeeNo() + ")");
        staff.setValue(chosen);
        when.setId("schedule-when");
        when.setLabel(getTranslation("coaching.scheduled-at"));
        when.setStep(java.time.Duration.ofMinutes(15));
        when.setValue(now);
        type.setId("schedule-type");
        type.setLabel(getTranslation("coaching.type"));
        type.setItems(SessionType.values());
        type.setItemLabelGenerator(t -> getTranslation(t.messageKey()));
        type.setValue(SessionType.REGULAR);
        focus.setId("schedule-focus");
        focus.setLabel(getTranslation("coaching.focus-items"));
        focus.setItems(items);
        focus.setItemLabelGenerator(i -> i.name(getLocale()));
        focus.setHelperText(getTranslation("coaching.focus-items.help"));
        var form = new FormLayout(staff, when, type, focus);
        EditorDialogs.twoColumns(form);
        add(form);
        EditorDialogs.cancelAndSave(this, "schedule-save", () -> save(sessions));
    }

    private void save(CoachingSessions sessions) {
        SessionDetails[] created = new SessionDetails[1];
        EditorDialogs.saveAndClose(this, errors, () -> created[0] = sessions.schedule(new SessionRequest(
                staff.isEmpty() ? null : staff.getValue().id(), when.getValue(), type.getValue(),
                focus.getValue().stream().map(ItemDefinition::code).toList())),
                () -> UI.getCurrent().navigate(CoachingSessionView.class, created[0].id()));
    }
}
