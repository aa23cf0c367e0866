package org.lantu.ingest.internal.read;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFSDT;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.jspecify.annotations.Nullable;
import org.lantu.ingest.IngestLimits;
import org.lantu.ingest.internal.doc.RawBlock;
import org.lantu.ingest.internal.doc.RawDocument;
import org.lantu.ingest.internal.doc.SourceLine;
import org.lantu.ingest.internal.doc.SourceTable;
import org.lantu.ingest.internal.doc.SourceTable.SourceCell;
import org.lantu.ingest.internal.read.DocumentReaders.Deadline;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTDecimalNumber;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;

/**
 * Word {@code .docx} through Apache POI XWPF.
 *
 * <p><b>Line numbers.</b> {@code line} is the 1-based number of the paragraph in the body, counted the way a
 * person goes through the document: every body paragraph counts, empty ones included, and so does every
 * paragraph inside a table cell (row by row, cell by cell, nested tables included), in document order. A
 * body-level content control (such as a table of contents) counts one paragraph per line of its text. Headers,
 * footers, footnotes and comments are not read and not counted. {@code lineCount} is the number of the last
 * paragraph. Every body paragraph becomes a {@link SourceLine}, empty ones too (with empty text), so numbers
 * have no gaps; a soft line break inside a paragraph stays a {@code \n} in its text. List numbering that Word
 * generates (automatic 第一章, 1.) is not part of the text.
 *
 * <p><b>Headings.</b> {@code headingLevel} comes, in this order, from the paragraph's own outline level
 * ({@code w:outlineLvl} 0–8 is level 1–9), from its style's name or id ({@code heading 1}…{@code heading 9},
 * {@code Heading1}, {@code 标题 1}, …), or from the style's outline level, following the style's
 * {@code basedOn} chain.
 *
 * <p><b>Tables.</b> A real table becomes a {@link SourceTable}: each cell's paragraphs joined with {@code \n}
 * (a nested table inside a cell as tab-separated rows), the line of its first paragraph, and its
 * {@code gridSpan} as colSpan. A vertically merged cell's continuation is an empty cell.
 *
 * <p><b>Hostile input.</b> Before POI sees the bytes the reader tells an encrypted DOCX and a Word 97 file
 * (both OLE2) from a DOCX, checks the ZIP's central directory (a truncated or damaged file fails there),
 * requires {@code word/document.xml}, and inflates every entry once while counting, refusing an archive whose
 * entries together expand beyond {@link IngestLimits#maxExpandedBytes()} or one whose entry inflates at a
 * ratio under {@link IngestLimits#minInflateRatio()} (zip bombs). POI's own {@link ZipSecureFile} checks stay
 * on with the same limits (they are global in POI, so they are set under a lock around opening the package),
 * and POI 5.5.1 refuses XML with a DOCTYPE, so no external or internal entity is ever resolved.
 *
 * <p><b>Time box.</b> The deadline ({@link IngestLimits#maxParseTime()}) is checked while inflating and for
 * every body element and table row; {@link DocumentReaders} in addition runs the whole read in a worker thread
 * it gives up on when the time is up.
 */
public final class DocxReader implements DocumentReader {

    static final String DAMAGED = "the DOCX is damaged or truncated";
    static final String BOMB = "the DOCX expands too much (zip bomb?)";
    static final String DOCTYPE =
            "the DOCX contains an XML DOCTYPE (entity declarations), which Lantu refuses because it can be used"
                    + " to read other files (XXE); save the document again in Word or WPS";

    private static final Pattern HEADING_STYLE = Pattern.compile("(?i)^(?:heading|标题|titre|überschrift)\\s*([1-9])$");
    private static final int INFLATE_GRACE_BYTES = 100 * 1024;
    private static final Object POI_ZIP_SETTINGS = new Object();

    @Override
    public RawDocument read(byte[] content, IngestLimits limits) throws UnreadableDocumentException {
        Deadline deadline = new Deadline(limits.maxParseTime());
        checkContainer(content);
        checkZip(content, limits, deadline);
        deadline.check();
        try (XWPFDocument document = open(content, limits)) {
            deadline.check();
            return new Walk(document, deadline).run();
        } catch (IOException e) {
            // only from close(); the content was read
            throw new UnreadableDocumentException(DAMAGED + " (" + DocumentReaders.describe(e) + ")", e);
        }
    }

    // ---- container checks ---------------------------------------------------------------------------

    private static void checkContainer(byte[] content) throws UnreadableDocumentException {
        switch (DocumentReaders.sniff(content)) {
            case EMPTY -> throw new UnreadableDocumentException("the file is empty");
            case ZIP -> {}
            case OLE2 -> throw new UnreadableDocumentException(describeOle2(content));
            case PDF -> throw new UnreadableDocumentException("the file is a PDF, not a DOCX; rename it to .pdf");
            case RTF ->
                throw new UnreadableDocumentException(
                        "the file is an RTF document, not a DOCX; open it in Word or WPS and save it as .docx");
            case HTML ->
                throw new UnreadableDocumentException(
                        "the file is an HTML page, not a DOCX (Word can save .doc files as web pages); rename it to .html"
                                + " or save it as .docx");
            default -> {
                if (content.length >= 2 && content[0] == 'P' && content[1] == 'K') {
                    throw new UnreadableDocumentException(DAMAGED + " (not a valid ZIP archive)");
                }
                throw new UnreadableDocumentException(
                        "the file is not a DOCX (a DOCX is a ZIP archive; this is not one)");
            }
        }
    }

    /** An OLE2 file is either an encrypted OOXML package or an old binary Office file. */
    private static String describeOle2(byte[] content) {
        Set<String> entries = new HashSet<>();
        try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(content))) {
            fs.getRoot().getEntryNames().forEach(name -> entries.add(name));
        } catch (IOException | RuntimeException e) {
            return "the file is a damaged MS Office 97–2003 (OLE2) file, not a DOCX";
        }
        if (entries.contains("EncryptedPackage") || entries.contains("EncryptionInfo")) {
            return "the DOCX is encrypted (password-protected); remove the password in Word or WPS"
                    + " (File > Info > Protect Document) and save it again";
        }
        if (entries.contains("WordDocument")) {
            return "the file is a .doc (Word 97–2003) file; save it as .docx";
        }
        if (entries.contains("Workbook") || entries.contains("Book")) {
            return "the file is an Excel 97–2003 (.xls) workbook, not a Word document";
        }
        if (entries.contains("PowerPoint Document")) {
            return "the file is a PowerPoint 97–2003 (.ppt) presentation, not a Word document";
        }
        return "the file is an MS Office 97–2003 (OLE2) file, not a DOCX";
    }

    /**
     * Reads the central directory (a truncated file has none), requires word/document.xml and inflates every
     * entry once, counting.
     */
    private static void checkZip(byte[] content, IngestLimits limits, Deadline deadline)
            throws UnreadableDocumentException {
        try (ZipFile zip = ZipFile.builder()
                .setSeekableByteChannel(new SeekableInMemoryByteChannel(content))
                .setUseUnicodeExtraFields(true)
                .get()) {
            boolean document = false;
            boolean spreadsheet = false;
            boolean presentation = false;
            List<ZipArchiveEntry> entries = new ArrayList<>();
            for (Enumeration<ZipArchiveEntry> e = zip.getEntries(); e.hasMoreElements(); ) {
                ZipArchiveEntry entry = e.nextElement();
                entries.add(entry);
                String name = entry.getName().toLowerCase(Locale.ROOT);
                document |= name.equals("word/document.xml");
                spreadsheet |= name.startsWith("xl/");
                presentation |= name.startsWith("ppt/");
            }
            if (!document) {
                if (spreadsheet) {
                    throw new UnreadableDocumentException("the file is an Excel workbook (.xlsx), not a Word document");
                }
                if (presentation) {
                    throw new UnreadableDocumentException(
                            "the file is a PowerPoint presentation (.pptx), not a Word document");
                }
                throw new UnreadableDocumentException(
                        "the file is a ZIP archive but not a DOCX (no word/document.xml)");
            }
            long total = 0;
            byte[] buffer = new byte[64 * 1024];
            for (ZipArchiveEntry entry : entries) {
                deadline.check();
                if (entry.isDirectory()) {
                    continue;
                }
                long compressed = Math.max(entry.getCompressedSize(), 0);
                long expanded = 0;
                try (InputStream in = zip.getInputStream(entry)) {
                    int n;
                    while ((n = in.read(buffer)) > 0) {
                        expanded += n;
                        total += n;
                        if (total > limits.maxExpandedBytes()) {
                            throw new UnreadableDocumentException(
                                    BOMB + ": it unpacks to more than " + mib(limits.maxExpandedBytes()));
                        }
                        if (expanded > INFLATE_GRACE_BYTES
                                && (double) compressed / expanded < limits.minInflateRatio()) {
                            throw new UnreadableDocumentException(BOMB + ": " + entry.getName() + " inflates more than "
                                    + Math.round(1 / limits.minInflateRatio()) + " times");
                        }
                        if ((expanded & 0xFFFFF) < n) {
                            deadline.check();
                        }
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            throw new UnreadableDocumentException(DAMAGED + " (" + DocumentReaders.describe(e) + ")", e);
        }
    }

    private static String mib(long bytes) {
        return (bytes / (1024 * 1024)) + " MB";
    }

    private static XWPFDocument open(byte[] content, IngestLimits limits) throws UnreadableDocumentException {
        OPCPackage pkg = null;
        try {
            synchronized (POI_ZIP_SETTINGS) {
                ZipSecureFile.setMinInflateRatio(limits.minInflateRatio());
                ZipSecureFile.setMaxEntrySize(Math.max(1, limits.maxExpandedBytes()));
                pkg = OPCPackage.open(new ByteArrayInputStream(content));
            }
            return new XWPFDocument(pkg);
        } catch (Exception | StackOverflowError e) {
            if (pkg != null) {
                pkg.revert();
            }
            throw translate(e);
        }
    }

    /** POI's exceptions, as a reason for a person. */
    private static UnreadableDocumentException translate(Throwable e) {
        StringBuilder messages = new StringBuilder();
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            messages.append(t.getClass().getSimpleName())
                    .append(": ")
                    .append(t.getMessage())
                    .append('\n');
        }
        String all = messages.toString().toLowerCase(Locale.ROOT);
        if (all.contains("doctype") || all.contains("external entit")) {
            return new UnreadableDocumentException(DOCTYPE, e);
        }
        if (all.contains("zip bomb") || all.contains("inflate ratio") || all.contains("max size")) {
            return new UnreadableDocumentException(BOMB, e);
        }
        if (all.contains("notofficexmlfile") || all.contains("no valid entries") || all.contains("content type")) {
            return new UnreadableDocumentException(
                    "the file is a ZIP archive but not a valid DOCX (" + firstLine(e) + ")", e);
        }
        return new UnreadableDocumentException(DAMAGED + " (" + firstLine(e) + ")", e);
    }

    private static String firstLine(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return DocumentReaders.describe(root);
    }

    // ---- the body -----------------------------------------------------------------------------------

    /** One pass over the body, numbering paragraphs. */
    private static final class Walk {

        private final XWPFDocument document;
        private final @Nullable XWPFStyles styles;
        private final Deadline deadline;
        private final List<RawBlock> blocks = new ArrayList<>();
        private int paragraphs;

        Walk(XWPFDocument document, Deadline deadline) {
            this.document = document;
            this.styles = document.getStyles();
            this.deadline = deadline;
        }

        RawDocument run() throws UnreadableDocumentException {
            for (IBodyElement element : document.getBodyElements()) {
                deadline.check();
                if (element instanceof XWPFParagraph paragraph) {
                    int line = ++paragraphs;
                    blocks.add(new SourceLine(line, null, null, paragraph.getText(), headingLevel(paragraph)));
                } else if (element instanceof XWPFTable table) {
                    blocks.add(table(table));
                } else if (element instanceof XWPFSDT sdt) {
                    String text = sdt.getContent().getText();
                    for (String part : text.split("\n", -1)) {
                        blocks.add(SourceLine.plain(++paragraphs, part));
                    }
                }
            }
            return new RawDocument("docx", "docx", List.copyOf(blocks), paragraphs);
        }

        private SourceTable table(XWPFTable table) throws UnreadableDocumentException {
            int tableLine = paragraphs + 1;
            List<List<SourceCell>> rows = new ArrayList<>();
            for (XWPFTableRow row : table.getRows()) {
                deadline.check();
                List<SourceCell> cells = new ArrayList<>();
                for (XWPFTableCell cell : row.getTableCells()) {
                    int line = paragraphs + 1;
                    String text = cellText(cell);
                    cells.add(new SourceCell(text, Math.min(line, Math.max(paragraphs, 1)), gridSpan(cell)));
                }
                rows.add(List.copyOf(cells));
            }
            return new SourceTable(Math.min(tableLine, Math.max(paragraphs, 1)), List.copyOf(rows));
        }

        /** The cell's paragraphs joined with \n; counts them. */
        private String cellText(XWPFTableCell cell) throws UnreadableDocumentException {
            List<String> parts = new ArrayList<>();
            for (IBodyElement element : cell.getBodyElements()) {
                if (element instanceof XWPFParagraph paragraph) {
                    paragraphs++;
                    parts.add(paragraph.getText());
                } else if (element instanceof XWPFTable nested) {
                    for (XWPFTableRow row : nested.getRows()) {
                        deadline.check();
                        List<String> cells = new ArrayList<>();
                        for (XWPFTableCell nestedCell : row.getTableCells()) {
                            cells.add(cellText(nestedCell).replace('\n', ' '));
                        }
                        parts.add(String.join("\t", cells));
                    }
                } else if (element instanceof XWPFSDT sdt) {
                    for (String part : sdt.getContent().getText().split("\n", -1)) {
                        paragraphs++;
                        parts.add(part);
                    }
                }
            }
            return String.join("\n", parts);
        }

        private static int gridSpan(XWPFTableCell cell) {
            CTTcPr pr = cell.getCTTc().getTcPr();
            if (pr == null || !pr.isSetGridSpan()) {
                return 1;
            }
            return clampLevel(pr.getGridSpan(), 1, 1000, 1);
        }

        private @Nullable Integer headingLevel(XWPFParagraph paragraph) {
            CTPPr pr = paragraph.getCTP().getPPr();
            if (pr != null && pr.isSetOutlineLvl()) {
                Integer level = outline(pr.getOutlineLvl());
                if (level != null) {
                    return level;
                }
            }
            String styleId = paragraph.getStyleID();
            if (styleId == null) {
                return null;
            }
            Set<String> seen = new HashSet<>();
            String id = styleId;
            while (id != null && seen.add(id) && seen.size() <= 20) {
                XWPFStyle style = styles == null ? null : styles.getStyle(id);
                Integer level = styleLevel(id, style);
                if (level != null) {
                    return level;
                }
                id = style == null ? null : style.getBasisStyleID();
            }
            return null;
        }

        private static @Nullable Integer styleLevel(String id, @Nullable XWPFStyle style) {
            if (style != null && style.getName() != null) {
                Matcher m = HEADING_STYLE.matcher(style.getName().strip());
                if (m.matches()) {
                    return Integer.parseInt(m.group(1));
                }
            }
            Matcher m = HEADING_STYLE.matcher(id.strip());
            if (m.matches()) {
                return Integer.parseInt(m.group(1));
            }
            if (style != null) {
                CTPPrGeneral pr = style.getCTStyle().getPPr();
                if (pr != null && pr.isSetOutlineLvl()) {
                    return outline(pr.getOutlineLvl());
                }
            }
            return null;
        }

        /** Outline level 0–8 is heading level 1–9; 9 is body text. */
        private static @Nullable Integer outline(CTDecimalNumber number) {
            int value = clampLevel(number, -1, 9, 9);
            return value >= 0 && value <= 8 ? value + 1 : null;
        }

        private static int clampLevel(CTDecimalNumber number, int min, int max, int otherwise) {
            BigInteger value = number.getVal();
            if (value == null || value.compareTo(BigInteger.valueOf(min)) < 0) {
                return otherwise;
            }
            if (value.compareTo(BigInteger.valueOf(max)) > 0) {
                return max;
            }
            return value.intValue();
        }
    }
}
