package org.lantu.ingest.internal.read;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/**
 * Small documents built in code for the reader tests. All text is fictional (示例旗, 模拟县).
 *
 * <p>{@link #docx()} has this body; the number is the paragraph ({@code line}) the reader must report:
 *
 * <pre>
 *  1  第一章 示例旗发展基础                 style Heading1 ("heading 1")        → level 1
 *  2  (empty)
 *  3  模拟县坚持生态优先，绿色发展。        no style
 *  4  一、主要目标                           style "a3" named "标题 2"          → level 2
 *     table, 2 rows:
 *  5    | 指标 | 2025年 (gridSpan 2) |
 *  6
 *  7    | 常住人口 | 10.5 / （预计） | 万人 |
 *  8,9       (the middle cell has two paragraphs)
 * 10
 * 11  （一）城镇建设                         style "PlanSection" basedOn "Outline3" (outlineLvl 2) → 3
 * 12  1. 污水处理率达到95%以上               direct outlineLvl 3                → level 4
 * 13  到2025年，建成区绿地率达到40%。        style "BodyText" ("Body Text")     → no level
 * </pre>
 */
public final class Fixtures {

    private Fixtures() {}

    // ---- DOCX ---------------------------------------------------------------------------------------

    public static byte[] docx() throws IOException {
        try (XWPFDocument doc = new XWPFDocument()) {
            XWPFStyles styles = doc.createStyles();
            addStyle(styles, "Heading1", "heading 1", null, null);
            addStyle(styles, "a3", "标题 2", null, null);
            addStyle(styles, "Outline3", "Outline three", null, 2);
            addStyle(styles, "PlanSection", "Plan section", "Outline3", null);
            addStyle(styles, "BodyText", "Body Text", null, null);

            paragraph(doc, "第一章 示例旗发展基础", "Heading1");
            paragraph(doc, "", null);
            paragraph(doc, "模拟县坚持生态优先，绿色发展。", null);
            paragraph(doc, "一、主要目标", "a3");

            XWPFTable table = doc.createTable(2, 3);
            XWPFTableRow header = table.getRow(0);
            header.getCell(0).getParagraphs().get(0).createRun().setText("指标");
            header.getCell(1).getParagraphs().get(0).createRun().setText("2025年");
            header.getCell(1).getCTTc().addNewTcPr().addNewGridSpan().setVal(BigInteger.valueOf(2));
            header.removeCell(2);
            XWPFTableRow row = table.getRow(1);
            row.getCell(0).getParagraphs().get(0).createRun().setText("常住人口");
            row.getCell(1).getParagraphs().get(0).createRun().setText("10.5");
            row.getCell(1).addParagraph().createRun().setText("（预计）");
            row.getCell(2).getParagraphs().get(0).createRun().setText("万人");

            paragraph(doc, "（一）城镇建设", "PlanSection");
            XWPFParagraph outlined = paragraph(doc, "1. 污水处理率达到95%以上", null);
            outlined.getCTP().addNewPPr().addNewOutlineLvl().setVal(BigInteger.valueOf(3));
            paragraph(doc, "到2025年，建成区绿地率达到40%。", "BodyText");
            return write(doc);
        }
    }

    private static void addStyle(XWPFStyles styles, String id, String name, String basedOn, Integer outlineLevel) {
        CTStyle ct = CTStyle.Factory.newInstance();
        ct.setStyleId(id);
        ct.setType(STStyleType.PARAGRAPH);
        ct.addNewName().setVal(name);
        if (basedOn != null) {
            ct.addNewBasedOn().setVal(basedOn);
        }
        if (outlineLevel != null) {
            ct.addNewPPr().addNewOutlineLvl().setVal(BigInteger.valueOf(outlineLevel));
        }
        styles.addStyle(new XWPFStyle(ct, styles));
    }

    private static XWPFParagraph paragraph(XWPFDocument doc, String text, String style) {
        XWPFParagraph p = doc.createParagraph();
        if (style != null) {
            p.setStyle(style);
        }
        if (!text.isEmpty()) {
            p.createRun().setText(text);
        }
        return p;
    }

    private static byte[] write(XWPFDocument doc) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        doc.write(out);
        return out.toByteArray();
    }

    /** The DOCX with its document.xml replaced. */
    static byte[] withDocumentXml(byte[] docx, String documentXml) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(docx));
                ZipOutputStream zip = new ZipOutputStream(out)) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                zip.putNextEntry(new ZipEntry(entry.getName()));
                if (entry.getName().equals("word/document.xml")) {
                    zip.write(documentXml.getBytes(StandardCharsets.UTF_8));
                } else {
                    in.transferTo(zip);
                }
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    static String documentXml(byte[] docx) throws IOException {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(docx))) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                if (entry.getName().equals("word/document.xml")) {
                    return new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
        throw new IOException("no word/document.xml");
    }

    /**
     * A DOCX whose document.xml declares an external entity pointing at {@code secret} and uses it in the
     * text.
     */
    public static byte[] docxWithExternalEntity(Path secret) throws IOException {
        byte[] docx = docx();
        String xml = documentXml(docx);
        int declarationEnd = xml.indexOf("?>") + 2;
        String doctype = "<!DOCTYPE w:document [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>";
        xml = xml.substring(0, declarationEnd) + doctype + xml.substring(declarationEnd);
        xml = xml.replace("模拟县坚持生态优先", "&xxe;模拟县坚持生态优先");
        return withDocumentXml(docx, xml);
    }

    /** A minimal OOXML package around a document.xml made of {@code size} repeated bytes, written streaming. */
    public static byte[] docxBomb(long size) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types"
                            + " xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Default"
                            + " Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                            + "<Override PartName=\"/word/document.xml\""
                            + " ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>"
                            + "</Types>")
                    .getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("_rels/.rels"));
            zip.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships"
                            + " xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship"
                            + " Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\""
                            + " Target=\"word/document.xml\"/></Relationships>")
                    .getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            byte[] chunk = new byte[64 * 1024];
            Arrays.fill(chunk, (byte) ' ');
            for (long written = 0; written < size; written += chunk.length) {
                zip.write(chunk, 0, (int) Math.min(chunk.length, size - written));
            }
            zip.closeEntry();
        }
        return out.toByteArray();
    }

    /** A ZIP archive with the given entries (name, text). */
    static byte[] zip(String... namesAndTexts) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (int i = 0; i < namesAndTexts.length; i += 2) {
                zip.putNextEntry(new ZipEntry(namesAndTexts[i]));
                zip.write(namesAndTexts[i + 1].getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    /** An OLE2 file with a WordDocument stream, as a Word 97–2003 .doc has. */
    public static byte[] wordDoc97() throws IOException {
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            fs.createDocument(new ByteArrayInputStream(new byte[4096]), "WordDocument");
            fs.createDocument(new ByteArrayInputStream(new byte[4096]), "1Table");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            fs.writeFilesystem(out);
            return out.toByteArray();
        }
    }

    /** The fixture DOCX, encrypted with a password the way Word does it (agile encryption in OLE2). */
    static byte[] encryptedDocx() throws Exception {
        byte[] docx = docx();
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
            Encryptor encryptor = info.getEncryptor();
            encryptor.confirmPassword("示例密码");
            try (OutputStream os = encryptor.getDataStream(fs)) {
                os.write(docx);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            fs.writeFilesystem(out);
            return out.toByteArray();
        }
    }

    // ---- PDF ----------------------------------------------------------------------------------------

    static final List<List<String>> PDF_PAGES = List.of(
            List.of(
                    "Development Plan of Example Banner",
                    "Chapter 1 Foundations",
                    "The banner will build 12 parks by 2025."),
            List.of("Chapter 2 Targets", "Sewage treatment rate above 95 percent."));

    /** Two pages of Latin text, lines as in {@link #PDF_PAGES}. */
    static byte[] textPdf() throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDFont font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            for (List<String> lines : PDF_PAGES) {
                addTextPage(doc, font, lines);
            }
            return save(doc);
        }
    }

    /** One page of Chinese text in the given CJK font. */
    public static byte[] cjkPdf(Path fontFile, List<String> lines) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            addTextPage(doc, loadCjkFont(doc, fontFile), lines);
            return save(doc);
        }
    }

    private static PDFont loadCjkFont(PDDocument doc, Path fontFile) throws IOException {
        if (!fontFile.toString().toLowerCase().endsWith(".ttc")) {
            return PDType0Font.load(doc, fontFile.toFile());
        }
        // the collection must stay open until the document is saved; the test JVM ends soon anyway
        TrueTypeCollection collection = new TrueTypeCollection(fontFile.toFile());
        AtomicReference<TrueTypeFont> first = new AtomicReference<>();
        collection.processAllFonts(font -> first.compareAndSet(null, font));
        return PDType0Font.load(doc, first.get(), true);
    }

    /** The first CJK TrueType font file present on this machine, if any. */
    public static Optional<Path> cjkFontFile() {
        return List.of(
                        "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
                        "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
                        "/usr/share/fonts/truetype/arphic/uming.ttc",
                        "/usr/share/fonts/truetype/arphic/ukai.ttc")
                .stream()
                .map(Path::of)
                .filter(Files::isReadable)
                .findFirst();
    }

    private static void addTextPage(PDDocument doc, PDFont font, List<String> lines) throws IOException {
        PDPage page = new PDPage(PDRectangle.A4);
        doc.addPage(page);
        try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
            content.beginText();
            content.setFont(font, 12);
            content.newLineAtOffset(72, 760);
            for (String line : lines) {
                content.showText(line);
                content.newLineAtOffset(0, -24);
            }
            content.endText();
        }
    }

    /** Pages with only a filled rectangle each (what a scan looks like to a text stripper); optionally a text page first. */
    public static byte[] drawingPdf(int drawnPages, boolean textCover) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            if (textCover) {
                addTextPage(
                        doc,
                        new PDType1Font(Standard14Fonts.FontName.HELVETICA),
                        List.of(
                                "Example Banner Five-Year Plan, scanned copy, cover page with a typed title",
                                "Issued by the People's Government of Example Banner, December 2021"));
            }
            for (int i = 0; i < drawnPages; i++) {
                PDPage page = new PDPage(PDRectangle.A4);
                doc.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                    content.addRect(72, 72, 400, 600);
                    content.fill();
                }
            }
            return save(doc);
        }
    }

    /** The text PDF, encrypted with a user password. */
    public static byte[] encryptedPdf() throws IOException {
        try (PDDocument doc = new PDDocument()) {
            addTextPage(doc, new PDType1Font(Standard14Fonts.FontName.HELVETICA), PDF_PAGES.get(0));
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner", "user", new AccessPermission());
            policy.setEncryptionKeyLength(128);
            doc.protect(policy);
            return save(doc);
        }
    }

    private static byte[] save(PDDocument doc) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        doc.save(out);
        return out.toByteArray();
    }

    // ---- HTML ---------------------------------------------------------------------------------------

    /**
     * A government-site page: site header, navigation, breadcrumb, script, the article in {@code <main>} with
     * headings, a paragraph wrapped across source lines, a {@code <br>}, a list, a data table with a colspan, and
     * a footer. Line numbers matter: see the tests.
     */
    static final String HTML = """
            <!DOCTYPE html>
            <html>
            <head>
            <meta charset="utf-8">
            <title>示例旗人民政府</title>
            <style>p { color: red; }</style>
            </head>
            <body>
            <header class="site-header"><div class="logo">示例旗人民政府门户网站</div></header>
            <nav><ul><li><a href="/">首页</a></li><li><a href="/zwgk">政务公开</a></li></ul></nav>
            <div class="breadcrumb">首页 &gt; 规划计划</div>
            <div id="topMenu"><a href="/">网站地图</a></div>
            <script>var secretTracker = "不要读我";</script>
            <main>
            <article>
            <header><h1>示例旗国民经济和社会发展第十四个五年规划纲要</h1></header>
            <h2>第一章 发展基础</h2>
            <p>“十三五”时期，示例旗经济
            持续健康发展。</p>
            <p>第一行<br>第二行 with   spaces</p>
            <ul><li>建设生态示范区</li><li>推进乡村振兴</li></ul>
            <div>直接文字<p>段落文字</p></div>
            <table>
            <caption>专栏1 主要指标</caption>
            <tr><th>指标</th><th colspan="2">2025年</th></tr>
            <tr><td>常住人口</td><td>10.5</td><td>万人</td></tr>
            </table>
            </article>
            </main>
            <aside class="related">相关文章</aside>
            <footer>版权所有：示例旗人民政府</footer>
            </body>
            </html>
            """;
}
