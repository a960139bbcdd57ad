package com.touchpoint.satisfaction;

import java.util.List;

/** The first rows of an uploaded callback file, checked but not stored, and the total number of rows. */
public record CallbackImportPreview(String fileName, List<String> headers, List<Row> rows, int totalRows) {

    /** One previewed row with the problems it would be rejected for (empty when valid). */
    public record Row(int rowNumber, List<String> cells, List<String> problems) {
    }
}
