package com.touchpoint.shared;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/** The rejected rows of an upload as .xlsx: the original header and cells plus one column with the errors. */
public final class ErrorWorkbook {

    private ErrorWorkbook() {
    }

    /** A rejected row: its number in the uploaded file, its cells and its error text. */
    public record RejectedRow(int rowNumber, List<String> cells, String errors) {
    }

    public static byte[] write(List<String> headers, String rowHeader, String errorHeader, List<RejectedRow> rows) {
        try (var workbook = new XSSFWorkbook(); var out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("errors");
            Row head = sheet.createRow(0);
            head.createCell(0).setCellValue(rowHeader);
            for (int c = 0; c < headers.size(); c++) {
                head.createCell(c + 1).setCellValue(headers.get(c));
            }
            head.createCell(headers.size() + 1).setCellValue(errorHeader);
            int r = 1;
            for (RejectedRow rejected : rows) {
                Row row = sheet.createRow(r++);
                row.createCell(0).setCellValue(rejected.rowNumber());
                for (int c = 0; c < headers.size(); c++) {
                    row.createCell(c + 1).setCellValue(c < rejected.cells().size() ? rejected.cells().get(c) : "");
                }
                row.createCell(headers.size() + 1).setCellValue(rejected.errors());
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
