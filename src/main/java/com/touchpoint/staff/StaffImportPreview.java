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

    /** The row's employee number cell, wherever the file put that column. */
    public String employeeNo(StaffImportRow row) {
        return cell(row, StaffColumn.EMPLOYEE_NO);
    }

    /** The row's name cell, wherever the file put that column. */
    public String name(StaffImportRow row) {
        return cell(row, StaffColumn.NAME);
    }

    private String cell(StaffImportRow row, StaffColumn column) {
        for (int i = 0; i < headers.size(); i++) {
            if (StaffColumn.ofHeader(headers.get(i)).filter(column::equals).isPresent()) {
                return i < row.cells().size() ? row.cells().get(i) : "";
            }
        }
        return "";
    }
}
