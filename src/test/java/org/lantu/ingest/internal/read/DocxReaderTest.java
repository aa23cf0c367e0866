package org.lantu.ingest.internal.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lantu.ingest.IngestLimits;
import org.lantu.ingest.internal.doc.RawBlock;
import org.lantu.ingest.internal.doc.RawDocument;
import org.lantu.ingest.internal.doc.SourceLine;
import org.lantu.ingest.internal.doc.SourceTable;
import org.lantu.ingest.internal.doc.SourceTable.SourceCell;

class DocxReaderTest {

    private static final IngestLimits LIMITS = IngestLimits.defaults();
    private static byte[] docx;

    private final DocxReader reader = new DocxReader();

    @BeforeAll
    static void build() throws Exception {
        docx = Fixtures.docx();
    }

    @Test
    void readsParagraphsInOrderNumberingEveryParagraphIncludingEmptyAndTableCellOnes() throws Exception {
        RawDocument document = reader.read(docx, LIMITS);

        assertThat(document.format()).isEqualTo("docx");
        assertThat(document.lineCount()).isEqualTo(13);
        List<RawBlock> blocks = document.blocks();
        assertThat(blocks).hasSize(8);
        assertThat(blocks.get(0)).isEqualTo(new SourceLine(1, null, null, "第一章 示例旗发展基础", 1));
        assertThat(blocks.get(1)).isEqualTo(new SourceLine(2, null, null, "", null));
        assertThat(blocks.get(2)).isEqualTo(new SourceLine(3, null, null, "模拟县坚持生态优先，绿色发展。", null));
        assertThat(blocks.get(3)).isEqualTo(new SourceLine(4, null, null, "一、主要目标", 2));
        assertThat(blocks.get(4)).isInstanceOf(SourceTable.class);
        assertThat(blocks.get(5)).isEqualTo(new SourceLine(11, null, null, "（一）城镇建设", 3));
        assertThat(blocks.get(6)).isEqualTo(new SourceLine(12, null, null, "1. 污水处理率达到95%以上", 4));
        assertThat(blocks.get(7)).isEqualTo(new SourceLine(13, null, null, "到2025年，建成区绿地率达到40%。", null));
    }

    @Test
    void readsARealTableWithCellLinesJoinedParagraphsAndGridSpan() throws Exception {
        SourceTable table = (SourceTable) reader.read(docx, LIMITS).blocks().get(4);

        assertThat(table.line()).isEqualTo(5);
        assertThat(table.rows())
                .containsExactly(
                        List.of(new SourceCell("指标", 5, 1), new SourceCell("2025年", 6, 2)),
                        List.of(
                                new SourceCell("常住人口", 7, 1),
                                new SourceCell("10.5\n（预计）", 8, 1),
                                new SourceCell("万人", 10, 1)));
    }

    @Test
    void refusesAnEmptyFile() {
        assertThatThrownBy(() -> reader.read(new byte[0], LIMITS))
                .isInstanceOf(UnreadableDocumentException.class)
                .hasMessage("the file is empty");
    }

    @Test
    void refusesBinaryGarbage() {
        byte[] garbage = new byte[4096];
        new Random(42).nextBytes(garbage);
        garbage[0] = 0x13; // not a ZIP, OLE2 or PDF signature by chance
        assertThatThrownBy(() -> reader.read(garbage, LIMITS))
                .isInstanceOf(UnreadableDocumentException.class)
                .hasMessageStartingWith("the file is not a DOCX");
    }

    @Test
    void refusesATruncatedDocx() {
        byte[] half = Arrays.copyOf(docx, docx.length / 2);
        assertThatThrownBy(() -> reader.read(half, LIMITS))
                .isInstanceOf(UnreadableDocumentException.class)
                .hasMessageStartingWith("the DOCX is damaged or truncated");
    }

    @Test
    void refusesADocxCutJustBeforeTheEnd() {
        byte[] cut = Arrays.copyOf(docx, docx.length - 10);
        assertThatThrownBy(() -> reader.read(cut, LIMITS))
                .isInstanceOf(UnreadableDocumentException.class)
                .hasMessageStartingWith("the DOCX is damaged or truncated");
    }

    @Test
    void refusesAZipBombByItsInflateRatio() throws Exception {
        byte[] bomb = Fixtures.docxBomb(200L * 1024 * 1024);
        assertThat(bomb.length).isLessThan(1024 * 1024);

        assertThatThrownBy(() -> reader.read(bomb, LIMITS))
                .isInstanceOf(UnreadableDocumentException.class)
                .hasMessageContaining("expands too much (zip bomb?)")
                .hasMessageContaining("word/document.xml");
    }

    @Test
    void refusesADocxThatExpandsBeyondTheLimitEvenWithoutARatioCheck() throws Exception {
        byte[] big = Fixtures.docxBomb(3L * 1024 * 1024);
        IngestLimits limits = new IngestLimits(LIMITS.maxBytes(), 1024 * 1024, 0.0, LIMITS.maxParseTime());

        assertThatThrownBy(() -> reader.read(big, limits))
                .isInstanceOf(UnreadableDocumentException.class)
                .hasMessage("the DOCX expands too much (zip bomb?): it unpacks to more than 1 MB");
    }

    @Test
    void refusesAnExternalEntityAndNeverResolvesIt(@TempDir Path dir) throws Exception {
        String secret = "SECRET-示例旗-" + System.nanoTime();
        Path file = dir.resolve("secret.txt");
        Files.writeString(file, secret, StandardCharsets.UTF_8);
        byte[] xxe = Fixtures.docxWithExternalEntity(file);
        assertThat(Fixtures.documentXml(xxe)).contains("<!DOCTYPE").contains("&xxe;");

        assertThatThrownBy(() -> reader.read(xxe, LIMITS))
                .isInstanceOf(UnreadableDocumentException.class)
                .hasMessageStartingWith("the DOCX contains an XML DOCTYPE")
                .hasMessageContaining("XXE")
                .hasMessageNotContaining(secret);
    }

    @Test
    void refusesAnInternalEntityExpansion() throws Exception {
        String xml = Fixtures.documentXml(docx);
        int end = xml.indexOf("?>") + 2;
        String laughs = "<!DOCTYPE w:document [<!ENTITY a \"示例示例示例示例\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;\">]>";
        byte[] billion = Fixtures.withDocumentXml(
                docx, xml.substring(0, end) + laughs + xml.substring(end).replace("主要目标", "&b;"));

        assertThatThrownBy(() -> reader.read(billion, LIMITS))
                .isInstanceOf(UnreadableDocumentException.class)
                .hasMessageStartingWith("the DOCX contains an XML DOCTYPE");
    }

    @Test
    void refusesAZipThatIsNotADocx() throws Exception {
        byte[] zip = Fixtures.zip("readme.txt", "示例旗");
        assertThatThrownBy(() -> reader.read(zip, LIMITS))
                .isInstanceOf(UnreadableDocumentException.class)
                .hasMessage("the file is a ZIP archive but not a DOCX (no word/document.xml)");
    }

    @Test
    void saysWhenTheZipIsASpreadsheet() throws Exception {
        byte[] xlsx = Fixtures.zip("[Content_Types].xml", "<Types/>", "xl/workbook.xml", "<workbook/>");
        assertThatThrownBy(() -> reader.read(xlsx, LIMITS))
                .isInstanceOf(UnreadableDocumentException.class)
                .hasMessageContaining("Excel workbook");
    }

    @Test
    void refusesAWord97DocWithAdvice() throws Exception {
        assertThatThrownBy(() -> reader.read(Fixtures.wordDoc97(), LIMITS))
                .isInstanceOf(UnreadableDocumentException.class)
                .hasMessage("the file is a .doc (Word 97–2003) file; save it as .docx");
    }

    @Test
    void refusesAnEncryptedDocx() throws Exception {
        assertThatThrownBy(() -> reader.read(Fixtures.encryptedDocx(), LIMITS))
                .isInstanceOf(UnreadableDocumentException.class)
                .hasMessageStartingWith("the DOCX is encrypted (password-protected)");
    }

    @Test
    void refusesAPdfNamedDocx() throws Exception {
        assertThatThrownBy(() -> reader.read(Fixtures.textPdf(), LIMITS))
                .isInstanceOf(UnreadableDocumentException.class)
                .hasMessageStartingWith("the file is a PDF, not a DOCX");
    }

    @Test
    void stopsWhenTheTimeBoxIsUsedUp() {
        IngestLimits noTime = new IngestLimits(LIMITS.maxBytes(), LIMITS.maxExpandedBytes(), 0.01, Duration.ZERO);
        assertThatThrownBy(() -> reader.read(docx, noTime))
                .isInstanceOf(UnreadableDocumentException.class)
                .hasMessageStartingWith("reading the document took longer than the limit of 0 s");
    }
}
