package com.touchpoint.shared;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Collects every broken rule of one input before refusing it, so the caller can fix all at once. */
public final class InputCheck {

    private final List<InvalidInputException.FieldProblem> problems = new ArrayList<>();

    public InputCheck require(boolean condition, String field, String messageKey, Object... arguments) {
        if (!condition) {
            problems.add(new InvalidInputException.FieldProblem(field, messageKey, arguments));
        }
        return this;
    }

    /** Required text of at most {@code maxLength} characters. */
    public InputCheck text(String value, String field, int maxLength) {
        if (value == null || value.isBlank()) {
            return require(false, field, "validation.required", field);
        }
        return require(value.strip().length() <= maxLength, field, "validation.too-long", field, maxLength);
    }

    /** Required code made of the characters a code may have. */
    public InputCheck code(String value, String field, Pattern pattern, int maxLength) {
        text(value, field, maxLength);
        if (value != null && !value.isBlank() && value.strip().length() <= maxLength) {
            require(pattern.matcher(value.strip()).matches(), field, "validation.code-format", field, pattern.pattern());
        }
        return this;
    }

    public InputCheck notNull(Object value, String field) {
        return require(value != null, field, "validation.required", field);
    }

    public List<InvalidInputException.FieldProblem> problems() {
        return List.copyOf(problems);
    }

    public boolean hasProblems() {
        return !problems.isEmpty();
    }

    public void throwIfInvalid() {
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }
}
