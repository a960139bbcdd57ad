package com.touchpoint.shared;

import java.util.List;

/** Input that breaks one or more rules, each naming its field (HTTP 400). */
public class InvalidInputException extends TouchpointException {

    private final transient List<FieldProblem> problems;

    public InvalidInputException(List<FieldProblem> problems) {
        super(problems.get(0).messageKey(), problems.get(0).arguments());
        this.problems = List.copyOf(problems);
    }

    public InvalidInputException(String field, String messageKey, Object... arguments) {
        this(List.of(new FieldProblem(field, messageKey, arguments)));
    }

    public List<FieldProblem> problems() {
        return problems;
    }

    /** One broken rule: the field, and a message key with its arguments. */
    public record FieldProblem(String field, String messageKey, Object... arguments) {
    }
}
