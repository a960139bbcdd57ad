package com.touchpoint.incentive;

import com.touchpoint.TouchpointTest;
import com.touchpoint.staff.StaffDirectory;
import com.touchpoint.staff.TestAccess;
import com.touchpoint.staff.TestStaff;
import com.touchpoint.staff.UserAccounts;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import static com.touchpoint.incentive.IncentiveRunTests.asHr;
import static com.touchpoint.incentive.IncentiveRunTests.statementOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The sheet read back with POI cell by cell, and recalculated by LibreOffice Calc. */
@TouchpointTest
class IncentiveSheetTests {

    static final YearMonth MONTH = YearMonth.of(2022, 11);
    static final String[] ZH = {"工号", "姓名", "岗位", "班组", "回访量", "满意度指数", "调整后指数", "目标", "满意度系数",
            "培训系数", "认可积分", "认可奖励", "投诉数", "投诉扣减", "基数", "计算金额", "调整", "调整原因", "最终金额"};
    static final String[] EN = {"Employee No.", "Name", "Post", "Team", "Callbacks", "Index", "Adjusted index", "Target",
            "Satisfaction coef.", "Training coef.", "Kudos points", "Recognition bonus", "Complaints",
            "Complaint deduction", "Base", "Calculated", "Adjustment", "Adjustment reason", "Final"};
    static TestStaff.Member trickster;

    @Autowired
    IncentiveSheets sheets;
    @Autowired
    IncentiveRuns runs;
    @Autowired
    IncentiveStatements statements;
    @Autowired
    IncentiveWorkflow workflow;
    @Autowired
    StaffDirectory directory;
    @Autowired
    UserAccounts accounts;
    @TempDir
    Path dir;

    @BeforeEach
    void month() {
        if (trickster == null) {
            trickster = TestStaff.newMember(directory, accounts, "SHOP_SALES", "T-NORTH-1", "=1+1");
            asHr("hr1", () -> runs.runNow(MONTH, RunProgress.NONE));
            Statement s = statementOf(statements, MONTH, trickster.staffId());
            asHr("hr1", () -> workflow.adjust(s.id(), new BigDecimal("88.88"), "+加班补贴,@周末"));
        }
    }

    private Path write(Locale locale) throws Exception {
        IncentiveSheets.Prepared prepared = asHr("hr1", () -> sheets.prepare(MONTH, locale));
        assertThat(prepared.fileName()).isEqualTo("incentives-2022-11.xlsx");
        Path file = dir.resolve(locale.getLanguage() + "-" + prepared.fileName());
        try (OutputStream out = Files.newOutputStream(file)) {
            prepared.writeTo(out);
        }
        return file;
    }

    @Test
    void every_cell_of_the_statements_sheet_matches_the_statements() throws Exception {
        List<Statement> expected = asHr("hr1", () -> statements.ofMonth(MONTH));
        try (InputStream in = Files.newInputStream(write(Locale.SIMPLIFIED_CHINESE)); var workbook = new XSSFWorkbook(in)) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(3);
            XSSFSheet sheet = workbook.getSheet("奖金明细");
            assertThat(workbook.getSheetAt(1).getSheetName()).isEqualTo("班组汇总");
            assertThat(workbook.getSheetAt(2).getSheetName()).isEqualTo("参数");
            Row header = sheet.getRow(0);
            for (int c = 0; c < ZH.length; c++) {
                assertThat(header.getCell(c).getStringCellValue()).isEqualTo(ZH[c]);
            }
            assertThat(header.getLastCellNum()).isEqualTo((short) ZH.length);
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            assertThat(sheet.getPaneInformation().getHorizontalSplitTopRow()).isEqualTo((short) 1);
            assertThat(sheet.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:S" + (expected.size() + 1));
            assertThat(sheet.getLastRowNum()).isEqualTo(expected.size() + 1);
            for (int i = 0; i < expected.size(); i++) {
                assertRow(sheet.getRow(i + 1), expected.get(i));
            }
            assertTotals(sheet.getRow(expected.size() + 1), expected);
        }
    }

    private static void assertRow(Row row, Statement s) {
        int excel = row.getRowNum() + 1;
        String at = s.employeeNo() + " row " + excel;
        assertThat(row.getCell(0).getStringCellValue()).as(at).isEqualTo(s.employeeNo());
        assertThat(row.getCell(1).getStringCellValue()).as(at).isEqualTo(s.name());
        assertThat(row.getCell(2).getStringCellValue()).as(at).isEqualTo(switch (s.postCode()) {
            case "SHOP_SALES" -> "营业员";
            case "HOTLINE_AGENT" -> "客服专员";
            case "FIELD_ENGINEER" -> "装维工程师";
            case "SERVICE_CONSULTANT" -> "服务顾问";
            default -> "前台主管";
        });
        assertThat(row.getCell(3).getStringCellValue()).as(at).isEqualTo(s.teamName());
        number(row, 4, BigDecimal.valueOf(s.callbacks()), "0", at);
        number(row, 5, s.index(), "0.00", at);
        number(row, 6, s.adjustedIndex(), "0.00", at);
        number(row, 7, s.target(), "0.00", at);
        number(row, 8, s.satisfactionCoefficient(), "0.0000", at);
        number(row, 9, s.trainingCoefficient(), "0.0000", at);
        number(row, 10, BigDecimal.valueOf(s.kudosPoints()), "0", at);
        number(row, 11, s.recognitionBonus(), "#,##0.00", at);
        number(row, 12, BigDecimal.valueOf(s.complaints()), "0", at);
        number(row, 13, s.complaintDeduction(), "#,##0.00", at);
        number(row, 14, s.base(), "#,##0.00", at);
        formula(row.getCell(15), "MAX(0,ROUND(O" + excel + "*I" + excel + "*J" + excel + "+L" + excel + "-N" + excel + ",2))",
                s.calculated(), at);
        number(row, 16, s.adjustment(), "#,##0.00", at);
        if (s.adjustmentReason() == null) {
            assertThat(row.getCell(17).getCellType()).as(at).isEqualTo(CellType.BLANK);
        } else {
            assertThat(row.getCell(17).getStringCellValue()).as(at).isEqualTo(s.adjustmentReason());
        }
        formula(row.getCell(18), "P" + excel + "+Q" + excel, s.finalAmount(), at);
        boolean literal = s.name().startsWith("=");
        assertThat(row.getCell(1).getCellStyle().getQuotePrefixed()).as(at).isEqualTo(literal);
        assertThat(row.getCell(1).getCellType()).as(at).isEqualTo(CellType.STRING);
    }

    private static void number(Row row, int column, BigDecimal value, String format, String at) {
        Cell cell = row.getCell(column);
        if (value == null) {
            assertThat(cell.getCellType()).as(at + " col " + column).isEqualTo(CellType.BLANK);
            return;
        }
        assertThat(cell.getCellType()).as(at + " col " + column).isEqualTo(CellType.NUMERIC);
        assertThat(BigDecimal.valueOf(cell.getNumericCellValue())).as(at + " col " + column).isEqualByComparingTo(value);
        assertThat(cell.getCellStyle().getDataFormatString()).as(at + " col " + column).isEqualTo(format);
    }

    private static void formula(Cell cell, String formula, BigDecimal cached, String at) {
        assertThat(cell.getCellType()).as(at).isEqualTo(CellType.FORMULA);
        assertThat(cell.getCellFormula()).as(at).isEqualTo(formula);
        assertThat(cell.getCachedFormulaResultType()).as(at).isEqualTo(CellType.NUMERIC);
        assertThat(BigDecimal.valueOf(cell.getNumericCellValue())).as(at).isEqualByComparingTo(cached);
        assertThat(cell.getCellStyle().getDataFormatString()).as(at).isEqualTo("#,##0.00");
    }

    private static void assertTotals(Row totals, List<Statement> expected) {
        int last = expected.size() + 1;
        assertThat(totals.getCell(0).getStringCellValue()).isEqualTo("合计");
        for (int column : new int[] {4, 10, 11, 12, 13, 14, 15, 16, 18}) {
            String letter = org.apache.poi.ss.util.CellReference.convertNumToColString(column);
            Cell cell = totals.getCell(column);
            assertThat(cell.getCellFormula()).isEqualTo("SUM(" + letter + "2:" + letter + last + ")");
        }
        assertThat(BigDecimal.valueOf(totals.getCell(18).getNumericCellValue())).isEqualByComparingTo(
                expected.stream().map(Statement::finalAmount).reduce(BigDecimal.ZERO, BigDecimal::add));
        assertThat(BigDecimal.valueOf(totals.getCell(15).getNumericCellValue())).isEqualByComparingTo(
                expected.stream().map(Statement::calculated).reduce(BigDecimal.ZERO, BigDecimal::add));
        assertThat((long) totals.getCell(4).getNumericCellValue())
                .isEqualTo(expected.stream().mapToLong(Statement::callbacks).sum());
    }

    @Test
    void the_team_and_parameter_sheets_explain_the_month_and_english_headers_are_used_for_english() throws Exception {
        List<Statement> expected = asHr("hr1", () -> statements.ofMonth(MONTH));
        try (InputStream in = Files.newInputStream(write(Locale.ENGLISH)); var workbook = new XSSFWorkbook(in)) {
            XSSFSheet sheet = workbook.getSheet("Statements");
            for (int c = 0; c < EN.length; c++) {
                assertThat(sheet.getRow(0).getCell(c).getStringCellValue()).isEqualTo(EN[c]);
            }
            assertThat(sheet.getRow(expected.size() + 1).getCell(0).getStringCellValue()).isEqualTo("Total");
            XSSFSheet teams = workbook.getSheet("Teams");
            List<Statement> north = expected.stream().filter(s -> s.teamCode().equals("T-NORTH-1")).toList();
            Row team = null;
            for (Row row : teams) {
                if (row.getRowNum() > 0 && row.getCell(0).getStringCellValue().equals("T-NORTH-1")) {
                    team = row;
                }
            }
            assertThat(team).isNotNull();
            assertThat((int) team.getCell(2).getNumericCellValue()).isEqualTo(north.size());
            assertThat(BigDecimal.valueOf(team.getCell(3).getNumericCellValue())).isEqualByComparingTo(
                    north.stream().map(Statement::finalAmount).reduce(BigDecimal.ZERO, BigDecimal::add));
            XSSFSheet parameters = workbook.getSheet("Parameters");
            assertThat(parameters.getRow(0).getCell(1).getStringCellValue()).startsWith("2022-11");
            List<Long> versions = new ArrayList<>();
            for (int r = 3; r <= parameters.getLastRowNum(); r++) {
                versions.add((long) parameters.getRow(r).getCell(1).getNumericCellValue());
                assertThat(parameters.getRow(r).getCell(3).getNumericCellValue()).isPositive();
            }
            assertThat(versions).containsExactlyInAnyOrderElementsOf(
                    expected.stream().map(Statement::schemeId).distinct().toList());
        }
    }

    @Test
    void only_hr_and_payroll_tokens_export() {
        assertThatThrownBy(() -> TestAccess.as("staff1", () -> sheets.prepare(MONTH, Locale.ENGLISH), "ROLE_STAFF"))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> TestAccess.as("quality1", () -> sheets.prepare(MONTH, Locale.ENGLISH), "ROLE_QUALITY"))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> TestAccess.as("supervisor1", () -> sheets.prepare(MONTH, Locale.ENGLISH), "ROLE_SUPERVISOR"))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void libreoffice_recalculates_the_same_amounts_and_a_formula_looking_name_stays_text() throws Exception {
        List<Statement> expected = asHr("hr1", () -> statements.ofMonth(MONTH));
        List<List<String>> rows = LibreOfficeRecalc.toCsv(write(Locale.SIMPLIFIED_CHINESE), dir);
        assertThat(rows).hasSize(expected.size() + 2);
        for (int i = 0; i < expected.size(); i++) {
            List<String> row = rows.get(i + 1);
            Statement s = expected.get(i);
            assertThat(row.get(0)).isEqualTo(s.employeeNo());
            assertThat(row.get(1)).isEqualTo(s.name());
            assertThat(new BigDecimal(row.get(15))).as(s.employeeNo()).isEqualByComparingTo(s.calculated());
            assertThat(new BigDecimal(row.get(18))).as(s.employeeNo()).isEqualByComparingTo(s.finalAmount());
        }
        List<String> trick = rows.stream().filter(r -> r.get(0).equals(trickster.employeeNo())).findFirst().orElseThrow();
        assertThat(trick.get(1)).isEqualTo("=1+1");
        assertThat(trick.get(17)).isEqualTo("+加班补贴,@周末");
        List<String> totals = rows.get(expected.size() + 1);
        assertThat(new BigDecimal(totals.get(18))).isEqualByComparingTo(
                expected.stream().map(Statement::finalAmount).reduce(BigDecimal.ZERO, BigDecimal::add));
    }

    @Test
    void the_libreoffice_profile_really_recalculates() throws Exception {
        Path file = dir.resolve("stale.xlsx");
        try (var workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Cell cell = workbook.createSheet("x").createRow(0).createCell(0);
            cell.setCellFormula("1+1");
            cell.setCellValue(5);
            workbook.write(out);
        }
        assertThat(LibreOfficeRecalc.toCsv(file, dir).get(0).get(0)).isEqualTo("2");
    }

    /** LibreOffice Calc headless with a scratch profile that always recalculates .xlsx on load (STACK.md). */
    static final class LibreOfficeRecalc {

        static List<List<String>> toCsv(Path xlsx, Path dir) throws Exception {
            Path soffice = Path.of("/usr/bin/soffice");
            assertThat(soffice).as("LibreOffice (apt-get install libreoffice-calc-nogui)").isExecutable();
            Path profile = dir.resolve("lo-profile-" + System.nanoTime());
            Files.createDirectories(profile.resolve("user"));
            Files.writeString(profile.resolve("user/registrymodifications.xcu"), """
                    <?xml version="1.0" encoding="UTF-8"?>
                    <oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
                    <item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
                    </oor:items>
                    """);
            Path out = dir.resolve("csv-" + System.nanoTime());
            Process process = new ProcessBuilder(soffice.toString(), "-env:UserInstallation=" + profile.toUri(),
                    "--headless", "--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false",
                    "--outdir", out.toString(), xlsx.toString()).redirectErrorStream(true).start();
            String log = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(process.waitFor(180, TimeUnit.SECONDS)).as(log).isTrue();
            Path csv = out.resolve(xlsx.getFileName().toString().replace(".xlsx", ".csv"));
            assertThat(csv).as(log).exists();
            List<List<String>> rows = new ArrayList<>();
            for (String line : Files.readAllLines(csv, StandardCharsets.UTF_8)) {
                rows.add(parse(line));
            }
            return rows;
        }

        private static List<String> parse(String line) {
            List<String> fields = new ArrayList<>();
            StringBuilder field = new StringBuilder();
            boolean quoted = false;
            for (int i = 0; i < line.length(); i++) {
                char c = line.charAt(i);
                if (quoted) {
                    if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                        field.append('"');
                        i++;
                    } else if (c == '"') {
                        quoted = false;
                    } else {
                        field.append(c);
                    }
                } else if (c == '"') {
                    quoted = true;
                } else if (c == ',') {
                    fields.add(field.toString());
                    field.setLength(0);
                } else {
                    field.append(c);
                }
            }
            fields.add(field.toString());
            return fields;
        }
    }
}
