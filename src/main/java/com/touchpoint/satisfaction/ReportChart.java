package com.touchpoint.satisfaction;

import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.util.Units;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFLineProperties;
import org.apache.poi.xddf.usermodel.XDDFPresetLineDash;
import org.apache.poi.xddf.usermodel.XDDFShapeProperties;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.PresetLineDash;
import org.apache.poi.xddf.usermodel.chart.AxisCrossBetween;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.DisplayBlanks;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.MarkerStyle;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFLineChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xwpf.usermodel.XWPFChart;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTDLbls;
import org.openxmlformats.schemas.drawingml.x2006.chart.STDLblPos;
import org.openxmlformats.schemas.drawingml.x2006.main.CTTextBody;
import org.openxmlformats.schemas.drawingml.x2006.main.CTTextCharacterProperties;
import org.openxmlformats.schemas.drawingml.x2006.main.CTTextParagraph;

import java.io.IOException;
import java.util.List;
import java.util.Locale;

/**
 * The report's trend as a native Word line chart (editable in Word, its data in the embedded workbook): the index per
 * month as the first series with its values shown, the target as a second, dashed series named with its value, months
 * as the category axis, both axes titled and a legend.
 */
final class ReportChart {

    private static final byte[] SERIES = {(byte) 0x15, (byte) 0x65, (byte) 0xC0};
    private static final byte[] TARGET = {(byte) 0xC6, (byte) 0x28, (byte) 0x28};
    private static final byte[] GRID = {(byte) 0xDD, (byte) 0xDD, (byte) 0xDD};
    private static final String ENGLISH = Locale.ENGLISH.getLanguage();
    /** 16 × 8 cm on the page. */
    static final int WIDTH = Units.toEMU(16 / 2.54 * 72);
    static final int HEIGHT = Units.toEMU(8 / 2.54 * 72);

    /** The chart's texts in the report's language; {@code months} holds one label per trend point. */
    record Labels(String xAxis, String yAxis, String series, String target, List<String> months) {
    }

    private ReportChart() {
    }

    static XWPFChart add(XWPFDocument doc, List<ReportContent.TrendPoint> points, double target, Labels labels,
                         Locale locale) throws IOException, InvalidFormatException {
        XWPFChart chart = doc.createChart(doc.createParagraph().createRun(), WIDTH, HEIGHT);
        chart.setAutoTitleDeleted(true);
        chart.displayBlanksAs(DisplayBlanks.GAP);
        chart.getOrAddLegend().setPosition(LegendPosition.TOP);
        text(chart, locale);

        XDDFCategoryAxis months = chart.createCategoryAxis(AxisPosition.BOTTOM);
        months.setTitle(labels.xAxis());
        XDDFValueAxis index = chart.createValueAxis(AxisPosition.LEFT);
        index.setTitle(labels.yAxis());
        index.setCrosses(AxisCrosses.AUTO_ZERO);
        // points in the middle of their month, clear of the value axis labels
        index.setCrossBetween(AxisCrossBetween.BETWEEN);
        index.setNumberFormat("0");
        double[] range = range(points, target);
        index.setMinimum(range[0]);
        index.setMaximum(range[1]);
        index.setMajorUnit(5);
        index.getOrAddMajorGridProperties().setLineProperties(line(GRID, 0.5, null));

        int n = points.size();
        String[] categories = labels.months().toArray(String[]::new);
        Double[] values = points.stream().map(ReportContent.TrendPoint::index).toArray(Double[]::new);
        Double[] targets = points.stream().map(p -> target).toArray(Double[]::new);
        var data = (XDDFLineChartData) chart.createData(ChartTypes.LINE, months, index);
        data.setVaryColors(false);
        var category = XDDFDataSourcesFactory.fromArray(categories,
                chart.formatRange(new CellRangeAddress(1, n, 0, 0)), 0);
        var indexSeries = (XDDFLineChartData.Series) data.addSeries(category,
                XDDFDataSourcesFactory.fromArray(values, chart.formatRange(new CellRangeAddress(1, n, 1, 1)), 1));
        indexSeries.setTitle(labels.series(), chart.setSheetTitle(labels.series(), 1));
        indexSeries.setSmooth(false);
        indexSeries.setMarkerStyle(MarkerStyle.CIRCLE);
        indexSeries.setShapeProperties(shape(line(SERIES, 2.25, null)));
        var targetSeries = (XDDFLineChartData.Series) data.addSeries(category,
                XDDFDataSourcesFactory.fromArray(targets, chart.formatRange(new CellRangeAddress(1, n, 2, 2)), 2));
        targetSeries.setTitle(labels.target(), chart.setSheetTitle(labels.target(), 2));
        targetSeries.setSmooth(false);
        targetSeries.setMarkerStyle(MarkerStyle.NONE);
        targetSeries.setShapeProperties(shape(line(TARGET, 1.5, PresetLineDash.DASH)));
        chart.plot(data);
        valueLabels(indexSeries.getCTLineSer().isSetDLbls() ? indexSeries.getCTLineSer().getDLbls()
                : indexSeries.getCTLineSer().addNewDLbls());
        return chart;
    }

    /** The y range: index values and target with 5 points of room, on multiples of 5, within 0–100. */
    static double[] range(List<ReportContent.TrendPoint> points, double target) {
        double min = Math.min(target, points.stream().filter(p -> p.index() != null)
                .mapToDouble(ReportContent.TrendPoint::index).min().orElse(target)) - 5;
        double max = Math.max(target, points.stream().filter(p -> p.index() != null)
                .mapToDouble(ReportContent.TrendPoint::index).max().orElse(target)) + 5;
        return new double[] {Math.max(0, Math.floor(min / 5) * 5), Math.min(100, Math.ceil(max / 5) * 5)};
    }

    /** Each index value above its point, to one decimal. */
    private static void valueLabels(CTDLbls labels) {
        labels.addNewNumFmt().setFormatCode("0.0");
        labels.getNumFmt().setSourceLinked(false);
        labels.addNewDLblPos().setVal(STDLblPos.T);
        labels.addNewShowLegendKey().setVal(false);
        labels.addNewShowVal().setVal(true);
        labels.addNewShowCatName().setVal(false);
        labels.addNewShowSerName().setVal(false);
        labels.addNewShowPercent().setVal(false);
        labels.addNewShowBubbleSize().setVal(false);
    }

    private static XDDFLineProperties line(byte[] color, double widthPoints, PresetLineDash dash) {
        var line = new XDDFLineProperties(new XDDFSolidFillProperties(XDDFColor.from(color)));
        line.setWidth(widthPoints);
        if (dash != null) {
            line.setPresetDash(new XDDFPresetLineDash(dash));
        }
        return line;
    }

    private static XDDFShapeProperties shape(XDDFLineProperties line) {
        var shape = new XDDFShapeProperties();
        shape.setLineProperties(line);
        return shape;
    }

    /** The report's fonts and language for all the chart's texts, so Chinese labels render alike in Word and LibreOffice. */
    private static void text(XWPFChart chart, Locale locale) {
        CTTextBody body = chart.getCTChartSpace().addNewTxPr();
        body.addNewBodyPr();
        body.addNewLstStyle();
        CTTextParagraph paragraph = body.addNewP();
        CTTextCharacterProperties run = paragraph.addNewPPr().addNewDefRPr();
        run.setSz(900);
        run.setLang(ENGLISH.equals(locale.getLanguage()) ? "en-US" : "zh-CN");
        run.setAltLang("zh-CN");
        run.addNewLatin().setTypeface(ReportLayout.LATIN_FONT);
        run.addNewEa().setTypeface(ReportLayout.EAST_ASIAN_FONT);
        paragraph.addNewEndParaRPr().setLang(run.getLang());
    }
}
