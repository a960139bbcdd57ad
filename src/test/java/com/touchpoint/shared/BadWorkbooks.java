package com.touchpoint.shared;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/** Workbooks that POI refuses, built in the test rather than checked in. */
public final class BadWorkbooks {

    private BadWorkbooks() {
    }

    /**
     * A valid .xlsx whose sheet XML carries 8 MB of spaces: it deflates to a few kilobytes, far beyond the
     * compression ratio POI accepts, so POI reports a zip bomb.
     */
    public static byte[] zipBomb(String... header) {
        try (var workbook = new XSSFWorkbook(); var plain = new ByteArrayOutputStream()) {
            var row = workbook.createSheet("data").createRow(0);
            for (int i = 0; i < header.length; i++) {
                row.createCell(i).setCellValue(header[i]);
            }
            workbook.write(plain);
            var bomb = new ByteArrayOutputStream();
            try (var in = new ZipInputStream(new ByteArrayInputStream(plain.toByteArray()));
                 var out = new ZipOutputStream(bomb)) {
                for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                    byte[] content = in.readAllBytes();
                    if (entry.getName().startsWith("xl/worksheets/")) {
                        content = new String(content, StandardCharsets.UTF_8)
                                .replace("<sheetData>", "<sheetData>" + " ".repeat(8_000_000))
                                .getBytes(StandardCharsets.UTF_8);
                    }
                    out.putNextEntry(new ZipEntry(entry.getName()));
                    out.write(content);
                    out.closeEntry();
                }
            }
            return bomb.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A text file someone renamed to .xlsx. */
    public static byte[] renamedText() {
        return "工号,姓名\nE1,张三\n".getBytes(StandardCharsets.UTF_8);
    }
}
