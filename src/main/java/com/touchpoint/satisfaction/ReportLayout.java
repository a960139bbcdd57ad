package com.touchpoint.satisfaction;

import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLanguage;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSimpleField;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

import java.math.BigInteger;
import java.util.Locale;

/**
 * The page and document structure of a Word report: A4 with margins, real heading styles (navigation pane,
 * table of contents), both font ranges and the language set, a header, "page X of Y" in the footer and the
 * document properties.
 */
final class ReportLayout {

    static final String TITLE = "Title";
    static final String HEADING_1 = "Heading1";
    static final String HEADING_2 = "Heading2";
    static final String LATIN_FONT = "Times New Roman";
    static final String EAST_ASIAN_FONT = "SimSun";
    /** A4 in twentieths of a point, with 2.54 cm top/bottom and 2.2 cm side margins. */
    static final int A4_WIDTH = 11906;
    static final int A4_HEIGHT = 16838;
    private static final int MARGIN_VERTICAL = 1440;
    static final int MARGIN_SIDE = 1247;

    private ReportLayout() {
    }

    static void setUp(XWPFDocument doc, Locale locale) {
        var styles = doc.createStyles();
        CTStyles ct = CTStyles.Factory.newInstance();
        CTRPr rPr = ct.addNewDocDefaults().addNewRPrDefault().addNewRPr();
        fonts(rPr.addNewRFonts());
        language(rPr.addNewLang(), locale);
        rPr.addNewSz().setVal(BigInteger.valueOf(21));
        rPr.addNewSzCs().setVal(BigInteger.valueOf(21));
        styles.setStyles(ct);
        styles.addStyle(new XWPFStyle(style(TITLE, "Title", 36, null)));
        styles.addStyle(new XWPFStyle(style(HEADING_1, "heading 1", 30, 0)));
        styles.addStyle(new XWPFStyle(style(HEADING_2, "heading 2", 24, 1)));
        page(doc);
    }

    private static CTStyle style(String id, String name, int halfPoints, Integer outlineLevel) {
        CTStyle style = CTStyle.Factory.newInstance();
        style.setStyleId(id);
        style.setType(STStyleType.PARAGRAPH);
        style.addNewName().setVal(name);
        style.addNewBasedOn().setVal("Normal");
        style.addNewNext().setVal("Normal");
        style.addNewUiPriority().setVal(BigInteger.valueOf(outlineLevel == null ? 10 : 9));
        style.addNewQFormat();
        var pPr = style.addNewPPr();
        pPr.addNewKeepNext();
        pPr.addNewSpacing().setBefore(BigInteger.valueOf(outlineLevel == null ? 0 : 240));
        pPr.getSpacing().setAfter(BigInteger.valueOf(120));
        if (outlineLevel != null) {
            pPr.addNewOutlineLvl().setVal(BigInteger.valueOf(outlineLevel));
        } else {
            pPr.addNewJc().setVal(org.openxmlformats.schemas.wordprocessingml.x2006.main.STJc.CENTER);
        }
        var rPr = style.addNewRPr();
        rPr.addNewB();
        rPr.addNewSz().setVal(BigInteger.valueOf(halfPoints));
        rPr.addNewSzCs().setVal(BigInteger.valueOf(halfPoints));
        return style;
    }

    private static void page(XWPFDocument doc) {
        CTSectPr section = doc.getDocument().getBody().isSetSectPr() ? doc.getDocument().getBody().getSectPr()
                : doc.getDocument().getBody().addNewSectPr();
        CTPageSz size = section.isSetPgSz() ? section.getPgSz() : section.addNewPgSz();
        size.setW(BigInteger.valueOf(A4_WIDTH));
        size.setH(BigInteger.valueOf(A4_HEIGHT));
        size.setOrient(STPageOrientation.PORTRAIT);
        CTPageMar margins = section.isSetPgMar() ? section.getPgMar() : section.addNewPgMar();
        margins.setTop(BigInteger.valueOf(MARGIN_VERTICAL));
        margins.setBottom(BigInteger.valueOf(MARGIN_VERTICAL));
        margins.setLeft(BigInteger.valueOf(MARGIN_SIDE));
        margins.setRight(BigInteger.valueOf(MARGIN_SIDE));
        margins.setHeader(BigInteger.valueOf(720));
        margins.setFooter(BigInteger.valueOf(720));
    }

    static void fonts(CTFonts fonts) {
        fonts.setAscii(LATIN_FONT);
        fonts.setHAnsi(LATIN_FONT);
        fonts.setCs(LATIN_FONT);
        fonts.setEastAsia(EAST_ASIAN_FONT);
    }

    static void language(CTLanguage language, Locale locale) {
        language.setVal(Locale.ENGLISH.getLanguage().equals(locale.getLanguage()) ? "en-US" : "zh-CN");
        language.setEastAsia("zh-CN");
    }

    /** The header: one line with the unit and period, right-aligned. */
    static void header(XWPFDocument doc, String text, Locale locale) {
        XWPFParagraph p = doc.createHeader(HeaderFooterType.DEFAULT).createParagraph();
        p.setAlignment(ParagraphAlignment.RIGHT);
        small(p.createRun(), text, locale);
    }

    /** The footer "page X of Y": {@code pattern} holds {0} for the PAGE field and {1} for the NUMPAGES field. */
    static void footer(XWPFDocument doc, String pattern, Locale locale) {
        XWPFParagraph p = doc.createFooter(HeaderFooterType.DEFAULT).createParagraph();
        p.setAlignment(ParagraphAlignment.CENTER);
        String rest = pattern;
        while (!rest.isEmpty()) {
            int page = rest.indexOf("{0}");
            int pages = rest.indexOf("{1}");
            int next = page < 0 ? pages : pages < 0 ? page : Math.min(page, pages);
            if (next < 0) {
                small(p.createRun(), rest, locale);
                break;
            }
            if (next > 0) {
                small(p.createRun(), rest.substring(0, next), locale);
            }
            field(p, next == page ? "PAGE" : "NUMPAGES", locale);
            rest = rest.substring(next + 3);
        }
    }

    private static void field(XWPFParagraph p, String instruction, Locale locale) {
        CTSimpleField field = p.getCTP().addNewFldSimple();
        field.setInstr(" " + instruction + " \\* MERGEFORMAT ");
        var run = field.addNewR();
        var rPr = run.addNewRPr();
        fonts(rPr.addNewRFonts());
        rPr.addNewSz().setVal(BigInteger.valueOf(18));
        run.addNewT().setStringValue("1");
    }

    private static void small(XWPFRun run, String text, Locale locale) {
        run.setText(text);
        run.setFontSize(9);
        run.setFontFamily(LATIN_FONT, XWPFRun.FontCharRange.ascii);
        run.setFontFamily(LATIN_FONT, XWPFRun.FontCharRange.hAnsi);
        run.setFontFamily(EAST_ASIAN_FONT, XWPFRun.FontCharRange.eastAsia);
        run.setLang(Locale.ENGLISH.getLanguage().equals(locale.getLanguage()) ? "en-US" : "zh-CN");
    }

    static void properties(XWPFDocument doc, String title, String subject, String author) {
        var core = doc.getProperties().getCoreProperties();
        core.setTitle(title);
        core.setSubjectProperty(subject);
        core.setCreator(author);
        core.setLastModifiedByUser(author);
        var extended = doc.getProperties().getExtendedProperties();
        extended.setApplication(author);
        extended.setCompany(author);
    }
}
