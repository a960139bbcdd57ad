package com.touchpoint.satisfaction;

import com.touchpoint.layout.Formats;
import com.touchpoint.shared.TranslationProvider;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.springframework.stereotype.Component;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;

/** Lays a callback report out as a Word document with Apache POI. */
@Component
class ReportWriter {

    private static final String HEADER_SHADE = "DCE6F2";

    private final TranslationProvider translations;
    private final List<ItemTraining> training;

    ReportWriter(TranslationProvider translations, List<ItemTraining> training) {
        this.translations = translations;
        this.training = training;
    }

    byte[] write(ReportContent report, Locale locale) {
        try (var doc = new XWPFDocument(); var out = new ByteArrayOutputStream()) {
            var t = new Text(locale);
            String month = Formats.month(report.month(), locale, translations);
            String title = t.get("report.title", report.unitName(), month);
            ReportLayout.setUp(doc, locale);
            ReportLayout.header(doc, t.get("report.header", report.unitName(), report.unitCode(), month), locale);
            ReportLayout.footer(doc, t.get("report.footer"), locale);
            ReportLayout.properties(doc, title, t.get("report.subject", report.unitName(), month), t.get("report.author"));
            styledParagraph(doc, t, ReportLayout.TITLE, title);
            paragraph(doc, t, t.get("report.scope", report.unitName(), report.unitCode(), report.month().atDay(1),
                    report.month().atEndOfMonth()));
            heading(doc, t, t.get("report.section.conclusions"));
            conclusions(doc, report, t, locale);
            heading(doc, t, t.get("report.section.summary"));
            summary(doc, report, t);
            // conclusions and actions first, then the people and units to act on, then the evidence
            heading(doc, t, t.get("report.section.actions"));
            actions(doc, report, t, locale);
            breakdown(doc, report, t);
            heading(doc, t, t.get("report.section.trend"));
            chart(doc, report, t);
            heading(doc, t, t.get("report.section.items"));
            items(doc, report, t, locale);
            heading(doc, t, t.get("report.section.weakest"));
            weakItems(doc, report, t, locale);
            heading(doc, t, t.get("report.section.hot-spots"));
            hotSpots(doc, report, t);
            heading(doc, t, t.get("report.section.themes"));
            if (report.themes().isEmpty()) {
                paragraph(doc, t, t.get("report.none"));
            }
            report.themes().forEach(theme -> paragraph(doc, t, "• " + t.get("report.theme." + theme.key())
                    + t.get("report.theme.count", theme.comments())));
            heading(doc, t, t.get("report.section.verbatim"));
            styledParagraph(doc, t, ReportLayout.HEADING_2, t.get("report.verbatim.negative"));
            quotes(doc, report.negativeComments(), t);
            styledParagraph(doc, t, ReportLayout.HEADING_2, t.get("report.verbatim.positive"));
            quotes(doc, report.positiveComments(), t);
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
            throw new IllegalStateException(e);
        }
    }

    private void summary(XWPFDocument doc, ReportContent r, Text t) {
        XWPFTable table = table(doc, t, t.get("report.metric"), t.get("report.this-month"), t.get("report.last-month"),
                t.get("report.change"));
        row(table, t, t.get("report.callbacks-attempted"), "" + r.current().attempted(), "" + r.previous().attempted(),
                signed(r.current().attempted() - r.previous().attempted()));
        row(table, t, t.get("report.callbacks-valid"), "" + r.current().callbacks(), "" + r.previous().callbacks(),
                signed(r.current().callbacks() - r.previous().callbacks()));
        row(table, t, t.get("report.response-rate"), percent(r.current().responseRate(), t),
                percent(r.previous().responseRate(), t), points(r.current().responseRate(), r.previous().responseRate(), t));
        row(table, t, t.get("report.timeliness"), percent(r.current().timelinessRate(), t),
                percent(r.previous().timelinessRate(), t),
                points(r.current().timelinessRate(), r.previous().timelinessRate(), t));
        row(table, t, t.get("report.index"), number(r.current().index(), t), number(r.previous().index(), t),
                delta(r.current().index(), r.previous().index(), t));
        row(table, t, t.get("report.satisfaction-rate"), percent(r.current().satisfactionRate(), t),
                percent(r.previous().satisfactionRate(), t),
                points(r.current().satisfactionRate(), r.previous().satisfactionRate(), t));
        row(table, t, t.get(r.mixedTarget() ? "report.target.mixed" : "report.target"), number(r.target(), t), "", r.current().index() == null ? t.get("common.empty")
                : t.get("report.against-target", delta(r.current().index(), r.target(), t)));
    }

    private void items(XWPFDocument doc, ReportContent r, Text t, Locale locale) {
        XWPFTable table = table(doc, t, t.get("scores.item"), t.get("scores.mean"), t.get("scores.target"),
                t.get("report.vs-target"), t.get("report.vs-last-month"), t.get("scores.satisfied-rate"));
        for (ReportContent.ItemRow item : r.items()) {
            row(table, t, item.item().name(locale), number(item.mean(), t), number(item.target(), t),
                    delta(item.mean(), item.target(), t), delta(item.mean(), item.previousMean(), t),
                    percent(item.satisfiedRate(), t));
        }
    }

    private void conclusions(XWPFDocument doc, ReportContent r, Text t, Locale locale) {
        for (ReportConclusions.Statement s : ReportConclusions.summary(r, v -> number(v, t), (a, b) -> delta(a, b, t))) {
            paragraph(doc, t, "• " + t.get(s.key(), localized(s.args(), r, t, locale)));
        }
    }

    /** Item codes and message keys among a statement's arguments, in the report's language. */
    private static Object[] localized(Object[] args, ReportContent r, Text t, Locale locale) {
        Object[] result = args.clone();
        for (int i = 0; i < result.length; i++) {
            if (result[i] instanceof String s && s.contains(".") && !s.matches("[-+0-9.%]+")) {
                result[i] = t.get(s);
            } else if (result[i] instanceof String s) {
                result[i] = r.items().stream().filter(row -> row.item().code().equals(s)).findFirst()
                        .map(row -> row.item().name(locale)).orElse(s);
            }
        }
        return result;
    }

    private void actions(XWPFDocument doc, ReportContent r, Text t, Locale locale) {
        if (r.weakItems().isEmpty()) {
            paragraph(doc, t, t.get("report.actions.none"));
            return;
        }
        for (ReportContent.WeakItem w : r.weakItems()) {
            styledParagraph(doc, t, ReportLayout.HEADING_2, t.get("report.action", w.row().item().name(locale),
                    number(w.gap(), t)));
            paragraph(doc, t, w.cause() == null ? t.get("report.action.cause-none", w.lowComments())
                    : t.get("report.action.cause", w.lowComments(), t.get("report.theme." + w.cause().key()),
                    w.cause().comments()));
            List<String> modules = training.stream().flatMap(x -> x.modulesTraining(w.row().item().code(), locale).stream())
                    .toList();
            paragraph(doc, t, modules.isEmpty() ? t.get("report.action.training-none")
                    : t.get("report.action.training", String.join(t.get("report.list-separator"), modules)));
        }
    }

    private void breakdown(XWPFDocument doc, ReportContent r, Text t) {
        heading(doc, t, t.get(r.breakdown().team() ? "report.section.staff" : "report.section.units"));
        if (r.breakdown().units().isEmpty() && r.breakdown().staff().isEmpty()) {
            paragraph(doc, t, t.get("report.none"));
        }
        if (!r.breakdown().units().isEmpty()) {
            XWPFTable table = table(doc, t, t.get("report.unit"), t.get("report.index"), t.get("report.satisfaction-rate"),
                    t.get("report.callbacks-valid"), t.get("report.target"), t.get("report.vs-target"),
                    t.get("report.vs-last-month"));
            for (ReportContent.UnitRow u : r.breakdown().units()) {
                row(table, t, u.name(), number(u.index(), t), percent(u.satisfactionRate(), t), "" + u.callbacks(),
                        number(u.target(), t), delta(u.index(), u.target(), t), delta(u.index(), u.previousIndex(), t));
            }
        }
        if (!r.breakdown().staff().isEmpty()) {
            paragraph(doc, t, t.get("report.staff.help"));
            XWPFTable table = table(doc, t, t.get("report.staff.name"), t.get("report.callbacks-valid"),
                    t.get("report.staff.adjusted"), t.get("report.staff.rate-interval"), t.get("team-scores.weakest"),
                    t.get("report.staff.band"));
            for (ReportContent.StaffRow s : r.breakdown().staff()) {
                StaffIndicators f = s.figures();
                row(table, t, f.name() + "（" + f.employeeNo() + "）", "" + f.callbacks(),
                        s.insufficientSample() ? t.get("report.staff.insufficient") : number(f.adjustedIndex(), t),
                        f.satisfactionRate() == null ? t.get("common.empty") : t.get("report.staff.interval",
                                percent(f.satisfactionRate(), t), number(f.satisfactionRateLow(), t),
                                number(f.satisfactionRateHigh(), t)),
                        s.weakestItem() == null ? t.get("report.none") : s.weakestItem(), t.get(s.bandKey()));
            }
        }
    }

    private void quotes(XWPFDocument doc, List<ReportContent.Quote> quotes, Text t) {
        if (quotes.isEmpty()) {
            paragraph(doc, t, t.get("report.none"));
        }
        for (ReportContent.Quote q : quotes) {
            String score = q.scale() == Scale.YES_NO
                    ? t.get(q.overall() == 1 ? "report.quote.yes" : "report.quote.no")
                    : t.get("report.quote.score", q.overall(), q.scale().max());
            paragraph(doc, t, t.get("report.quote", q.text().strip(), q.date().toString(), t.get(q.serviceType().messageKey()),
                    score));
        }
    }

    private void weakItems(XWPFDocument doc, ReportContent r, Text t, Locale locale) {
        if (r.weakItems().isEmpty()) {
            paragraph(doc, t, t.get("report.none"));
            return;
        }
        paragraph(doc, t, t.get("report.weak.rule"));
        XWPFTable table = table(doc, t, t.get("scores.item"), t.get("scores.mean"), t.get("scores.target"),
                t.get("report.weak.shortfall"), t.get("report.weak.weight"), t.get("report.weak.gap"));
        for (ReportContent.WeakItem w : r.weakItems()) {
            row(table, t, w.row().item().name(locale), number(w.row().mean(), t), number(w.row().target(), t),
                    number(w.shortfall(), t), number(w.weight(), t), number(w.gap(), t));
        }
        for (ReportContent.WeakItem w : r.weakItems()) {
            paragraph(doc, t, "• " + t.get("report.weak-item", w.row().item().name(locale), number(w.row().mean(), t),
                    number(w.row().target(), t), number(w.shortfall(), t), number(w.weight(), t), number(w.gap(), t)));
        }
    }

    private void hotSpots(XWPFDocument doc, ReportContent r, Text t) {
        if (r.hotSpots().isEmpty()) {
            paragraph(doc, t, t.get("report.none"));
            return;
        }
        XWPFTable table = table(doc, t, t.get("scores.service-type"), t.get("report.channel"), t.get("report.complaints"),
                t.get("report.dissatisfied"));
        r.hotSpots().stream().limit(8).forEach(s -> row(table, t, t.get(s.serviceType().messageKey()),
                t.get(s.channel().messageKey()), "" + s.complaints(), "" + s.dissatisfied()));
    }

    private void chart(XWPFDocument doc, ReportContent r, Text t) throws IOException,
            org.apache.poi.openxml4j.exceptions.InvalidFormatException {
        var labels = new ReportChart.Labels(t.get("report.chart.x-axis"), t.get("report.chart.y-axis"),
                t.get("report.index"), t.get("report.chart.target", number(r.target(), t)),
                r.trend().stream().map(p -> Formats.monthOfYear(p.month(), t.locale, translations)).toList());
        ReportChart.add(doc, r.trend(), r.target(), labels, t.locale);
    }

    private static XWPFTable table(XWPFDocument doc, Text t, String... headers) {
        XWPFTable table = doc.createTable(1, headers.length);
        table.setWidth("100%");
        columnWidths(table, headers.length);
        XWPFTableRow head = table.getRow(0);
        for (int c = 0; c < headers.length; c++) {
            head.getCell(c).setColor(HEADER_SHADE);
            var paragraph = head.getCell(c).getParagraphs().get(0);
            if (c > 0) {
                paragraph.setAlignment(org.apache.poi.xwpf.usermodel.ParagraphAlignment.RIGHT);
            }
            styled(t, paragraph.createRun(), headers[c], true, 10);
        }
        return table;
    }

    /**
     * The first column (a name, an item, a unit) gets about a third of the text width so that names such as
     * "李晓东（E10001）" stay on one line; the figures share the rest. Word and LibreOffice both read the grid.
     */
    private static void columnWidths(XWPFTable table, int columns) {
        int text = ReportLayout.A4_WIDTH - 2 * ReportLayout.MARGIN_SIDE;
        int first = columns > 2 ? text * 30 / 100 : text / 2;
        int other = columns > 1 ? (text - first) / (columns - 1) : text;
        var grid = table.getCTTbl().getTblGrid() != null ? table.getCTTbl().getTblGrid() : table.getCTTbl().addNewTblGrid();
        for (int c = 0; c < columns; c++) {
            var col = c < grid.sizeOfGridColArray() ? grid.getGridColArray(c) : grid.addNewGridCol();
            col.setW(java.math.BigInteger.valueOf(c == 0 ? first : other));
        }
        cellWidths(table.getRow(0));
    }

    /** Each cell's own width follows the grid, as Word reads the cells before the grid. */
    private static void cellWidths(XWPFTableRow row) {
        var grid = row.getTable().getCTTbl().getTblGrid();
        for (int c = 0; c < row.getTableCells().size() && c < grid.sizeOfGridColArray(); c++) {
            row.getCell(c).setWidth(grid.getGridColArray(c).getW().toString());
        }
    }

    private static void row(XWPFTable table, Text t, String... cells) {
        XWPFTableRow row = table.createRow();
        cellWidths(row);
        for (int c = 0; c < cells.length; c++) {
            var paragraph = row.getCell(c).getParagraphs().get(0);
            if (c > 0) {
                paragraph.setAlignment(org.apache.poi.xwpf.usermodel.ParagraphAlignment.RIGHT);
            }
            styled(t, paragraph.createRun(), cells[c], false, 10);
        }
    }

    private static void heading(XWPFDocument doc, Text t, String text) {
        styledParagraph(doc, t, ReportLayout.HEADING_1, text);
    }

    /** A paragraph in one of the document's styles, which sets its size and weight. */
    private static void styledParagraph(XWPFDocument doc, Text t, String style, String text) {
        XWPFParagraph p = doc.createParagraph();
        p.setStyle(style);
        XWPFRun run = p.createRun();
        run.setText(text);
        fonts(run, t.locale);
    }

    private static void paragraph(XWPFDocument doc, Text t, String text) {
        styled(t, doc.createParagraph().createRun(), text, false, 11);
    }

    private static void styled(Text t, XWPFRun run, String text, boolean bold, int size) {
        run.setText(text);
        run.setBold(bold);
        run.setFontSize(size);
        fonts(run, t.locale);
    }

    /** Both font ranges and the language on every run, so digits and Chinese match in Word and LibreOffice. */
    private static void fonts(XWPFRun run, Locale locale) {
        var rPr = run.getCTR().isSetRPr() ? run.getCTR().getRPr() : run.getCTR().addNewRPr();
        ReportLayout.fonts(rPr.sizeOfRFontsArray() > 0 ? rPr.getRFontsArray(0) : rPr.addNewRFonts());
        ReportLayout.language(rPr.sizeOfLangArray() > 0 ? rPr.getLangArray(0) : rPr.addNewLang(), locale);
    }

    private static String number(Double value, Text t) {
        return value == null ? t.get("common.empty") : BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    private static String signed(long change) {
        return (change > 0 ? "+" : "") + change;
    }

    /** A change of a percentage, in percentage points. */
    private static String points(Double now, Double before, Text t) {
        String change = delta(now, before, t);
        return now == null || before == null ? change : t.get("report.points", change);
    }

    private static String percent(Double value, Text t) {
        return value == null ? t.get("common.empty") : number(value, t) + "%";
    }

    private static String delta(Double now, Double before, Text t) {
        if (now == null || before == null) {
            return t.get("common.empty");
        }
        double d = now - before;
        return (d > 0 ? "+" : "") + number(d, t);
    }

    /** Translations in the report's language. */
    private final class Text {
        private final Locale locale;

        Text(Locale locale) {
            this.locale = locale;
        }

        String get(String key, Object... args) {
            return translations.getTranslation(key, locale, args);
        }
    }

}
