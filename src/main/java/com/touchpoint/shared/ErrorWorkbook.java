package com.touchpoint.shared;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The rejected rows of an upload as .xlsx: the original header and cells plus one column with the errors.
 * Rows are streamed to disk as they are added, so an import of 100,000 rows can reject them all.
 */
public final class ErrorWorkbook implements AutoCloseable {

    private static final int ROWS_IN_MEMORY = 200;

    private final SXSSFWorkbook workbook = new SXSSFWorkbook(ROWS_IN_MEMORY);
    private final Sheet sheet = workbook.createSheet("errors");
    private final int columns;
    private int rejected;

    /** A rejected row: its number in the uploaded file, its cells and its error text. */
    public record RejectedRow(int rowNumber, List<String> cells, String errors) {
    }

    public ErrorWorkbook(List<String> headers, String rowHeader, String errorHeader) {
        this.columns = headers.size();
        Row head = sheet.createRow(0);
        head.createCell(0).setCellValue(rowHeader);
        for (int c = 0; c < columns; c++) {
            head.createCell(c + 1).setCellValue(headers.get(c));
        }
        head.createCell(columns + 1).setCellValue(errorHeader);
    }

    public static byte[] write(List<String> headers, String rowHeader, String errorHeader, List<RejectedRow> rows) {
        try (var errors = new ErrorWorkbook(headers, rowHeader, errorHeader); var out = new ByteArrayOutputStream()) {
            rows.forEach(errors::add);
            errors.writeTo(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void add(RejectedRow rejectedRow) {
        Row row = sheet.createRow(++rejected);
        row.createCell(0).setCellValue(rejectedRow.rowNumber());
        for (int c = 0; c < columns; c++) {
            row.createCell(c + 1).setCellValue(c < rejectedRow.cells().size() ? rejectedRow.cells().get(c) : "");
        }
        row.createCell(columns + 1).setCellValue(rejectedRow.errors());
    }

    public int rejectedRows() {
        return rejected;
    }

    public void writeTo(OutputStream out) throws IOException {
        workbook.write(out);
    }

    @Override
    public void close() throws IOException {
        workbook.close();
    }
}
