package com.touchpoint.shared;

import java.util.List;

/** The header and data rows of an uploaded .xlsx or .csv file, every cell as trimmed text. */
public record TabularData(List<String> headers, List<TabularRow> rows) {
}
