package org.lantu.report.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageFitWidthDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.lantu.report.internal.ReportModel.Block;
import org.lantu.report.internal.ReportModel.Chart;
import org.lantu.report.internal.ReportModel.Heading;
import org.lantu.report.internal.ReportModel.Section;
import org.lantu.report.internal.ReportModel.Table;
import org.lantu.report.internal.ReportModel.Text;

/**
 * A PDF (PDFBox): A4, the CJK font embedded as a subset (selectable text), lines wrapped to the width,
 * tables fitted to the page width with wrapped cells and the header repeated after a page break, charts as
 * images, an outline of the sections, page numbers.
 */
public final class PdfRenderer {

    private static final float MARGIN = 56;
    private static final float BODY = 10.5f;
    private static final float CELL = 8.5f;
    private static final float PAD = 2.5f;

    private final PDDocument doc;
    private final PDFont font;
    private final org.apache.fontbox.ttf.CmapLookup cmap;
    private final boolean english;
    private final float width;
    private final PDRectangle size = PDRectangle.A4;
    private PDPageContentStream cs;
    private PDPage page;
    private float y;

    private PdfRenderer(PDDocument doc, PDFont font, org.apache.fontbox.ttf.CmapLookup cmap, boolean english) {
        this.doc = doc;
        this.font = font;
        this.cmap = cmap;
        this.english = english;
        this.width = size.getWidth() - 2 * MARGIN;
    }

    public static byte[] render(ReportModel m, CjkFont cjk) {
        try (PDDocument doc = new PDDocument()) {
            PDFont font;
            org.apache.fontbox.ttf.CmapLookup cmap;
            TrueTypeCollection collection = null;
            String file = cjk.path().getFileName().toString().toLowerCase(java.util.Locale.ROOT);
            if (file.endsWith(".ttc") || file.endsWith(".otc")) {
                collection = new TrueTypeCollection(cjk.path().toFile());
                TrueTypeFont ttf = collection.getFontByName(cjk.postScriptName());
                if (ttf == null) {
                    List<TrueTypeFont> all = new ArrayList<>();
                    collection.processAllFonts(all::add);
                    ttf = all.get(0);
                }
                font = PDType0Font.load(doc, ttf, true);
                cmap = ttf.getUnicodeCmapLookup();
            } else {
                TrueTypeFont ttf = new org.apache.fontbox.ttf.TTFParser()
                        .parse(new org.apache.pdfbox.io.RandomAccessReadBufferedFile(
                                cjk.path().toFile()));
                font = PDType0Font.load(doc, ttf, true);
                cmap = ttf.getUnicodeCmapLookup();
            }
            try {
                PdfRenderer r = new PdfRenderer(doc, font, cmap, m.english());
                r.write(m);
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                doc.save(out);
                return out.toByteArray();
            } finally {
                if (collection != null) {
                    collection.close();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void write(ReportModel m) throws IOException {
        doc.getDocumentInformation().setTitle(m.title());
        doc.getDocumentInformation().setCreator("Lantu");
        PDDocumentOutline outline = new PDDocumentOutline();
        doc.getDocumentCatalog().setDocumentOutline(outline);
        newPage();
        y -= 120;
        for (String line : wrap(m.title(), 20, width)) {
            centered(line, 20);
            y -= 30;
        }
        y -= 10;
        centered(m.subtitle(), 14);
        y -= 40;
        for (String line : m.meta()) {
            centered(line, BODY + 1);
            y -= 20;
        }
        for (Section s : m.sections()) {
            newPage();
            PDOutlineItem item = new PDOutlineItem();
            item.setTitle(s.title());
            PDPageFitWidthDestination dest = new PDPageFitWidthDestination();
            dest.setPage(page);
            item.setDestination(dest);
            outline.addLast(item);
            heading(s.title(), 16);
            for (Block b : s.blocks()) {
                block(b);
            }
        }
        cs.close();
        int n = doc.getNumberOfPages();
        for (int i = 0; i < n; i++) {
            try (PDPageContentStream f =
                    new PDPageContentStream(doc, doc.getPage(i), PDPageContentStream.AppendMode.APPEND, true, true)) {
                String text = english ? "Page " + (i + 1) + " of " + n : "第 " + (i + 1) + " 页 / 共 " + n + " 页";
                float w = font.getStringWidth(text) / 1000 * 9;
                f.beginText();
                f.setFont(font, 9);
                f.newLineAtOffset((size.getWidth() - w) / 2, 28);
                f.showText(text);
                f.endText();
            }
        }
    }

    private void block(Block b) throws IOException {
        if (b instanceof Heading x) {
            need(220); // a heading keeps with what follows
            y -= 6;
            heading(x.text(), 13);
        } else if (b instanceof Text x) {
            float indent = x.style() == ReportModel.Style.PLAIN ? 0 : 14;
            List<String> lines = wrap(x.text(), BODY, width - indent);
            for (int i = 0; i < lines.size(); i++) {
                need(BODY * 1.7f);
                float first = x.style() == ReportModel.Style.PLAIN && i == 0 ? 2 * BODY : 0;
                if (x.style() == ReportModel.Style.NOTE) {
                    cs.setNonStrokingColor(0.42f, 0.33f, 0f);
                }
                text(lines.get(i), MARGIN + indent + first, y - BODY, BODY);
                cs.setNonStrokingColor(0f, 0f, 0f);
                y -= BODY * 1.7f;
            }
            y -= 4;
        } else if (b instanceof Chart x) {
            float w = width;
            float h = w * x.height() / x.width();
            need(h + 24);
            PDImageXObject img = PDImageXObject.createFromByteArray(doc, x.png(), "chart.png");
            cs.drawImage(img, MARGIN, y - h, w, h);
            y -= h + 4;
            List<String> cap = wrap(x.caption(), 9, width);
            for (String line : cap) {
                centered(line, 9);
                y -= 13;
            }
            y -= 6;
        } else if (b instanceof Table x) {
            table(x);
        }
    }

    private void table(Table t) throws IOException {
        int cols = t.headers().size();
        float total = t.widths().stream().mapToInt(Integer::intValue).sum();
        float[] w = new float[cols];
        for (int i = 0; i < cols; i++) {
            w[i] = width * t.widths().get(i) / total;
        }
        need(60);
        for (String line : wrap(t.caption(), 9.5f, width)) {
            centered(line, 9.5f);
            y -= 14;
        }
        List<List<String>> head = cells(t.headers(), w);
        drawRow(head, w, true, null);
        for (List<?> row : t.rows()) {
            List<String> texts = new ArrayList<>();
            for (int i = 0; i < cols; i++) {
                texts.add(HtmlRenderer.cell(i < row.size() ? row.get(i) : null));
            }
            List<List<String>> cells = cells(texts, w);
            float h = height(cells);
            if (y - h < MARGIN + 20) {
                newPage();
                drawRow(head, w, true, null);
            }
            drawRow(cells, w, false, row);
        }
        y -= 10;
    }

    private List<List<String>> cells(List<String> texts, float[] w) throws IOException {
        List<List<String>> out = new ArrayList<>();
        for (int i = 0; i < w.length; i++) {
            out.add(wrap(texts.get(i), CELL, w[i] - 2 * PAD));
        }
        return out;
    }

    private static float height(List<List<String>> cells) {
        int lines = 1;
        for (List<String> c : cells) {
            lines = Math.max(lines, c.size());
        }
        return lines * CELL * 1.35f + 2 * PAD + 1;
    }

    private void drawRow(
            List<List<String>> cells, float[] w, boolean header, @org.jspecify.annotations.Nullable List<?> raw)
            throws IOException {
        float h = height(cells);
        if (y - h < MARGIN + 20) {
            newPage();
        }
        float x = MARGIN;
        if (header) {
            cs.setNonStrokingColor(0.91f, 0.925f, 0.94f);
            cs.addRect(MARGIN, y - h, width, h);
            cs.fill();
            cs.setNonStrokingColor(0f, 0f, 0f);
        }
        cs.setLineWidth(0.5f);
        for (int i = 0; i < w.length; i++) {
            cs.addRect(x, y - h, w[i], h);
            cs.stroke();
            float ly = y - PAD - CELL;
            boolean right = raw != null && i < raw.size() && raw.get(i) instanceof Number;
            for (String line : cells.get(i)) {
                float tx = right ? x + w[i] - PAD - font.getStringWidth(line) / 1000 * CELL : x + PAD;
                text(line, tx, ly, CELL);
                ly -= CELL * 1.35f;
            }
            x += w[i];
        }
        y -= h;
    }

    private void heading(String s, float sz) throws IOException {
        for (String line : wrap(s, sz, width)) {
            need(sz * 2);
            text(line, MARGIN, y - sz, sz);
            y -= sz * 1.6f;
        }
        y -= 6;
    }

    private void centered(String s, float sz) throws IOException {
        float w = font.getStringWidth(s) / 1000 * sz;
        text(s, MARGIN + Math.max(0, (width - w) / 2), y - sz, sz);
    }

    private void text(String s, float x, float yy, float sz) throws IOException {
        if (s.isEmpty()) {
            return;
        }
        cs.beginText();
        cs.setFont(font, sz);
        cs.newLineAtOffset(x, yy);
        cs.showText(s);
        cs.endText();
    }

    private void need(float h) throws IOException {
        if (y - h < MARGIN + 20) {
            newPage();
        }
    }

    private void newPage() throws IOException {
        if (cs != null) {
            cs.close();
        }
        page = new PDPage(size);
        doc.addPage(page);
        cs = new PDPageContentStream(doc, page);
        y = size.getHeight() - MARGIN;
    }

    /**
     * Lines of at most the width. A line may end after a space or a CJK character; a run of Latin letters and
     * digits (a word, 2025, 60254.36) is kept whole unless it is longer than the line. Closing punctuation
     * (，。）% …) never starts a line: it stays with what it closes, a little past the width. Characters the
     * font lacks become a space.
     */
    List<String> wrap(String text, float sz, float max) throws IOException {
        List<String> out = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        float w = 0;
        int lastBreak = -1; // the line may be cut before this index
        String clean = sanitize(text);
        for (int i = 0; i < clean.length(); ) {
            int cp = clean.codePointAt(i);
            String ch = new String(Character.toChars(cp));
            i += ch.length();
            float cw = font.getStringWidth(ch) / 1000 * sz;
            if (w + cw > max && line.length() > 0 && !closing(cp)) {
                boolean cjk = cp >= 0x2e80;
                if (cp == ' ') {
                    out.add(line.toString().stripTrailing());
                    line = new StringBuilder();
                    w = 0;
                    lastBreak = -1;
                    continue;
                }
                int cut = cjk || lastBreak <= 0 ? line.length() : lastBreak;
                String rest = line.substring(cut).stripLeading();
                out.add(line.substring(0, cut).stripTrailing());
                line = new StringBuilder(rest);
                w = font.getStringWidth(rest) / 1000 * sz;
                lastBreak = -1;
            }
            if (cp >= 0x2e80 && line.length() > 0) {
                lastBreak = line.length(); // before a CJK character
            }
            line.append(ch);
            w += cw;
            if (cp == ' ' || cp >= 0x2e80) {
                lastBreak = line.length(); // after a space or a CJK character
            }
        }
        if (line.length() > 0 || out.isEmpty()) {
            out.add(line.toString());
        }
        return out;
    }

    /** Punctuation that must not begin a line. */
    private static boolean closing(int cp) {
        return "，。、；：？！）》」』】〕,.;:?!)]%％".indexOf(cp) >= 0;
    }

    private String sanitize(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isWhitespace(cp) || Character.isISOControl(cp)) {
                b.append(' ');
                continue;
            }
            b.appendCodePoint(cmap.getGlyphId(cp) != 0 ? cp : ' ');
        }
        return b.toString();
    }
}
