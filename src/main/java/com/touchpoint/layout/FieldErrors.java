package com.touchpoint.layout;

import com.touchpoint.shared.InvalidInputException;
import com.touchpoint.shared.TouchpointException;
import com.vaadin.flow.component.HasLabel;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;

import java.util.Map;

/**
 * Shows a service's validation problems on the form fields they name; a problem without a matching
 * field is shown as a notification so that none is lost.
 */
public final class FieldErrors {

    private final Map<String, HasValidation> fields;

    /** @param fields the form's fields by the field name the service uses */
    public FieldErrors(Map<String, HasValidation> fields) {
        this.fields = Map.copyOf(fields);
    }

    public void show(InvalidInputException e) {
        UI ui = UI.getCurrent();
        for (var problem : e.problems()) {
            HasValidation field = fields.get(problem.field());
            String message = ui.getTranslation(problem.messageKey(), named(problem, field));
            if (field != null) {
                field.setErrorMessage(message);
                field.setInvalid(true);
            } else {
                Notifications.error(message);
            }
        }
    }

    /**
     * Clears earlier errors and runs a save; a refusal is shown on the fields it names, or as a notice.
     *
     * @return whether the save went through
     */
    public boolean attempt(Runnable save) {
        clear();
        try {
            save.run();
            return true;
        } catch (InvalidInputException e) {
            show(e);
        } catch (TouchpointException e) {
            Notifications.refused(e);
        }
        return false;
    }

    /**
     * Services name a field by its code ("receiver"), as the API reports it; on a form the message names the field
     * by the label the user sees ("Colleague").
     */
    private static Object[] named(InvalidInputException.FieldProblem problem, HasValidation field) {
        Object[] arguments = problem.arguments().clone();
        if (field instanceof HasLabel labelled && labelled.getLabel() != null && !labelled.getLabel().isBlank()) {
            for (int i = 0; i < arguments.length; i++) {
                if (problem.field().equals(arguments[i])) {
                    arguments[i] = labelled.getLabel();
                }
            }
        }
        return arguments;
    }

    public void clear() {
        fields.values().forEach(field -> field.setInvalid(false));
    }
}
