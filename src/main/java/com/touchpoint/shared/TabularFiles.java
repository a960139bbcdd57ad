package com.touchpoint.shared;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.io.input.BOMInputStream;
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

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The one reader of uploaded sheets: .xlsx through POI's streaming SAX API, .csv (UTF-8 with or without BOM,
 * or GBK) through Commons CSV, every cell as trimmed text and date-formatted cells as ISO dates. Rows are
 * streamed to a {@link RowHandler} with bounded memory, or gathered into {@link TabularData} for small files.
 * A file that cannot be read at all fails with one {@link TouchpointException} naming the file.
 */
public final class TabularFiles {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(TabularFiles.class);
    private static final Charset GBK = Charset.forName("GBK");
    private static final int CHARSET_PROBE_BYTES = 1 << 20;

    private TabularFiles() {
    }

    /** Receives the header row first, then each data row. */
    public interface RowHandler {
        void header(List<String> headers);

        void row(TabularRow row);
    }

    /** Where the bytes come from: an upload held in memory or one spooled to a file. */
    private interface Source {
        InputStream open() throws IOException;

        OPCPackage openPackage() throws Exception;
    }

    /** Reads a whole small file into memory. */
    public static TabularData read(String fileName, byte[] content) {
        if (content == null || content.length == 0) {
            throw new TouchpointException("import.file.empty", fileName);
        }
        List<List<String>> header = new ArrayList<>(1);
        List<TabularRow> rows = new ArrayList<>();
        read(fileName, new Source() {
            @Override
            public InputStream open() {
                return new ByteArrayInputStream(content);
            }

            @Override
            public OPCPackage openPackage() throws Exception {
                return OPCPackage.open(new ByteArrayInputStream(content));
            }
        }, new RowHandler() {
            @Override
            public void header(List<String> names) {
                header.add(names);
            }

            @Override
            public void row(TabularRow row) {
                rows.add(row);
            }
        });
        return new TabularData(header.get(0), rows);
    }

    /** Streams a file of any size row by row to {@code handler}. */
    public static void read(String fileName, Path file, RowHandler handler) {
        try {
            if (Files.size(file) == 0) {
                throw new TouchpointException("import.file.empty", fileName);
            }
        } catch (IOException e) {
            throw unreadable(fileName, e);
        }
        read(fileName, new Source() {
            @Override
            public InputStream open() throws IOException {
                return Files.newInputStream(file);
            }

            @Override
            public OPCPackage openPackage() throws Exception {
                return OPCPackage.open(file.toFile(), PackageAccess.READ);
            }
        }, handler);
    }

    private static void read(String fileName, Source source, RowHandler handler) {
        String lower = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        try {
            if (lower.endsWith(".xlsx")) {
                readXlsx(fileName, source, handler);
            } else if (lower.endsWith(".csv")) {
                readCsv(fileName, source, handler);
            } else {
                throw new TouchpointException("import.file.unsupported", fileName);
            }
        } catch (TouchpointException e) {
            throw e;
        } catch (Exception e) {
            throw unreadable(fileName, e);
        }
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

    /**
     * The one translation of a reader's failure (POI, the zip layer, Commons CSV, I/O) into what the user reads:
     * a sentence naming the file, never the library's message, which is only logged.
     */
    static TouchpointException unreadable(String fileName, Throwable cause) {
        log.info("Unreadable upload {}: {}", fileName, cause.toString());
        return new TouchpointException("import.file.unreadable", fileName);
    }

    private static void readCsv(String fileName, Source source, RowHandler handler) throws IOException {
        Charset charset;
        try (InputStream probe = source.open()) {
            byte[] head = probe.readNBytes(CHARSET_PROBE_BYTES);
            charset = detectCharset(head.length == CHARSET_PROBE_BYTES ? trimToLastNewline(head) : head);
        }
        try (Reader reader = new InputStreamReader(BOMInputStream.builder().setInputStream(source.open()).get(), charset);
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
                throw new TouchpointException("import.file.empty", fileName);
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

    private static void readXlsx(String fileName, Source source, RowHandler handler) throws Exception {
        try (OPCPackage pkg = source.openPackage()) {
            XSSFReader reader = new XSSFReader(pkg);
            var strings = new ReadOnlySharedStringsTable(pkg);
            var sheets = reader.getSheetsData();
            if (!sheets.hasNext()) {
                throw new TouchpointException("import.file.empty", fileName);
            }
            var rows = new RowCollector(handler);
            try (InputStream sheet = sheets.next()) {
                XMLReader parser = XMLHelper.newXMLReader();
                parser.setContentHandler(new XSSFSheetXMLHandler(reader.getStylesTable(), null, strings, rows,
                        new IsoDateFormatter(), false));
                parser.parse(new InputSource(sheet));
            }
            if (!rows.sawHeader) {
                throw new TouchpointException("import.file.empty", fileName);
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
