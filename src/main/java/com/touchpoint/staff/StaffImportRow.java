package com.touchpoint.staff;

import java.util.List;

/** One row of an uploaded staff file: what it would store, or why it cannot be stored. */
public record StaffImportRow(int rowNumber, List<String> cells, StaffChange change, List<RowProblem> problems) {

    public boolean valid() {
        return problems.isEmpty();
    }

    /** A broken rule in one cell: the column as the file names it, and a message key with its arguments. */
    public record RowProblem(String column, String messageKey, Object... arguments) {
    }
}
