package com.touchpoint.satisfaction;

import java.util.List;

/** An external survey file import: how many scores were stored, and every problem by row and column. */
public record ExternalImportResult(int stored, List<RowProblem> problems) {

    public record RowProblem(int rowNumber, String column, String messageKey, Object... arguments) {
    }
}
