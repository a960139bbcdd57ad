package com.touchpoint.staff;

import java.util.List;

/** An uploaded staff file checked row by row, before anything is stored. */
public record StaffImportPreview(String fileName, List<String> headers, List<StaffImportRow> rows) {

    public long validCount() {
        return rows.stream().filter(StaffImportRow::valid).count();
    }

    public long invalidCount() {
        return rows.size() - validCount();
    }

    public List<StaffChange> validChanges() {
        return rows.stream().filter(StaffImportRow::valid).map(StaffImportRow::change).toList();
    }
}
