package com.touchpoint.shared;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Streams large uploaded sheets row by row with bounded memory: .xlsx through POI's SAX event API,
 * .csv (UTF-8 or GBK) through Commons CSV. Dates in date-formatted cells come out as ISO dates.
 */
public final class TabularStream {

    private static final int CHARSET_PROBE_BYTES = 1 << 20;

    private TabularStream() {
    }

    /** Receives the header row first, then each data row. */
    public interface RowHandler {
        void header(List<String> headers);

        void row(TabularRow row);
    }

    public static void read(String fileName, Path file, RowHandler handler) {
        String lower = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        try {
            if (Files.size(file) == 0) {
                throw new TouchpointException("import.file.empty", fileName);
            }
            if (lower.endsWith(".xlsx")) {
                readXlsx(file, handler);
            } else if (lower.endsWith(".csv")) {
                readCsv(file, handler);
            } else {
                throw new TouchpointException("import.file.unsupported", fileName);
            }
        } catch (TouchpointException e) {
            throw e;
        } catch (Exception e) {
            throw TabularFiles.unreadable(fileName, e);
        }
    }

    private static void readCsv(Path file, RowHandler handler) throws IOException {
        Charset charset;
        try (InputStream probe = Files.newInputStream(file)) {
            byte[] head = probe.readNBytes(CHARSET_PROBE_BYTES);
            charset = TabularFiles.detectCharset(trimToLastNewline(head));
        }
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            in.mark(3);
            byte[] bom = in.readNBytes(3);
            if (!(bom.length == 3 && (bom[0] & 0xFF) == 0xEF && (bom[1] & 0xFF) == 0xBB && (bom[2] & 0xFF) == 0xBF)) {
                in.reset();
            }
            try (Reader reader = new InputStreamReader(in, charset);
                 CSVParser parser = CSVFormat.RFC4180.builder().setIgnoreSurroundingSpaces(true).get().parse(reader)) {
                boolean first = true;
                for (CSVRecord record : parser) {
                    List<String> cells = record.stream().map(s -> s == null ? "" : s.trim()).toList();
                    if (first) {
                        handler.header(cells);
                        first = false;
                    } else {
                        handler.row(new TabularRow((int) record.getRecordNumber(), cells));
                    }
                }
                if (first) {
                    throw new TouchpointException("import.file.empty", file.getFileName().toString());
                }
            }
        }
    }

    /** A probe cut mid-character would look like broken UTF-8; cut it at the last line end instead. */
    private static byte[] trimToLastNewline(byte[] head) {
        for (int i = head.length - 1; i >= 0; i--) {
            if (head[i] == '\n') {
                return Arrays.copyOf(head, i + 1);
            }
        }
        return head;
    }

    private static void readXlsx(Path file, RowHandler handler) throws Exception {
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(pkg);
            var strings = new ReadOnlySharedStringsTable(pkg);
            var sheets = reader.getSheetsData();
            if (!sheets.hasNext()) {
                throw new TouchpointException("import.file.empty", file.getFileName().toString());
            }
            var rows = new RowCollector(handler);
            try (InputStream sheet = sheets.next()) {
                XMLReader parser = XMLHelper.newXMLReader();
                parser.setContentHandler(new XSSFSheetXMLHandler(reader.getStylesTable(), null, strings, rows,
                        new IsoDateFormatter(), false));
                parser.parse(new InputSource(sheet));
            }
            if (!rows.sawHeader) {
                throw new TouchpointException("import.file.empty", file.getFileName().toString());
            }
        }
    }

    /** Formats date cells as yyyy-MM-dd whatever their display format, everything else as shown. */
    private static final class IsoDateFormatter extends DataFormatter {
        IsoDateFormatter() {
            super(Locale.ROOT);
        }

        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString, boolean use1904) {
            if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
                return DateUtil.getLocalDateTime(value, use1904).toLocalDate().toString();
            }
            return super.formatRawCellContents(value, formatIndex, formatString, use1904);
        }
    }

    private static final class RowCollector implements XSSFSheetXMLHandler.SheetContentsHandler {
        private final RowHandler handler;
        private final List<String> cells = new ArrayList<>();
        private boolean sawHeader;

        RowCollector(RowHandler handler) {
            this.handler = handler;
        }

        @Override
        public void startRow(int rowNum) {
            cells.clear();
        }

        @Override
        public void endRow(int rowNum) {
            List<String> row = List.copyOf(cells);
            if (!sawHeader) {
                sawHeader = true;
                handler.header(row);
            } else {
                handler.row(new TabularRow(rowNum + 1, row));
            }
        }

        @Override
        public void cell(String cellReference, String formattedValue, XSSFComment comment) {
            int column = cellReference == null ? cells.size() : new CellReference(cellReference).getCol();
            while (cells.size() < column) {
                cells.add("");
            }
            cells.add(formattedValue == null ? "" : formattedValue.trim());
        }
    }
}
