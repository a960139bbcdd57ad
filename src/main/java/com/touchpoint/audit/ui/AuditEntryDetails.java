package com.touchpoint.audit.ui;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.touchpoint.audit.AuditLogEntry;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.orderedlayout.FlexLayout;

/** The state of one audited thing before and after the change, as indented JSON. */
class AuditEntryDetails extends FlexLayout {

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private final Pre before = new Pre();
    private final Pre after = new Pre();

    AuditEntryDetails() {
        setId("audit-details");
        addClassName("audit-details");
        setFlexWrap(FlexWrap.WRAP);
        before.setId("audit-before");
        after.setId("audit-after");
        add(state("audit.before", before), state("audit.after", after));
        setVisible(false);
    }

    private Div state(String titleKey, Pre text) {
        var box = new Div(new H4(getTranslation(titleKey)), text);
        box.addClassName("audit-state");
        return box;
    }

    void show(AuditLogEntry entry) {
        setVisible(entry != null);
        if (entry != null) {
            before.setText(indent(entry.getBeforeState()));
            after.setText(indent(entry.getAfterState()));
        }
    }

    private String indent(String state) {
        if (state == null) {
            return getTranslation("common.empty");
        }
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(JSON.readTree(state));
        } catch (JsonProcessingException e) {
            // Long states are cut off when stored and are no longer valid JSON; show them as they are.
            return state;
        }
    }
}
