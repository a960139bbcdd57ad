package com.touchpoint.satisfaction;

import com.touchpoint.TouchpointTest;
import com.touchpoint.staff.OrgStructure;
import com.touchpoint.staff.TestAccess;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/** The callback report, read back from the .docx it produces (and opened by LibreOffice). */
@TouchpointTest
class CallbackReportsTests {

    @Autowired
    CallbackReports reports;
    @Autowired
    OrgStructure org;
    @Autowired
    Clock clock;
    @Autowired
    IndicatorService indicators;
    @Autowired
    com.touchpoint.training.TrainingCatalog catalog;
    @Autowired
    com.touchpoint.staff.StaffDirectory directory;
    @Autowired
    com.touchpoint.staff.UserAccounts accounts;
    @Autowired
    CallbackIntake intake;
    @TempDir
    Path dir;

    private long unit(String code) {
        return TestAccess.asAdmin(() -> org.unit(code).orElseThrow().id());
    }

    private YearMonth lastMonth() {
        return YearMonth.now(clock.withZone(ZoneId.of("Asia/Shanghai"))).minusMonths(1);
    }

    @Test
    void a_teams_report_has_every_section_a_chart_and_real_comments() throws Exception {
        long team = unit("T-EAST-3");
        var report = TestAccess.as("quality1", () -> reports.generate(team, lastMonth(), Locale.SIMPLIFIED_CHINESE),
                "ROLE_QUALITY");
        byte[] docx = TestAccess.as("quality1", () -> reports.download(report.id()), "ROLE_QUALITY");
        try (var doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
            String text = doc.getParagraphs().stream().map(XWPFParagraph::getText).collect(Collectors.joining("\n"));
            assertThat(text).contains("东城装维一班").contains(lastMonth().getYear() + "年" + lastMonth().getMonthValue() + "月回访报告")
                    .contains("一、总体情况").contains("二、整改建议").contains("三、班组成员").contains("四、近六个月满意度指数趋势")
                    .contains("六、最薄弱题项").contains("七、投诉热点").contains("八、负面评价中的常见问题")
                    .contains("九、客户原话摘录").contains("“");
            assertThat(doc.getTables()).hasSizeGreaterThanOrEqualTo(3);
            String summary = doc.getTables().get(0).getText();
            assertThat(summary).contains("回访次数").contains("满意度指数").contains("满意率").contains("及时率");
            String items = itemTable(doc).getText();
            assertThat(items).contains("承诺兑现").contains("服务态度");
            assertThat(doc.getCharts()).hasSize(1);
            var chart = doc.getCharts().get(0);
            var series = chart.getChartSeries().get(0).getSeries(0);
            XWPFTableRow index = tableWithHeader(doc, "指标项").getRows().stream()
                    .filter(r -> r.getCell(0).getText().equals("满意度指数")).findFirst().orElseThrow();
            int last = ReportBuilder.TREND_MONTHS - 1;
            assertThat(values(chart, 0).get(last)).isCloseTo(cell(index, 1), within(0.006));
            assertThat(values(chart, 0).get(last - 1)).isCloseTo(cell(index, 2), within(0.006));
            assertThat(series.getCategoryData().getPointAt(last)).isEqualTo(lastMonth().getMonthValue() + "月");
            // the demo repair team keeps missing promised times
            assertThat(text).contains("承诺兑现：得分");
        }
    }

    @Test
    void the_trend_is_a_word_line_chart_of_the_monthly_index_against_the_target() throws Exception {
        var team = com.touchpoint.staff.TestTeams.newTeam(org, directory, accounts, "WEST", "SHOP_SALES", 1);
        String employeeNo = team.members().get(0).employeeNo();
        YearMonth month = lastMonth();
        List<CallbackRecord> planted = new java.util.ArrayList<>();
        // months with callbacks: the report month, the one before and three before; the others stay empty
        int[][] scores = {{0, 5, 4}, {0, 3, 10}, {1, 4, 8}, {3, 2, 5}, {3, 5, 9}};
        for (int[] s : scores) {
            String day = month.minusMonths(s[0]).atDay(10).toString();
            planted.add(new CallbackRecord(CallbackFixtures.externalId(), employeeNo, day, day, "TRANSACTION",
                    "SHOP", "MASS", "COMPLETED", "STANDARD-2026", CallbackFixtures.answers("ATTITUDE", s[1],
                    "EFFICIENCY", s[1], "PROFESSIONAL", 4, "PROMISE", s[1], "RESOLUTION", 4, "OVERALL", s[2]), false,
                    "营业员讲解清楚，办理顺利"));
        }
        assertThat(CallbackFixtures.ingestAsQuality(intake, planted).accepted()).isEqualTo(planted.size());
        List<MonthlyFigure> trend = TestAccess.as("quality1", () -> indicators.trend(team.members().get(0).staffId(),
                month, ReportBuilder.TREND_MONTHS), "ROLE_QUALITY");
        for (Locale locale : List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH)) {
            try (var doc = report(team.code(), locale)) {
                assertThat(doc.getAllPictures()).as("no drawn image").isEmpty();
                assertThat(doc.getCharts()).hasSize(1);
                var chart = doc.getCharts().get(0);
                var data = chart.getChartSeries();
                assertThat(data).singleElement().isInstanceOf(org.apache.poi.xddf.usermodel.chart.XDDFLineChartData.class);
                assertThat(data.get(0).getSeriesCount()).isEqualTo(2);
                var index = data.get(0).getSeries(0);
                Map<Integer, Double> indexValues = values(chart, 0);
                Map<Integer, Double> targetValues = values(chart, 1);
                assertThat(index.getCategoryData().getPointCount()).isEqualTo(ReportBuilder.TREND_MONTHS);
                for (int i = 0; i < trend.size(); i++) {
                    MonthlyFigure figure = trend.get(i);
                    String label = locale == Locale.ENGLISH ? figure.month().getMonth()
                            .getDisplayName(java.time.format.TextStyle.SHORT, Locale.ENGLISH) : figure.month().getMonthValue() + "月";
                    assertThat(index.getCategoryData().getPointAt(i)).as(locale + " month " + i).isEqualTo(label);
                    if (figure.index() == null) {
                        assertThat(indexValues).as(figure.month() + " has no index").doesNotContainKey(i);
                    } else {
                        assertThat(indexValues.get(i)).as(figure.month().toString()).isCloseTo(figure.index(), within(1e-9));
                    }
                    assertThat(targetValues.get(i)).isEqualTo(85.0);
                }
                assertThat(trend.stream().filter(f -> f.index() != null)).hasSize(3);
                String xml = chart.getCTChartSpace().xmlText();
                assertThat(xml).contains(locale == Locale.ENGLISH ? "Target 85.00" : "指标 85.00")
                        .contains(locale == Locale.ENGLISH ? "Satisfaction index" : "满意度指数")
                        .contains(locale == Locale.ENGLISH ? "Month" : "月份").contains("<c:legend>");
                assertThat(chart.getCTChart().getPlotArea().getCatAxArray(0).getTitle()).isNotNull();
                assertThat(chart.getCTChart().getPlotArea().getValAxArray(0).getTitle()).isNotNull();
                String reportMonth = locale == Locale.ENGLISH ? month.getMonth().getDisplayName(
                        java.time.format.TextStyle.SHORT, Locale.ENGLISH) + " " + month.getYear()
                        : month.getYear() + "年" + month.getMonthValue() + "月";
                assertThat(doc.getProperties().getCoreProperties().getTitle()).contains(reportMonth);
                assertThat(doc.getHeaderList().get(0).getText()).contains(reportMonth).doesNotContainPattern("\\d/\\d{4}");
                assertThat(doc.getProperties().getCoreProperties().getSubject()).contains(reportMonth);
                // editable in Word: the series read from the embedded workbook
                assertThat(chart.getWorkbook().getSheetAt(0).getRow(1).getCell(0).getStringCellValue())
                        .isEqualTo(index.getCategoryData().getPointAt(0));
            }
        }
    }

    @Test
    void weak_items_come_in_weighted_gap_order_with_their_gap_and_reason() throws Exception {
        for (String code : List.of("T-WEST-1", "RG-CITY")) {
            try (var doc = report(code, Locale.SIMPLIFIED_CHINESE)) {
                XWPFTable items = itemTable(doc);
                XWPFTable weak = tableWithHeader(doc, "加权差距");
                assertThat(weak.getRows()).as(code + " has weak items").hasSizeGreaterThan(1);
                double previous = Double.MAX_VALUE;
                for (XWPFTableRow row : weak.getRows().subList(1, weak.getRows().size())) {
                    double mean = cell(row, 1);
                    double target = cell(row, 2);
                    double weight = cell(row, 4);
                    double gap = cell(row, 5);
                    assertThat(mean).isLessThan(target);
                    assertThat(cell(row, 3)).isCloseTo(target - mean, within(0.011));
                    assertThat(gap).isCloseTo(weight * (target - mean), within(0.02));
                    assertThat(gap).as(code + " order").isLessThanOrEqualTo(previous);
                    previous = gap;
                    XWPFTableRow itemRow = items.getRows().stream()
                            .filter(r -> r.getCell(0).getText().equals(row.getCell(0).getText())).findFirst().orElseThrow();
                    assertThat(cell(itemRow, 1)).isEqualTo(mean);
                    assertThat(cell(itemRow, 2)).isEqualTo(target);
                }
                assertThat(text(doc)).contains("按加权差距排序").contains("加权差距 ");
            }
        }
    }

    @Test
    void the_summary_states_the_figures_and_the_actions_name_cause_and_training() throws Exception {
        for (String code : List.of("T-WEST-1", "RG-CITY")) {
            try (var doc = report(code, Locale.SIMPLIFIED_CHINESE)) {
                List<XWPFParagraph> paragraphs = doc.getParagraphs();
                String text = text(doc);
                int summaryStart = text.indexOf("结论摘要");
                int overview = text.indexOf("一、总体情况");
                assertThat(summaryStart).as(code).isPositive().isLessThan(overview);
                String summary = text.substring(summaryStart, overview);
                if (code.equals("RG-CITY")) {
                    assertThat(tableWithHeader(doc, "指标项").getText()).contains("指数指标（各岗位指标按有效回访加权）");
                }
                XWPFTableRow index = tableWithHeader(doc, "指标项").getRows().stream()
                        .filter(r -> r.getCell(0).getText().equals("满意度指数")).findFirst().orElseThrow();
                assertThat(summary).contains("本月满意度指数 " + index.getCell(1).getText() + "，较上月 "
                        + index.getCell(3).getText() + "，");
                XWPFTable weak = tableWithHeader(doc, "加权差距");
                XWPFTable items = itemTable(doc);
                for (XWPFTableRow row : weak.getRows().subList(1, weak.getRows().size())) {
                    String name = row.getCell(0).getText();
                    XWPFTableRow item = items.getRows().stream().filter(r -> r.getCell(0).getText().equals(name))
                            .findFirst().orElseThrow();
                    assertThat(summary).contains(name + "低于指标：得分 " + row.getCell(1).getText() + "，低于指标 "
                            + row.getCell(3).getText() + " 分，较上月 " + item.getCell(4).getText() + "，加权差距 "
                            + row.getCell(5).getText());
                }
                XWPFTable hotSpots = tableWithHeader(doc, "投诉");
                XWPFTableRow most = hotSpots.getRows().subList(1, hotSpots.getRows().size()).stream()
                        .max(java.util.Comparator.comparingInt(r -> Integer.parseInt(r.getCell(2).getText())))
                        .orElseThrow();
                assertThat(Integer.parseInt(most.getCell(2).getText())).isPositive();
                assertThat(summary).contains("投诉最多的是" + most.getCell(0).getText() + "（" + most.getCell(1).getText()
                        + "）：" + most.getCell(2).getText() + " 条投诉");
                assertThat(summary).containsAnyOf("增长最多的问题是“", "负面评价中的问题没有比上月增多");

                int actions = text.indexOf("二、整改建议");
                // a manager reads conclusions, actions and the units or people to act on before the evidence
                assertThat(actions).isGreaterThan(overview);
                int breakdown = text.indexOf(code.equals("RG-CITY") ? "三、下级单位对比" : "三、班组成员");
                assertThat(breakdown).isGreaterThan(actions);
                assertThat(text.indexOf("四、近六个月满意度指数趋势")).isGreaterThan(breakdown);
                assertThat(text.indexOf("九、客户原话摘录")).isGreaterThan(breakdown);
                String actionText = text.substring(actions, breakdown);
                Map<String, String> codes = TestAccess.asAdmin(() -> indicators.items()).stream()
                        .collect(Collectors.toMap(i -> i.nameZh(), ItemDefinition::code));
                for (XWPFTableRow row : weak.getRows().subList(1, weak.getRows().size())) {
                    String name = row.getCell(0).getText();
                    assertThat(paragraphs).anySatisfy(p -> {
                        assertThat(p.getStyleID()).isEqualTo("Heading2");
                        assertThat(p.getText()).isEqualTo(name + "（加权差距 " + row.getCell(5).getText() + "）");
                    });
                    String section = actionText.substring(actionText.indexOf(name + "（加权差距"));
                    assertThat(section).contains("原因：该题项不满意的回访有 ");
                    List<String> modules = catalog.modules().stream()
                            .filter(m -> m.trains().contains(codes.get(name))).map(m -> m.title().zh()).toList();
                    assertThat(modules).as("demo modules train " + name).isNotEmpty();
                    String training = section.lines().filter(l -> l.startsWith("培训：")).findFirst().orElseThrow();
                    modules.forEach(m -> assertThat(training).contains(m));
                }
            }
        }
    }

    @Test
    void a_team_report_lists_its_members_as_the_indicators_service_sees_them() throws Exception {
        long team = unit("T-WEST-1");
        List<StaffIndicators> members = TestAccess.as("quality1", () -> indicators.forTeam(team,
                com.touchpoint.shared.Period.of(lastMonth())), "ROLE_QUALITY");
        int minSample = indicators.minSample();
        try (var doc = report("T-WEST-1", Locale.SIMPLIFIED_CHINESE)) {
            assertThat(text(doc)).contains("三、班组成员");
            XWPFTable table = tableWithHeader(doc, "调整后指数");
            assertThat(table.getRows()).hasSize(members.size() + 1);
            var grid = table.getCTTbl().getTblGrid();
            assertThat(grid.getGridColArray(0).getW()).as("the name column is the widest, so names stay on one line")
                    .isEqualTo(java.math.BigInteger.valueOf(9412 * 30 / 100));
            assertThat(((java.math.BigInteger) grid.getGridColArray(1).getW()).intValue()).isLessThan(9412 * 30 / 100);
            for (StaffIndicators m : members) {
                XWPFTableRow row = table.getRows().stream()
                        .filter(r -> r.getCell(0).getText().equals(m.name() + "（" + m.employeeNo() + "）"))
                        .findFirst().orElseThrow();
                assertThat(row.getCell(1).getText()).isEqualTo("" + m.callbacks());
                if (m.callbacks() < minSample) {
                    assertThat(row.getCell(2).getText()).isEqualTo("样本不足");
                } else {
                    assertThat(cell(row, 2)).isCloseTo(m.adjustedIndex(), within(0.006));
                }
                if (m.satisfactionRate() != null) {
                    assertThat(row.getCell(3).getText()).startsWith(String.format("%.2f%%（", m.satisfactionRate()));
                }
            }
        }
    }

    @Test
    void a_branch_report_compares_its_teams() throws Exception {
        com.touchpoint.staff.TestTeams.newTeam(org, directory, accounts, "WEST", "SHOP_SALES", 1);
        List<com.touchpoint.staff.OrgUnitDetails> teams = TestAccess.asAdmin(() -> org.allUnits()).stream()
                .filter(u -> "BR-WEST".equals(u.parentCode())).toList();
        assertThat(teams).isNotEmpty();
        try (var doc = report("BR-WEST", Locale.SIMPLIFIED_CHINESE)) {
            assertThat(text(doc)).contains("三、下级单位对比");
            XWPFTable table = tableWithHeader(doc, "组织单元");
            assertThat(table.getRows()).hasSize(teams.size() + 1);
            int compared = 0;
            for (var team : teams) {
                Pooled now = pooled(team.id(), lastMonth());
                Pooled before = pooled(team.id(), lastMonth().minusMonths(1));
                XWPFTableRow row = table.getRows().stream().filter(r -> r.getCell(0).getText().equals(team.name()))
                        .findFirst().orElseThrow();
                assertThat(row.getCell(3).getText()).isEqualTo("" + now.callbacks());
                if (now.callbacks() == 0) {
                    // a team without callbacks, like the one made above, has no index to compare
                    assertThat(row.getCell(1).getText()).isEqualTo("—");
                    assertThat(row.getCell(2).getText()).isEqualTo("—");
                    continue;
                }
                // callbacks of other tests may lack an overall answer: no satisfaction rate, shown as "—"
                if (now.satisfactionRate() == null) {
                    assertThat(row.getCell(2).getText()).as(team.name() + " satisfaction rate").isEqualTo("—");
                } else {
                    assertThat(cell(row, 2)).as(team.name() + " satisfaction rate")
                            .isCloseTo(now.satisfactionRate(), within(0.006));
                }
                if (now.index() == null) {
                    assertThat(row.getCell(1).getText()).as(team.name() + " index").isEqualTo("—");
                    continue;
                }
                compared++;
                assertThat(cell(row, 1)).as(team.name() + " index").isCloseTo(now.index(), within(0.006));
                assertThat(cell(row, 4)).as(team.name() + " target").isCloseTo(now.target(), within(0.006));
                assertThat(cell(row, 5)).as(team.name() + " against target").isCloseTo(now.index() - now.target(), within(0.006));
                if (before.index() == null) {
                    // a team that other tests gave callbacks this month only has no change to show
                    assertThat(row.getCell(6).getText()).isEqualTo("—");
                } else {
                    assertThat(cell(row, 6)).as(team.name() + " change").isCloseTo(now.index() - before.index(), within(0.006));
                }
            }
            assertThat(compared).as("teams with callbacks").isPositive();
        }
    }

    /** A team's figures pooled over its members' callbacks, from the indicators service (INDICATORS.md). */
    private record Pooled(long callbacks, Double index, Double satisfactionRate, double target) {
    }

    private Pooled pooled(long teamId, YearMonth month) {
        List<StaffIndicators> members = TestAccess.as("quality1", () -> indicators.forTeam(teamId,
                com.touchpoint.shared.Period.of(month)), "ROLE_QUALITY");
        List<ItemDefinition> items = TestAccess.asAdmin(() -> indicators.items());
        double weighted = 0;
        double weights = 0;
        long answered = 0;
        double satisfied = 0;
        for (ItemDefinition item : items) {
            long n = 0;
            double sum = 0;
            double satisfiedAnswers = 0;
            for (StaffIndicators m : members) {
                for (ItemIndicator i : m.items()) {
                    if (i.code().equals(item.code()) && i.answers() > 0) {
                        n += i.answers();
                        sum += i.answers() * i.mean();
                        satisfiedAnswers += i.answers() * i.satisfiedRate() / 100;
                    }
                }
            }
            if (item.overall()) {
                answered = n;
                satisfied = satisfiedAnswers;
            } else if (n > 0) {
                weighted += item.weight() * sum / n;
                weights += item.weight();
            }
        }
        long callbacks = members.stream().mapToLong(StaffIndicators::callbacks).sum();
        double target = callbacks == 0 ? 0 : members.stream().mapToDouble(m -> m.callbacks() * m.target()).sum() / callbacks;
        return new Pooled(callbacks, weights == 0 ? null : weighted / weights,
                answered == 0 ? null : satisfied * 100 / answered, target);
    }

    @Test
    void the_summary_names_the_theme_that_grew_most_with_its_counts_this_month_and_last() throws Exception {
        var team = com.touchpoint.staff.TestTeams.newTeam(org, directory, accounts, "WEST", "FIELD_ENGINEER", 1);
        String employeeNo = team.members().get(0).employeeNo();
        String day = lastMonth().atDay(8).toString();
        String before = lastMonth().minusMonths(1).atDay(8).toString();
        List<CallbackRecord> planted = List.of(
                // this month: waiting 3 (last month 1), network 1 (0), attitude 1 (2)
                quoteCallback(employeeNo, day, 3, false, "装机排队等了两个星期"),
                quoteCallback(employeeNo, day, 2, false, "报修后等了很久才上门"),
                quoteCallback(employeeNo, day, 5, false, "营业厅排队太慢了"),
                quoteCallback(employeeNo, day, 4, false, "家里宽带经常断网很烦人"),
                // a complaint counts among the negative comments whatever its score
                quoteCallback(employeeNo, day, 9, true, "客服态度冷淡，不耐烦"),
                // neither low nor a complaint: not a negative comment
                quoteCallback(employeeNo, day, 8, false, "排队的人有点多，不过办得快"),
                quoteCallback(employeeNo, before, 3, false, "排队等了一个小时"),
                quoteCallback(employeeNo, before, 3, false, "师傅态度敷衍"),
                quoteCallback(employeeNo, before, 2, false, "客服态度很冷淡"));
        assertThat(CallbackFixtures.ingestAsQuality(intake, planted).accepted()).isEqualTo(planted.size());
        try (var doc = report(team.code(), Locale.SIMPLIFIED_CHINESE)) {
            String text = text(doc);
            String summary = text.substring(text.indexOf("结论摘要"), text.indexOf("一、总体情况"));
            assertThat(summary).contains("增长最多的问题是“等待时间长、办理慢”：本月 3 条，上月 1 条。");
            assertThat(summary).contains("投诉最多的是故障维修（上门）：1 条投诉。");
            String themes = text.substring(text.indexOf("八、负面评价中的常见问题"), text.indexOf("九、客户原话摘录"));
            assertThat(themes).contains("等待时间长、办理慢（3 条）").contains("网络质量（断网、网速、信号）（1 条）")
                    .contains("服务态度（1 条）");
        }
        try (var doc = report(team.code(), Locale.ENGLISH)) {
            assertThat(text(doc)).contains("The theme that grew most: \"Long waits, slow service\", 3 comments this month against 1 last month.");
        }
    }

    private static final java.util.regex.Pattern QUOTE = java.util.regex.Pattern.compile(
            "“(.+)”——(\\d{4}-\\d{2}-\\d{2})，(业务开通|故障维修|投诉处理|业务办理)，总体评分 (?:(\\d+)/(\\d+) 分|(满意|不满意))");

    /** A quote as the report prints it: text, date, service type and the overall answer on 0–100. */
    private record PrintedQuote(String text, java.time.LocalDate date, String serviceType, double score) {
    }

    /** The quotes listed under the paragraph that starts with {@code heading}. */
    private static List<PrintedQuote> quotesUnder(XWPFDocument doc, String heading) {
        List<String> lines = doc.getParagraphs().stream().map(XWPFParagraph::getText).toList();
        int start = java.util.stream.IntStream.range(0, lines.size()).filter(i -> lines.get(i).startsWith(heading))
                .findFirst().orElseThrow();
        List<PrintedQuote> quotes = new java.util.ArrayList<>();
        for (String line : lines.subList(start + 1, lines.size())) {
            if (!line.startsWith("“")) {
                break;
            }
            var m = QUOTE.matcher(line);
            assertThat(m.matches()).as(line).isTrue();
            double score = m.group(4) != null
                    ? (Integer.parseInt(m.group(4)) - 1) * 100.0 / (Integer.parseInt(m.group(5)) - 1)
                    : m.group(6).equals("满意") ? 100 : 0;
            quotes.add(new PrintedQuote(m.group(1), java.time.LocalDate.parse(m.group(2)), m.group(3), score));
        }
        return quotes;
    }

    @Test
    void quotes_are_distinct_informative_and_carry_date_service_type_and_score() throws Exception {
        try (var doc = report("T-WEST-1", Locale.SIMPLIFIED_CHINESE)) {
            List<PrintedQuote> dissatisfied = quotesUnder(doc, "不满意的客户");
            List<PrintedQuote> satisfied = quotesUnder(doc, "满意的客户");
            assertThat(dissatisfied).hasSizeGreaterThan(1);
            assertThat(satisfied).hasSizeGreaterThan(1);
            List<String> said = new java.util.ArrayList<>();
            for (PrintedQuote q : dissatisfied) {
                // at most 6 of 10 (or 3 of 5): 55.6 on 0–100
                assertThat(q.score()).as(q.text()).isLessThanOrEqualTo(5 * 100.0 / 9 + 1e-9);
            }
            for (PrintedQuote q : satisfied) {
                assertThat(q.score()).as(q.text()).isGreaterThanOrEqualTo(8 * 100.0 / 9 - 1e-9);
            }
            for (PrintedQuote q : concat(dissatisfied, satisfied)) {
                assertThat(q.text().length()).as(q.text()).isGreaterThanOrEqualTo(ReportBuilder.MIN_QUOTE);
                assertThat(YearMonth.from(q.date())).isEqualTo(lastMonth());
                said.add(q.text());
            }
            assertThat(said).doesNotHaveDuplicates().doesNotContain("一般吧", "还可以");
        }
    }

    @Test
    void quotes_are_chosen_by_the_overall_score_not_by_their_words() throws Exception {
        var team = com.touchpoint.staff.TestTeams.newTeam(org, directory, accounts, "WEST", "FIELD_ENGINEER", 1);
        String employeeNo = team.members().get(0).employeeNo();
        String day = lastMonth().atDay(12).toString();
        String later = lastMonth().atDay(20).toString();
        List<CallbackRecord> planted = List.of(
                // a complaint with a high score names problems, yet the customer is not dissatisfied
                quoteCallback(employeeNo, later, 9, true, "希望以后能更快一点，等了很久才上门"),
                quoteCallback(employeeNo, day, 9, false, "师傅等了很久的电梯也没抱怨，专业耐心"),
                quoteCallback(employeeNo, day, 5, false, "装机排队等了两个星期才装好"),
                quoteCallback(employeeNo, later, 2, false, "师傅迟到两个小时也没提前打电话"),
                quoteCallback(employeeNo, day, 4, false, "宽带经常断网，报修好几次都没解决"),
                quoteCallback(employeeNo, later, 4, false, "宽带经常断网，报修好几次都没解决"),
                quoteCallback(employeeNo, day, 6, false, "一般吧"),
                quoteCallback(employeeNo, day, 3, false, "一般吧，还可以吧，没什么意见"),
                quoteCallback(employeeNo, day, 10, false, "师傅讲解很耐心，帮我把路由器也调好了"),
                quoteCallback(employeeNo, day, 10, false, "还可以"),
                quoteCallback(employeeNo, day, 8, false, "上门准时，就是路由器位置没商量好"));
        assertThat(CallbackFixtures.ingestAsQuality(intake, planted).accepted()).isEqualTo(planted.size());
        try (var doc = report(team.code(), Locale.SIMPLIFIED_CHINESE)) {
            List<PrintedQuote> dissatisfied = quotesUnder(doc, "不满意的客户");
            List<PrintedQuote> satisfied = quotesUnder(doc, "满意的客户");
            assertThat(dissatisfied).extracting(PrintedQuote::text).containsExactly("师傅迟到两个小时也没提前打电话",
                    "宽带经常断网，报修好几次都没解决", "装机排队等了两个星期才装好");
            assertThat(dissatisfied).extracting(PrintedQuote::score).containsExactly(100.0 / 9, 300.0 / 9, 400.0 / 9);
            assertThat(dissatisfied.get(1).date()).as("the newer of two equal comments").isEqualTo(java.time.LocalDate.parse(later));
            assertThat(satisfied).extracting(PrintedQuote::text).containsExactly("师傅讲解很耐心，帮我把路由器也调好了",
                    "师傅等了很久的电梯也没抱怨，专业耐心");
            assertThat(concat(dissatisfied, satisfied)).allSatisfy(q -> {
                assertThat(q.serviceType()).isEqualTo("故障维修");
                assertThat(YearMonth.from(q.date())).isEqualTo(lastMonth());
            });
            // the 8/10 answer is neither low nor satisfied
            assertThat(text(doc)).doesNotContain("路由器位置没商量好").doesNotContain("希望以后能更快一点");
        }
    }

    private static CallbackRecord quoteCallback(String employeeNo, String day, int overall, boolean complaint,
                                                String comment) {
        return new CallbackRecord(CallbackFixtures.externalId(), employeeNo, day, day, "REPAIR", "ONSITE", "MASS",
                "COMPLETED", "STANDARD-2026", CallbackFixtures.answers("ATTITUDE", 4, "EFFICIENCY", 4, "PROFESSIONAL", 4,
                "PROMISE", 4, "RESOLUTION", 4, "OVERALL", overall), complaint, comment);
    }

    private static <T> List<T> concat(List<T> a, List<T> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }

    private XWPFDocument report(String unitCode, Locale locale) throws Exception {
        long unit = unit(unitCode);
        var report = TestAccess.as("quality1", () -> reports.generate(unit, lastMonth(), locale), "ROLE_QUALITY");
        byte[] docx = TestAccess.as("quality1", () -> reports.download(report.id()), "ROLE_QUALITY");
        return new XWPFDocument(new ByteArrayInputStream(docx));
    }

    /** A line series' values by point index, read from the chart's cache: a month without an index has no point. */
    private static Map<Integer, Double> values(org.apache.poi.xwpf.usermodel.XWPFChart chart, int series) {
        return chart.getCTChart().getPlotArea().getLineChartArray(0).getSerArray(series).getVal().getNumRef().getNumCache()
                .getPtList().stream().collect(Collectors.toMap(p -> (int) p.getIdx(), p -> Double.parseDouble(p.getV())));
    }

    private static String text(XWPFDocument doc) {
        return doc.getParagraphs().stream().map(XWPFParagraph::getText).collect(Collectors.joining("\n"));
    }

    private static XWPFTable tableWithHeader(XWPFDocument doc, String header) {
        return doc.getTables().stream().filter(t -> t.getRow(0).getTableCells().stream()
                .anyMatch(c -> c.getText().equals(header))).findFirst().orElseThrow();
    }

    /** The items table: the only one with both an item and a change-since-last-month column. */
    private static XWPFTable itemTable(XWPFDocument doc) {
        return doc.getTables().stream().filter(t -> t.getRow(0).getTableCells().stream().map(c -> c.getText()).toList()
                .containsAll(List.of("题项", "较上月"))).findFirst().orElseThrow();
    }

    private static double cell(XWPFTableRow row, int column) {
        return Double.parseDouble(row.getCell(column).getText().replace("+", "").replace("%", ""));
    }

    @Test
    void the_report_is_a4_with_heading_styles_header_page_numbers_and_properties() throws Exception {
        try (var doc = report("T-WEST-1", Locale.SIMPLIFIED_CHINESE)) {
            var size = doc.getDocument().getBody().getSectPr().getPgSz();
            assertThat(((java.math.BigInteger) size.getW()).intValue()).isEqualTo(11906);
            assertThat(((java.math.BigInteger) size.getH()).intValue()).isEqualTo(16838);
            var margins = doc.getDocument().getBody().getSectPr().getPgMar();
            assertThat(((java.math.BigInteger) margins.getLeft()).intValue()).isBetween(1000, 1900);
            List<String> headings = doc.getParagraphs().stream().filter(p -> "Heading1".equals(p.getStyleID()))
                    .map(XWPFParagraph::getText).toList();
            assertThat(headings).containsExactly("结论摘要", "一、总体情况", "二、整改建议", "三、班组成员", "四、近六个月满意度指数趋势（虚线为指标）",
                    "五、各题项得分与指标", "六、最薄弱题项", "七、投诉热点（按业务类型和渠道）", "八、负面评价中的常见问题", "九、客户原话摘录");
            assertThat(doc.getStyles().getStyle("Heading1").getName()).isEqualTo("heading 1");
            assertThat(doc.getStyles().getStyle("Heading1").getCTStyle().getPPr().getOutlineLvl().getVal().intValue())
                    .isZero();
            assertThat(doc.getStyles().getStyle("Heading2").getName()).isEqualTo("heading 2");
            assertThat(doc.getParagraphs().stream().filter(p -> "Heading2".equals(p.getStyleID()))).isNotEmpty();
            assertThat(doc.getParagraphs().get(0).getStyleID()).isEqualTo("Title");
            assertThat(doc.getHeaderList()).singleElement().satisfies(h -> assertThat(h.getText())
                    .contains("西城营业厅一班").contains(lastMonth().getYear() + "年" + lastMonth().getMonthValue() + "月"));
            String footer = doc.getFooterList().get(0).getParagraphs().get(0).getCTP().xmlText();
            assertThat(footer).contains("PAGE").contains("NUMPAGES").contains("第 ").contains(" 页，共 ");
            var core = doc.getProperties().getCoreProperties();
            assertThat(core.getTitle()).isEqualTo("西城营业厅一班 " + lastMonth().getYear() + "年"
                    + lastMonth().getMonthValue() + "月回访报告");
            assertThat(core.getCreator()).doesNotContain("Apache POI").isNotBlank();
            assertThat(core.getSubject()).contains("西城营业厅一班");
            assertThat(doc.getProperties().getExtendedProperties().getApplication()).doesNotContain("Apache POI");
            var run = doc.getParagraphs().get(0).getRuns().get(0).getCTR().getRPr();
            assertThat(run.getRFontsArray(0).getEastAsia()).isNotBlank();
            assertThat(run.getRFontsArray(0).getAscii()).isNotBlank();
            assertThat(run.getLangArray(0).getEastAsia()).isEqualTo("zh-CN");
            XWPFTable overview = tableWithHeader(doc, "指标项");
            assertThat(overview.getRow(0).getCell(1).getColor()).isNotBlank();
            XWPFTableRow rate = overview.getRows().stream().filter(r -> r.getCell(0).getText().equals("满意率"))
                    .findFirst().orElseThrow();
            assertThat(rate.getCell(3).getText()).matches("[+-]?\\d+\\.\\d{2} 个百分点");
            assertThat(rate.getCell(1).getParagraphs().get(0).getAlignment())
                    .isEqualTo(ParagraphAlignment.RIGHT);
            XWPFTableRow attempted = overview.getRow(1);
            long change = Long.parseLong(attempted.getCell(1).getText()) - Long.parseLong(attempted.getCell(2).getText());
            assertThat(attempted.getCell(3).getText()).isEqualTo((change > 0 ? "+" : "") + change);
        }
    }

    @Test
    void the_report_prints_on_a4_with_every_page_numbered_in_libreoffice() throws Exception {
        Path soffice = Path.of("/usr/bin/soffice");
        assertThat(soffice).as("LibreOffice (apt-get install libreoffice-writer-nogui)").isExecutable();
        assertThat(Path.of("/usr/bin/pdftotext")).as("apt-get install poppler-utils").isExecutable();
        for (String code : List.of("T-WEST-1", "RG-CITY")) {
            long unit = unit(code);
            var report = TestAccess.as("quality1", () -> reports.generate(unit, lastMonth(), Locale.SIMPLIFIED_CHINESE),
                    "ROLE_QUALITY");
            Path docx = dir.resolve("report-" + code + ".docx");
            Files.write(docx, TestAccess.as("quality1", () -> reports.download(report.id()), "ROLE_QUALITY"));
            Path pdf = dir.resolve("report-" + code + ".pdf");
            run(soffice.toString(), "-env:UserInstallation=file://" + dir.resolve("lo-profile"), "--headless",
                    "--convert-to", "pdf", "--outdir", dir.toString(), docx.toString());
            assertThat(pdf).exists();
            Files.createDirectories(Path.of("target"));
            Files.copy(pdf, Path.of("target", "callback-report-" + code + "-" + lastMonth() + ".pdf"),
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            String info = run("pdfinfo", pdf.toString());
            assertThat(info).contains("Page size:").containsPattern("595\\.\\d* x 841\\.\\d* pts");
            int pages = Integer.parseInt(info.lines().filter(l -> l.startsWith("Pages:")).findFirst().orElseThrow()
                    .replaceAll("\\D", ""));
            assertThat(pages).as(code + " pages").isGreaterThan(1);
            for (int page = 1; page <= pages; page++) {
                String text = run("pdftotext", "-f", "" + page, "-l", "" + page, "-layout", pdf.toString(), "-");
                assertThat(text.replaceAll("\\s+", "")).as(code + " page " + page)
                        .contains("第" + page + "页，共" + pages + "页");
            }
        }
    }

    private static String run(String... command) throws Exception {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        byte[] output = process.getInputStream().readAllBytes();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return new String(output, java.nio.charset.StandardCharsets.UTF_8);
    }

    @Test
    void a_supervisor_reports_on_their_own_team_only() {
        long own = unit("T-WEST-1");
        long other = unit("T-EAST-1");
        var report = TestAccess.as("supervisor1", () -> reports.generate(own, lastMonth(), Locale.ENGLISH),
                "ROLE_SUPERVISOR");
        assertThat(report.unitCode()).isEqualTo("T-WEST-1");
        assertThatThrownBy(() -> TestAccess.as("supervisor1", () -> reports.generate(other, lastMonth(), Locale.ENGLISH),
                "ROLE_SUPERVISOR")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> TestAccess.as("supervisor1", () -> reports.generate(unit("BR-WEST"), lastMonth(),
                Locale.ENGLISH), "ROLE_SUPERVISOR")).isInstanceOf(AccessDeniedException.class);
        assertThat(TestAccess.as("supervisor1", () -> reports.list(100), "ROLE_SUPERVISOR"))
                .allMatch(r -> r.unitCode().equals("T-WEST-1"));
        assertThatThrownBy(() -> TestAccess.as("staff1", () -> reports.list(10), "ROLE_STAFF"))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void the_monthly_job_reports_on_every_unit() {
        int before = TestAccess.as("quality1", () -> reports.list(10_000), "ROLE_QUALITY").size();
        reports.generateLastMonthForAllUnits();
        int after = TestAccess.as("quality1", () -> reports.list(10_000), "ROLE_QUALITY").size();
        int units = TestAccess.asAdmin(() -> org.allUnits().size());
        assertThat(after - before).isEqualTo(units);
    }
}
