package com.touchpoint.incentive.internal;

import com.touchpoint.incentive.SchemeVersion;
import com.touchpoint.incentive.Statement;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Writes the incentive workbook of INCENTIVES.md with POI's streaming API, so memory stays bounded however many
 * rows a month has: the statements with live formulas (and their cached values) for the calculated and final
 * amounts and a totals row, the team summary and the parameters of every scheme version used.
 */
public final class SheetWriter {

    /** Text of the sheet in one language: header labels and names, looked up by key. */
    public interface Labels {
        String text(String key);

        String postName(String postCode);
    }

    static final String[] COLUMNS = {"employeeNo", "name", "post", "team", "callbacks", "index", "adjustedIndex",
            "target", "satisfactionCoef", "trainingCoef", "kudosPoints", "recognitionBonus", "complaints",
            "complaintDeduction", "base", "calculated", "adjustment", "adjustmentReason", "final"};
    private static final int ROW_WINDOW = 200;

    private final SXSSFWorkbook workbook = new SXSSFWorkbook(ROW_WINDOW);
    private final Labels labels;
    private final Styles styles;

    public SheetWriter(Labels labels) {
        this.labels = labels;
        this.styles = new Styles(workbook);
    }

    public void write(List<Statement> statements, List<SchemeVersion> schemes, String monthLabel, OutputStream out)
            throws IOException {
        try {
            statements(statements);
            teams(statements);
            parameters(schemes, monthLabel);
            workbook.write(out);
        } finally {
            workbook.close();
        }
    }

    private void statements(List<Statement> statements) {
        SXSSFSheet sheet = workbook.createSheet(labels.text("incentive.sheet.statements"));
        header(sheet, COLUMNS);
        int r = 1;
        for (Statement s : statements) {
            statementRow(sheet.createRow(r++), s);
        }
        totals(sheet.createRow(r), statements, r);
        sheet.createFreezePane(0, 1);
        sheet.setAutoFilter(new CellRangeAddress(0, Math.max(statements.size(), 1), 0, COLUMNS.length - 1));
        widths(sheet, new int[] {12, 12, 16, 18, 8, 10, 10, 8, 10, 10, 8, 12, 8, 12, 12, 12, 12, 24, 12});
    }

    private void statementRow(Row row, Statement s) {
        int excel = row.getRowNum() + 1;
        text(row, 0, s.employeeNo());
        text(row, 1, s.name());
        text(row, 2, labels.postName(s.postCode()));
        text(row, 3, s.teamName());
        number(row, 4, s.callbacks(), styles.integer);
        number(row, 5, s.index(), styles.twoDecimals);
        number(row, 6, s.adjustedIndex(), styles.twoDecimals);
        number(row, 7, s.target(), styles.twoDecimals);
        number(row, 8, s.satisfactionCoefficient(), styles.fourDecimals);
        number(row, 9, s.trainingCoefficient(), styles.fourDecimals);
        number(row, 10, s.kudosPoints(), styles.integer);
        number(row, 11, s.recognitionBonus(), styles.money);
        number(row, 12, s.complaints(), styles.integer);
        number(row, 13, s.complaintDeduction(), styles.money);
        number(row, 14, s.base(), styles.money);
        formula(row, 15, "MAX(0,ROUND(O" + excel + "*I" + excel + "*J" + excel + "+L" + excel + "-N" + excel + ",2))",
                s.calculated());
        number(row, 16, s.adjustment(), styles.money);
        text(row, 17, s.adjustmentReason());
        formula(row, 18, "P" + excel + "+Q" + excel, s.finalAmount());
    }

    private void totals(Row row, List<Statement> statements, int r) {
        text(row, 0, labels.text("incentive.sheet.total"));
        row.getCell(0).setCellStyle(styles.bold);
        sum(row, 4, r, BigDecimal.valueOf(statements.stream().mapToLong(Statement::callbacks).sum()), styles.integer);
        sum(row, 10, r, BigDecimal.valueOf(statements.stream().mapToLong(Statement::kudosPoints).sum()), styles.integer);
        sum(row, 11, r, total(statements, Statement::recognitionBonus), styles.money);
        sum(row, 12, r, BigDecimal.valueOf(statements.stream().mapToLong(Statement::complaints).sum()), styles.integer);
        sum(row, 13, r, total(statements, Statement::complaintDeduction), styles.money);
        sum(row, 14, r, total(statements, Statement::base), styles.money);
        sum(row, 15, r, total(statements, Statement::calculated), styles.money);
        sum(row, 16, r, total(statements, Statement::adjustment), styles.money);
        sum(row, 18, r, total(statements, Statement::finalAmount), styles.money);
    }

    private void sum(Row row, int column, int lastDataRow, BigDecimal cached, CellStyle style) {
        String letter = columnLetter(column);
        Cell cell = row.createCell(column);
        if (lastDataRow >= 2) {
            cell.setCellFormula("SUM(" + letter + "2:" + letter + lastDataRow + ")");
        }
        cell.setCellValue(cached.doubleValue());
        cell.setCellStyle(style);
    }

    private void teams(List<Statement> statements) {
        SXSSFSheet sheet = workbook.createSheet(labels.text("incentive.sheet.teams"));
        header(sheet, new String[] {"teamCode", "team", "headcount", "totalFinal", "averageAdjustedIndex"});
        Map<String, List<Statement>> byTeam = new TreeMap<>();
        statements.forEach(s -> byTeam.computeIfAbsent(s.teamCode(), k -> new java.util.ArrayList<>()).add(s));
        int r = 1;
        for (var team : byTeam.entrySet()) {
            Row row = sheet.createRow(r++);
            text(row, 0, team.getKey());
            text(row, 1, team.getValue().get(0).teamName());
            number(row, 2, team.getValue().size(), styles.integer);
            number(row, 3, total(team.getValue(), Statement::finalAmount), styles.money);
            number(row, 4, averageAdjusted(team.getValue()), styles.twoDecimals);
        }
        sheet.createFreezePane(0, 1);
        widths(sheet, new int[] {14, 18, 8, 14, 14});
    }

    /** The mean adjusted index of the team's staff who have one, half-up to 2 decimals; null when none has. */
    static BigDecimal averageAdjusted(List<Statement> team) {
        List<BigDecimal> values = team.stream().map(Statement::adjustedIndex).filter(java.util.Objects::nonNull).toList();
        if (values.isEmpty()) {
            return null;
        }
        return values.stream().reduce(BigDecimal.ZERO, BigDecimal::add)
                .divide(BigDecimal.valueOf(values.size()), 2, RoundingMode.HALF_UP);
    }

    private void parameters(List<SchemeVersion> schemes, String monthLabel) {
        SXSSFSheet sheet = workbook.createSheet(labels.text("incentive.sheet.parameters"));
        Row month = sheet.createRow(0);
        text(month, 0, labels.text("incentive.sheet.month"));
        text(month, 1, monthLabel);
        Row head = sheet.createRow(2);
        String[] columns = {"post", "schemeVersion", "effectiveFrom", "base", "minSample", "slope", "floor", "cap",
                "kudosRate", "kudosCap", "complaintAmount", "complaintShare"};
        for (int c = 0; c < columns.length; c++) {
            text(head, c, labels.text("incentive.sheet.col." + columns[c]));
            head.getCell(c).setCellStyle(styles.header);
        }
        int r = 3;
        for (SchemeVersion v : schemes) {
            Row row = sheet.createRow(r++);
            var p = v.parameters();
            text(row, 0, labels.postName(v.postCode()));
            number(row, 1, v.id(), styles.integer);
            text(row, 2, v.effectiveFrom().toString());
            number(row, 3, p.base(), styles.money);
            number(row, 4, p.minSample(), styles.integer);
            number(row, 5, p.slope(), styles.fourDecimals);
            number(row, 6, p.floor(), styles.fourDecimals);
            number(row, 7, p.cap(), styles.fourDecimals);
            number(row, 8, p.kudosRate(), styles.money);
            number(row, 9, p.kudosCap(), styles.money);
            number(row, 10, p.complaintAmount(), styles.money);
            number(row, 11, p.complaintShare(), styles.fourDecimals);
        }
        widths(sheet, new int[] {16, 10, 10, 10, 10, 8, 8, 8, 10, 10, 10, 10});
    }

    private void header(Sheet sheet, String[] columns) {
        Row row = sheet.createRow(0);
        for (int c = 0; c < columns.length; c++) {
            text(row, c, labels.text("incentive.sheet.col." + columns[c]));
            row.getCell(c).setCellStyle(styles.header);
        }
    }

    private static void widths(Sheet sheet, int[] characters) {
        for (int c = 0; c < characters.length; c++) {
            sheet.setColumnWidth(c, characters[c] * 256 + 512);
        }
    }

    /** Text that a spreadsheet could read as a formula is marked as literal text (quote prefix), never run. */
    private void text(Row row, int column, String value) {
        Cell cell = row.createCell(column);
        // The workbook's default style, set explicitly: for a cell without a style SXSSF looks up the column's
        // default style (through XMLBeans) when it flushes the row, which showed in the sheet's profile.
        cell.setCellStyle(value != null && formulaLike(value) ? styles.literal : styles.general);
        if (value != null) {
            cell.setCellValue(value);
        }
    }

    static boolean formulaLike(String value) {
        return !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0;
    }

    private static void number(Row row, int column, long value, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value);
        cell.setCellStyle(style);
    }

    private static void number(Row row, int column, BigDecimal value, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellStyle(style);
        if (value != null) {
            cell.setCellValue(value.doubleValue());
        }
    }

    private void formula(Row row, int column, String formula, BigDecimal cached) {
        Cell cell = row.createCell(column);
        cell.setCellFormula(formula);
        cell.setCellValue(cached.doubleValue());
        cell.setCellStyle(styles.money);
    }

    private static BigDecimal total(List<Statement> statements, Function<Statement, BigDecimal> figure) {
        return statements.stream().map(figure).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    static String columnLetter(int column) {
        return org.apache.poi.ss.util.CellReference.convertNumToColString(column);
    }

    /** The workbook's few cell styles, created once (a workbook holds at most 64,000). */
    private static final class Styles {
        final CellStyle general;
        final CellStyle header;
        final CellStyle bold;
        final CellStyle literal;
        final CellStyle integer;
        final CellStyle twoDecimals;
        final CellStyle fourDecimals;
        final CellStyle money;

        Styles(SXSSFWorkbook workbook) {
            general = workbook.getCellStyleAt(0);
            Font boldFont = workbook.createFont();
            boldFont.setBold(true);
            header = workbook.createCellStyle();
            header.setFont(boldFont);
            header.setWrapText(true);
            bold = workbook.createCellStyle();
            bold.setFont(boldFont);
            literal = workbook.createCellStyle();
            literal.setQuotePrefixed(true);
            var format = workbook.createDataFormat();
            integer = numeric(workbook, format.getFormat("0"));
            twoDecimals = numeric(workbook, format.getFormat("0.00"));
            fourDecimals = numeric(workbook, format.getFormat("0.0000"));
            money = numeric(workbook, format.getFormat("#,##0.00"));
        }

        private static CellStyle numeric(SXSSFWorkbook workbook, short format) {
            CellStyle style = workbook.createCellStyle();
            style.setDataFormat(format);
            return style;
        }
    }
}
