package com.touchpoint.shared;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads uploaded sheets (.xlsx, or .csv in UTF-8 or GBK) into text cells. A file that cannot be
 * read at all fails with one {@link TouchpointException} naming the file and the reason.
 */
public final class TabularFiles {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(TabularFiles.class);
    private static final Charset GBK = Charset.forName("GBK");

    private TabularFiles() {
    }

    public static TabularData read(String fileName, byte[] content) {
        String lower = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        if (content == null || content.length == 0) {
            throw new TouchpointException("import.file.empty", fileName);
        }
        if (lower.endsWith(".xlsx")) {
            return readXlsx(fileName, content);
        }
        if (lower.endsWith(".csv")) {
            return readCsv(fileName, content);
        }
        throw new TouchpointException("import.file.unsupported", fileName);
    }

    /** UTF-8 when the bytes are valid UTF-8 (with or without BOM), otherwise GBK as Chinese Excel writes it. */
    public static Charset detectCharset(byte[] content) {
        try {
            StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content));
            return StandardCharsets.UTF_8;
        } catch (CharacterCodingException e) {
            return GBK;
        }
    }

    private static TabularData readCsv(String fileName, byte[] content) {
        Charset charset = detectCharset(content);
        int offset = hasUtf8Bom(content) ? 3 : 0;
        try (Reader reader = new InputStreamReader(
                new ByteArrayInputStream(content, offset, content.length - offset), charset);
             CSVParser parser = CSVFormat.RFC4180.builder().setIgnoreSurroundingSpaces(true).get().parse(reader)) {
            List<String> headers = null;
            List<TabularRow> rows = new ArrayList<>();
            for (CSVRecord record : parser) {
                List<String> cells = record.stream().map(s -> s == null ? "" : s.trim()).toList();
                if (headers == null) {
                    headers = cells;
                } else {
                    rows.add(new TabularRow((int) record.getRecordNumber(), cells));
                }
            }
            if (headers == null) {
                throw new TouchpointException("import.file.empty", fileName);
            }
            return new TabularData(headers, rows);
        } catch (IOException | IllegalStateException | java.io.UncheckedIOException e) {
            throw unreadable(fileName, e);
        }
    }

    /**
     * The one translation of a reader's failure (POI, the zip layer, Commons CSV, I/O) into what the user reads:
     * a sentence naming the file, never the library's message, which is only logged.
     */
    static TouchpointException unreadable(String fileName, Throwable cause) {
        log.info("Unreadable upload {}: {}", fileName, cause.toString());
        return new TouchpointException("import.file.unreadable", fileName);
    }

    private static boolean hasUtf8Bom(byte[] content) {
        return content.length >= 3 && (content[0] & 0xFF) == 0xEF && (content[1] & 0xFF) == 0xBB
                && (content[2] & 0xFF) == 0xBF;
    }

    private static TabularData readXlsx(String fileName, byte[] content) {
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(content))) {
            if (workbook.getNumberOfSheets() == 0) {
                throw new TouchpointException("import.file.empty", fileName);
            }
            Sheet sheet = workbook.getSheetAt(0);
            DataFormatter formatter = new DataFormatter(Locale.ROOT);
            List<String> headers = null;
            List<TabularRow> rows = new ArrayList<>();
            for (Row row : sheet) {
                List<String> cells = cellsOf(row, formatter);
                if (headers == null) {
                    headers = cells;
                } else {
                    rows.add(new TabularRow(row.getRowNum() + 1, cells));
                }
            }
            if (headers == null) {
                throw new TouchpointException("import.file.empty", fileName);
            }
            return new TabularData(headers, rows);
        } catch (IOException | RuntimeException e) {
            if (e instanceof TouchpointException te) {
                throw te;
            }
            throw unreadable(fileName, e);
        }
    }

    private static List<String> cellsOf(Row row, DataFormatter formatter) {
        List<String> cells = new ArrayList<>();
        for (int c = 0; c < Math.max(row.getLastCellNum(), 0); c++) {
            cells.add(text(row.getCell(c), formatter));
        }
        return cells;
    }

    private static String text(Cell cell, DataFormatter formatter) {
        if (cell == null) {
            return "";
        }
        if (cell.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
            return cell.getLocalDateTimeCellValue().toLocalDate().toString();
        }
        return formatter.formatCellValue(cell).trim();
    }
}
