package com.touchpoint.staff;

/** What an import stored: new staff, updated staff, and rows that were already up to date. */
public record StaffImportResult(int created, int updated, int unchanged, long skippedInvalid) {
}
