package com.touchpoint.shared;

import java.util.List;

/** One data row of an uploaded sheet; {@code rowNumber} is the number a user sees in Excel (header = 1). */
public record TabularRow(int rowNumber, List<String> cells) {

    public String cell(int column) {
        return column >= 0 && column < cells.size() ? cells.get(column) : "";
    }

    public boolean isBlank() {
        return cells.stream().allMatch(String::isBlank);
    }
}
