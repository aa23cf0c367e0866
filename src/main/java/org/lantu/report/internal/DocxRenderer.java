package org.lantu.report.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;
import org.apache.poi.common.usermodel.PictureType;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.util.Units;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableWidthType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.lantu.report.internal.ReportModel.Block;
import org.lantu.report.internal.ReportModel.Chart;
import org.lantu.report.internal.ReportModel.Heading;
import org.lantu.report.internal.ReportModel.Section;
import org.lantu.report.internal.ReportModel.Table;
import org.lantu.report.internal.ReportModel.Text;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFldChar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblCellMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;

/**
 * A Word document (XWPF): Heading 1/2 styles defined in the document (Word and WPS list them in the navigation
 * pane), a table of contents field Word updates on opening, tables with repeated header rows, charts as
 * PNG, page numbers in the footer.
 */
public final class DocxRenderer {

    private DocxRenderer() {}

    /** A4 in twips, with 2.5 cm margins. */
    private static final int PAGE_WIDTH_TWIPS = 11906;

    private static final int PAGE_HEIGHT_TWIPS = 16838;
    private static final int MARGIN_TWIPS = 1418;
    private static final int TEXT_WIDTH_TWIPS = PAGE_WIDTH_TWIPS - 2 * MARGIN_TWIPS;

    /** The text width in points (pictures). */
    private static final int TEXT_WIDTH_PT = TEXT_WIDTH_TWIPS / 20;

    public static byte[] render(ReportModel m) {
        try (XWPFDocument doc = new XWPFDocument()) {
            styles(doc, m.english());
            doc.getSettings(); // settings part exists
            doc.enforceUpdateFields(); // Word refreshes the TOC and page fields on opening
            XWPFParagraph title = doc.createParagraph();
            title.setStyle("Title");
            title.setAlignment(ParagraphAlignment.CENTER);
            title.createRun().setText(m.title());
            XWPFParagraph sub = doc.createParagraph();
            sub.setAlignment(ParagraphAlignment.CENTER);
            XWPFRun sr = sub.createRun();
            sr.setFontSize(14);
            sr.setText(m.subtitle());
            for (String line : m.meta()) {
                XWPFParagraph p = doc.createParagraph();
                p.setAlignment(ParagraphAlignment.CENTER);
                p.createRun().setText(line);
            }
            XWPFParagraph tocTitle = doc.createParagraph();
            tocTitle.setPageBreak(true);
            XWPFRun tr = tocTitle.createRun();
            tr.setBold(true);
            tr.setFontSize(14);
            tr.setText(m.english() ? "Contents" : "目  录");
            toc(doc, m);
            boolean first = true;
            for (Section s : m.sections()) {
                XWPFParagraph h = doc.createParagraph();
                h.setStyle("Heading1");
                if (first) {
                    h.setPageBreak(true);
                    first = false;
                }
                h.createRun().setText(s.title());
                for (Block b : s.blocks()) {
                    block(doc, b);
                }
            }
            footer(doc, m.english());
            page(doc);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InvalidFormatException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void block(XWPFDocument doc, Block b) throws IOException, InvalidFormatException {
        if (b instanceof Heading x) {
            XWPFParagraph h = doc.createParagraph();
            h.setStyle("Heading2");
            h.createRun().setText(x.text());
        } else if (b instanceof Text x) {
            XWPFParagraph p = doc.createParagraph();
            XWPFRun r = p.createRun();
            r.setText(x.text());
            if (x.style() == ReportModel.Style.NOTE) {
                r.setItalic(true);
                r.setColor("6B5300");
                p.setIndentationLeft(360);
            } else if (x.style() == ReportModel.Style.ITEM) {
                p.setIndentationLeft(360);
            } else {
                p.setIndentationFirstLine(480);
            }
        } else if (b instanceof Chart x) {
            XWPFParagraph p = doc.createParagraph();
            p.setAlignment(ParagraphAlignment.CENTER);
            p.setKeepNext(true);
            int w = TEXT_WIDTH_PT;
            int h = (int) Math.round((double) w * x.height() / x.width());
            p.createRun()
                    .addPicture(
                            new ByteArrayInputStream(x.png()),
                            PictureType.PNG,
                            "chart.png",
                            Units.toEMU(w),
                            Units.toEMU(h));
            caption(doc, x.caption());
        } else if (b instanceof Table x) {
            caption(doc, x.caption());
            table(doc, x);
        }
    }

    private static void caption(XWPFDocument doc, String text) {
        XWPFParagraph c = doc.createParagraph();
        c.setAlignment(ParagraphAlignment.CENTER);
        c.setKeepNext(true);
        XWPFRun r = c.createRun();
        r.setBold(true);
        r.setFontSize(10);
        r.setText(text);
    }

    /**
     * A table of fixed layout: its grid and every cell carry the column's width in twips (the model's
     * relative widths over the text width), which Word, WPS and LibreOffice all honour; percentages on the
     * cells alone were ignored by LibreOffice, which drew equal columns (the indicator name in a tenth of
     * the page).
     */
    private static void table(XWPFDocument doc, Table t) {
        int cols = t.headers().size();
        XWPFTable table = doc.createTable(t.rows().size() + 1, cols);
        CTTblPr pr = table.getCTTbl().getTblPr();
        CTTblWidth width = pr.isSetTblW() ? pr.getTblW() : pr.addNewTblW();
        width.setType(STTblWidth.DXA);
        width.setW(BigInteger.valueOf(TEXT_WIDTH_TWIPS));
        (pr.isSetTblLayout() ? pr.getTblLayout() : pr.addNewTblLayout()).setType(STTblLayoutType.FIXED);
        // narrow cell margins (0.1 cm): the default 0.19 cm on each side left a narrow column room for one digit
        CTTblCellMar margins = pr.isSetTblCellMar() ? pr.getTblCellMar() : pr.addNewTblCellMar();
        for (CTTblWidth side : List.of(
                margins.isSetLeft() ? margins.getLeft() : margins.addNewLeft(),
                margins.isSetRight() ? margins.getRight() : margins.addNewRight())) {
            side.setType(STTblWidth.DXA);
            side.setW(BigInteger.valueOf(57));
        }
        int total = t.widths().stream().mapToInt(Integer::intValue).sum();
        int[] twips = new int[cols];
        for (int i = 0; i < cols; i++) {
            twips[i] = TEXT_WIDTH_TWIPS * t.widths().get(i) / total;
        }
        CTTblGrid grid = table.getCTTbl().getTblGrid() != null
                ? table.getCTTbl().getTblGrid()
                : table.getCTTbl().addNewTblGrid();
        while (grid.sizeOfGridColArray() > 0) {
            grid.removeGridCol(0);
        }
        for (int w : twips) {
            grid.addNewGridCol().setW(BigInteger.valueOf(w));
        }
        for (int j = 0; j <= t.rows().size(); j++) {
            boolean header = j == 0;
            XWPFTableRow tr = table.getRow(j);
            if (header) {
                tr.setRepeatHeader(true);
                tr.setCantSplitRow(true);
            }
            List<?> row = header ? t.headers() : t.rows().get(j - 1);
            for (int i = 0; i < cols; i++) {
                XWPFTableCell cell = tr.getCell(i);
                cell.setWidthType(TableWidthType.DXA);
                cell.setWidth(String.valueOf(twips[i]));
                Object v = i < row.size() ? row.get(i) : null;
                XWPFParagraph p = cell.getParagraphs().get(0);
                XWPFRun r = p.createRun();
                r.setFontSize(9);
                if (header) {
                    cell.setColor("E8ECF0");
                    r.setBold(true);
                } else if (v instanceof Number) {
                    p.setAlignment(ParagraphAlignment.RIGHT);
                }
                r.setText(HtmlRenderer.cell(v));
            }
        }
        doc.createParagraph();
    }

    /** A TOC field (levels 1–2, hyperlinked) with the headings as its current result until Word updates it. */
    private static void toc(XWPFDocument doc, ReportModel m) {
        XWPFParagraph p = doc.createParagraph();
        CTFldChar begin = p.getCTP().addNewR().addNewFldChar();
        begin.setFldCharType(STFldCharType.BEGIN);
        begin.setDirty(true);
        p.getCTP().addNewR().addNewInstrText().setStringValue(" TOC \\o \"1-2\" \\h \\z \\u ");
        p.getCTP().addNewR().addNewFldChar().setFldCharType(STFldCharType.SEPARATE);
        for (int i = 0; i < m.sections().size(); i++) {
            XWPFRun r = p.createRun();
            r.setText(m.sections().get(i).title());
            if (i < m.sections().size() - 1) {
                r.addBreak();
            }
        }
        p.getCTP().addNewR().addNewFldChar().setFldCharType(STFldCharType.END);
    }

    /** A4 portrait with 2.5 cm margins (without it Word takes Letter, LibreOffice its locale's default). */
    private static void page(XWPFDocument doc) {
        CTSectPr sect = doc.getDocument().getBody().isSetSectPr()
                ? doc.getDocument().getBody().getSectPr()
                : doc.getDocument().getBody().addNewSectPr();
        CTPageSz size = sect.isSetPgSz() ? sect.getPgSz() : sect.addNewPgSz();
        size.setW(BigInteger.valueOf(PAGE_WIDTH_TWIPS));
        size.setH(BigInteger.valueOf(PAGE_HEIGHT_TWIPS));
        CTPageMar mar = sect.isSetPgMar() ? sect.getPgMar() : sect.addNewPgMar();
        mar.setTop(BigInteger.valueOf(MARGIN_TWIPS));
        mar.setBottom(BigInteger.valueOf(MARGIN_TWIPS));
        mar.setLeft(BigInteger.valueOf(MARGIN_TWIPS));
        mar.setRight(BigInteger.valueOf(MARGIN_TWIPS));
        mar.setHeader(BigInteger.valueOf(709));
        mar.setFooter(BigInteger.valueOf(709));
    }

    private static void footer(XWPFDocument doc, boolean english) {
        XWPFFooter footer = doc.createFooter(HeaderFooterType.DEFAULT);
        XWPFParagraph p = footer.createParagraph();
        p.setAlignment(ParagraphAlignment.CENTER);
        p.createRun().setText(english ? "Page " : "第 ");
        p.getCTP().addNewFldSimple().setInstr("PAGE");
        p.createRun().setText(english ? " of " : " 页，共 ");
        p.getCTP().addNewFldSimple().setInstr("NUMPAGES");
        if (!english) {
            p.createRun().setText(" 页");
        }
    }

    private static void styles(XWPFDocument doc, boolean english) {
        XWPFStyles styles = doc.createStyles();
        CTFonts fonts = CTFonts.Factory.newInstance();
        fonts.setAscii("Calibri");
        fonts.setHAnsi("Calibri");
        fonts.setEastAsia(english ? "Calibri" : "Microsoft YaHei");
        styles.setDefaultFonts(fonts);
        styles.addStyle(paragraphStyle("Normal", "Normal", null, -1, 21));
        styles.addStyle(paragraphStyle("Title", "Title", "Normal", -1, 44));
        styles.addStyle(paragraphStyle("Heading1", "heading 1", "Normal", 0, 32));
        styles.addStyle(paragraphStyle("Heading2", "heading 2", "Normal", 1, 28));
    }

    /**
     * A paragraph style; headings carry their outline level (what puts them in the navigation pane and the
     * TOC) and Word's built-in names (heading 1, heading 2).
     */
    private static XWPFStyle paragraphStyle(String id, String name, String basedOn, int outline, int halfPoints) {
        CTStyle s = CTStyle.Factory.newInstance();
        s.setStyleId(id);
        s.setType(STStyleType.PARAGRAPH);
        s.addNewName().setVal(name);
        if (basedOn != null) {
            s.addNewBasedOn().setVal(basedOn);
            s.addNewNext().setVal("Normal");
        } else {
            s.setDefault(true);
        }
        s.addNewQFormat();
        if (outline >= 0) {
            s.addNewUiPriority().setVal(BigInteger.valueOf(9));
            CTPPrGeneral ppr = s.addNewPPr();
            ppr.addNewKeepNext();
            ppr.addNewSpacing().setBefore(BigInteger.valueOf(outline == 0 ? 360 : 240));
            ppr.getSpacing().setAfter(BigInteger.valueOf(120));
            ppr.addNewOutlineLvl().setVal(BigInteger.valueOf(outline));
        }
        CTRPr rpr = s.addNewRPr();
        if (outline >= 0 || id.equals("Title")) {
            rpr.addNewB();
        }
        rpr.addNewSz().setVal(BigInteger.valueOf(halfPoints));
        rpr.addNewSzCs().setVal(BigInteger.valueOf(halfPoints));
        XWPFStyle style = new XWPFStyle(s);
        style.setType(STStyleType.PARAGRAPH);
        return style;
    }
}
