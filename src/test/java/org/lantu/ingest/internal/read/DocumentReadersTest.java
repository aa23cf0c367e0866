package org.lantu.ingest.internal.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.lantu.ingest.IngestLimits;
import org.lantu.ingest.internal.doc.RawDocument;
import org.lantu.ingest.internal.doc.SourceLine;

class DocumentReadersTest {

    private static final IngestLimits LIMITS = IngestLimits.defaults();

    @ParameterizedTest
    @CsvSource({
        "plan.txt, TextReader",
        "plan.TEXT, TextReader",
        "规划/示例旗规划.DOCX, DocxReader",
        "C:\\docs\\plan.pdf, PdfReader",
        "plan.html, HtmlReader",
        "plan.htm, HtmlReader",
        "plan.xhtml, HtmlReader"
    })
    void picksTheReaderByExtension(String fileName, String reader) throws Exception {
        assertThat(DocumentReaders.unwrap(DocumentReaders.forFileName(fileName))
                        .getClass()
                        .getSimpleName())
                .isEqualTo(reader);
    }

    @Test
    void refusesAnUnsupportedExtension() {
        assertThatThrownBy(() -> DocumentReaders.forFileName("指标.XLS"))
                .isInstanceOf(UnreadableDocumentException.class)
                .hasMessage("unsupported file type '.xls'; Lantu reads .txt, .docx, .pdf, .html");
        assertThatThrownBy(() -> DocumentReaders.forFileName("README"))
                .isInstanceOf(UnreadableDocumentException.class)
                .hasMessage("a file without an extension; Lantu reads .txt, .docx, .pdf, .html");
    }

    @Test
    void saysWhenATxtIsReallyAPdfOrADocx() throws Exception {
        DocumentReader txt = DocumentReaders.forFileName("plan.txt");
        byte[] pdf = Fixtures.textPdf();
        byte[] docx = Fixtures.docx();

        assertThatThrownBy(() -> txt.read(pdf, LIMITS))
                .isInstanceOf(UnreadableDocumentException.class)
                .hasMessage("the file is named .txt but it is a PDF document; rename it to .pdf");
        assertThatThrownBy(() -> txt.read(docx, LIMITS))
                .isInstanceOf(UnreadableDocumentException.class)
                .hasMessageStartingWith("the file is named .txt but it is a ZIP archive");
    }

    @Test
    void saysWhenAPdfIsReallyADocx() throws Exception {
        byte[] docx = Fixtures.docx();
        assertThatThrownBy(() -> DocumentReaders.forFileName("plan.pdf").read(docx, LIMITS))
                .isInstanceOf(UnreadableDocumentException.class)
                .hasMessage("the file is named .pdf but it is a ZIP archive (a .docx or another Office file?);"
                        + " if it is a Word document, rename it to .docx");
    }

    @Test
    void leavesAWord97FileNamedDocxToTheDocxReader() throws Exception {
        byte[] doc = Fixtures.wordDoc97();
        assertThatThrownBy(() -> DocumentReaders.forFileName("plan.docx").read(doc, LIMITS))
                .isInstanceOf(UnreadableDocumentException.class)
                .hasMessage("the file is a .doc (Word 97–2003) file; save it as .docx");
    }

    @Test
    void readsThroughTheGuardedReader() throws Exception {
        RawDocument text = DocumentReaders.forFileName("plan.txt")
                .read("第一章 示例旗\n第一节 总体要求\n".getBytes(StandardCharsets.UTF_8), LIMITS);
        assertThat(text.blocks()).containsExactly(SourceLine.plain(1, "第一章 示例旗"), SourceLine.plain(2, "第一节 总体要求"));

        RawDocument docx = DocumentReaders.forFileName("plan.docx").read(Fixtures.docx(), LIMITS);
        assertThat(docx.lineCount()).isEqualTo(13);
    }

    @Test
    void passesTheReadersRefusalThrough() {
        assertThatThrownBy(() -> DocumentReaders.forFileName("plan.txt").read(new byte[0], LIMITS))
                .isInstanceOf(UnreadableDocumentException.class)
                .hasMessage("the file is empty");
    }

    @Test
    void refusesAFileOverTheSizeLimit() {
        byte[] content = "示例旗规划".repeat(100).getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> DocumentReaders.forFileName("plan.txt").read(content, LIMITS.withMaxBytes(1024)))
                .isInstanceOf(UnreadableDocumentException.class)
                .hasMessage("the file is larger than 1.0 KB (1.5 KB)");
    }

    @Test
    void givesUpOnAReadThatNeverEndsAndInterruptsIt() throws Exception {
        CountDownLatch never = new CountDownLatch(1);
        CountDownLatch interrupted = new CountDownLatch(1);

        assertThatThrownBy(() -> DocumentReaders.withinTimeBox(
                        () -> {
                            try {
                                never.await();
                            } catch (InterruptedException e) {
                                interrupted.countDown();
                            }
                            return new RawDocument("txt", "UTF-8", List.of(), 0);
                        },
                        Duration.ofMillis(200)))
                .isInstanceOf(UnreadableDocumentException.class)
                .hasMessageStartingWith("reading the document took longer than the limit of 0.2 s");
        assertThat(interrupted.await(10, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void reportsAnUnexpectedReaderFailure() {
        assertThatThrownBy(() -> DocumentReaders.withinTimeBox(
                        () -> {
                            throw new IllegalStateException("boom");
                        },
                        Duration.ofSeconds(10)))
                .isInstanceOf(UnreadableDocumentException.class)
                .hasMessage("the document could not be read (boom)");
    }

    @Test
    void sniffsContent() throws Exception {
        assertThat(DocumentReaders.sniff(new byte[0])).isEqualTo(DocumentReaders.Sniffed.EMPTY);
        assertThat(DocumentReaders.sniff(Fixtures.textPdf())).isEqualTo(DocumentReaders.Sniffed.PDF);
        assertThat(DocumentReaders.sniff(Fixtures.docx())).isEqualTo(DocumentReaders.Sniffed.ZIP);
        assertThat(DocumentReaders.sniff(Fixtures.wordDoc97())).isEqualTo(DocumentReaders.Sniffed.OLE2);
        assertThat(DocumentReaders.sniff(Fixtures.HTML.getBytes(StandardCharsets.UTF_8)))
                .isEqualTo(DocumentReaders.Sniffed.HTML);
        assertThat(DocumentReaders.sniff("示例旗".getBytes(StandardCharsets.UTF_8)))
                .isEqualTo(DocumentReaders.Sniffed.OTHER);
    }
}
