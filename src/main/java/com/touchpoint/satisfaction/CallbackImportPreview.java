package com.touchpoint.satisfaction;

import java.util.List;

/**
 * An uploaded callback file checked as an import would check it, with nothing stored: the counts the import would
 * end with (new, identical duplicates, rejected), how many rows repeat an external id of an earlier row of the file,
 * and the first rows with what would happen to each.
 */
public record CallbackImportPreview(String fileName, List<String> headers, List<Row> rows, int totalRows,
                                    int accepted, int duplicates, int rejected, int repeatedInFile) {

    /** What the import would do with a row. */
    public enum RowStatus {
        VALID, DUPLICATE, INVALID
    }

    /** One previewed row: what would happen to it, with the reasons (problems, or why it is a duplicate). */
    public record Row(int rowNumber, List<String> cells, RowStatus status, List<String> problems) {
    }
}
