package org.lantu.ingest.internal.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.lantu.ingest.IngestLimits;
import org.lantu.ingest.internal.doc.RawDocument;
import org.lantu.ingest.internal.doc.SourceLine;

class PdfReaderTest {

    private static final IngestLimits LIMITS = IngestLimits.defaults();

    private final PdfReader reader = new PdfReader();

    @Test
    void readsTheTextLayerWithGlobalLinePageAndPageLine() throws Exception {
        RawDocument document = reader.read(Fixtures.textPdf(), LIMITS);

        assertThat(document.format()).isEqualTo("pdf");
        assertThat(document.lineCount()).isEqualTo(5);
        assertThat(document.blocks())
                .containsExactly(
                        new SourceLine(1, 1, 1, "Development Plan of Example Banner", null),
                        new SourceLine(2, 1, 2, "Chapter 1 Foundations", null),
                        new SourceLine(3, 1, 3, "The banner will build 12 parks by 2025.", null),
                        new SourceLine(4, 2, 1, "Chapter 2 Targets", null),
                        new SourceLine(5, 2, 2, "Sewage treatment rate above 95 percent.", null));
    }

    /**
     * Needs a CJK TrueType font on the machine (Debian package {@code fonts-wqy-microhei}); skipped without
     * one.
     */
    @Test
    void readsChineseText() throws Exception {
        Optional<Path> font = Fixtures.cjkFontFile();
        assumeTrue(font.isPresent(), "no CJK TrueType font installed (apt-get install fonts-wqy-microhei)");
        List<String> lines = List.of("第一章 示例旗发展基础", "到2025年，模拟县污水处理率达到95%以上。");

        RawDocument document = reader.read(Fixtures.cjkPdf(font.get(), lines), LIMITS);

        assertThat(document.blocks())
                .containsExactly(
                        new SourceLine(1, 1, 1, lines.get(0), null), new SourceLine(2, 1, 2, lines.get(1), null));
    }

    @Test
    void refusesAPdfWithoutATextLayer() throws Exception {
        assertThatThrownBy(() -> reader.read(Fixtures.drawingPdf(2, false), LIMITS))
                .isInstanceOf(UnreadableDocumentException.class)
                .hasMessage("the PDF has no text layer (a scanned image?); run OCR first");
    }

    @Test
    void refusesAScanWithATypedCoverPage() throws Exception {
        assertThatThrownBy(() -> reader.read(Fixtures.drawingPdf(4, true), LIMITS))
                .isInstanceOf(UnreadableDocumentException.class)
                .hasMessage("most pages of the PDF (4 of 5) have no text layer (scanned images?); run OCR first");
    }

    @Test
    void refusesAnEncryptedPdfWithoutThePassword() throws Exception {
        assertThatThrownBy(() -> reader.read(Fixtures.encryptedPdf(), LIMITS))
                .isInstanceOf(UnreadableDocumentException.class)
                .hasMessageStartingWith("the PDF is encrypted with a password");
    }

    @Test
    void refusesACorruptPdf() {
        byte[] corrupt = "%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 9 0 R >> endobj\n garbage \u0000\u0001 trailer"
                .getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> reader.read(corrupt, LIMITS))
                .isInstanceOf(UnreadableDocumentException.class)
                .hasMessageStartingWith("the PDF is damaged and cannot be read");
    }

    @Test
    void refusesATruncatedPdf() throws Exception {
        byte[] pdf = Fixtures.textPdf();
        byte[] truncated = java.util.Arrays.copyOf(pdf, 40);
        assertThatThrownBy(() -> reader.read(truncated, LIMITS))
                .isInstanceOf(UnreadableDocumentException.class)
                .hasMessageStartingWith("the PDF is damaged and cannot be read");
    }

    @Test
    void refusesAnEmptyFile() {
        assertThatThrownBy(() -> reader.read(new byte[0], LIMITS))
                .isInstanceOf(UnreadableDocumentException.class)
                .hasMessage("the file is empty");
    }

    @Test
    void refusesSomethingThatIsNotAPdf() throws Exception {
        assertThatThrownBy(() -> reader.read(Fixtures.docx(), LIMITS))
                .isInstanceOf(UnreadableDocumentException.class)
                .hasMessageStartingWith("the file is not a PDF (it is a ZIP archive");
        assertThatThrownBy(() -> reader.read("示例旗".getBytes(StandardCharsets.UTF_8), LIMITS))
                .isInstanceOf(UnreadableDocumentException.class)
                .hasMessageStartingWith("the file is not a PDF");
    }

    @Test
    void stopsWhenTheTimeBoxIsUsedUp() throws Exception {
        IngestLimits noTime = new IngestLimits(LIMITS.maxBytes(), LIMITS.maxExpandedBytes(), 0.01, Duration.ZERO);
        byte[] pdf = Fixtures.textPdf();
        assertThatThrownBy(() -> reader.read(pdf, noTime))
                .isInstanceOf(UnreadableDocumentException.class)
                .hasMessageStartingWith("reading the document took longer than the limit");
    }
}
