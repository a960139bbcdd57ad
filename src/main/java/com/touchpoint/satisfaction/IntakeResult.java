package com.touchpoint.satisfaction;

import com.touchpoint.shared.InvalidInputException.FieldProblem;

import java.util.List;

/** What one delivery of callbacks stored: accepted, identical duplicates, and the rejected with every reason. */
public record IntakeResult(int accepted, int duplicates, List<Rejected> rejected) {

    /** A refused record: its position in the delivery, its external id and every problem found. */
    public record Rejected(int index, String externalId, List<FieldProblem> problems) {
    }
}
