package org.lantu.ingest.internal.read;

import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jspecify.annotations.Nullable;
import org.lantu.ingest.IngestLimits;
import org.lantu.ingest.internal.doc.RawBlock;
import org.lantu.ingest.internal.doc.RawDocument;
import org.lantu.ingest.internal.doc.SourceLine;
import org.lantu.ingest.internal.read.DocumentReaders.Deadline;

/**
 * PDF through Apache PDFBox: the text layer, page by page, sorted by position.
 *
 * <p>Every non-blank line the text stripper produces becomes a {@link SourceLine} with {@code line} counted
 * over the whole document (1-based), {@code page} and {@code pageLine} (1-based on its page). Blank lines are
 * skipped and not counted. Lines come back as the PDF wraps them; joining them into paragraphs is the
 * normaliser's job.
 *
 * <p><b>No text layer.</b> A scanned PDF has pages but (almost) no text, and PDFBox reports no error. The
 * reader refuses a PDF with fewer than {@value #MIN_CHARS_PER_PAGE} non-whitespace characters per page on
 * average, and one of four or more pages where more than half the pages have no text at all (a scan with a
 * typed cover page).
 *
 * <p><b>Hostile input.</b> Encrypted PDFs that need a password, damaged PDFs and files that are not PDFs are
 * refused with a reason. The document is loaded from the byte array (no copy), and the scratch buffers PDFBox
 * needs go to memory up to {@value #MAIN_MEMORY_BYTES} bytes and then to temporary files, at most {@link
 * IngestLimits#maxExpandedBytes()} in all, so a huge PDF cannot exhaust the heap that way. Decoding one very
 * large content stream still happens in memory inside PDFBox; the time box bounds it.
 *
 * <p><b>Time box.</b> The deadline ({@link IngestLimits#maxParseTime()}) is checked before each page and
 * every few thousand content-stream operators; {@link DocumentReaders} in addition runs the whole read in a
 * worker thread it gives up on when the time is up.
 */
public final class PdfReader implements DocumentReader {

    static final int MIN_CHARS_PER_PAGE = 20;
    static final String NO_TEXT_LAYER = "the PDF has no text layer (a scanned image?); run OCR first";
    private static final long MAIN_MEMORY_BYTES = 32L * 1024 * 1024;

    @Override
    public RawDocument read(byte[] content, IngestLimits limits) throws UnreadableDocumentException {
        Deadline deadline = new Deadline(limits.maxParseTime());
        DocumentReaders.Sniffed sniffed = DocumentReaders.sniff(content);
        if (sniffed == DocumentReaders.Sniffed.EMPTY) {
            throw new UnreadableDocumentException("the file is empty");
        }
        if (sniffed != DocumentReaders.Sniffed.PDF) {
            throw new UnreadableDocumentException("the file is not a PDF (it is " + sniffed.description + ")");
        }
        MemoryUsageSetting memory = MemoryUsageSetting.setupMixed(
                MAIN_MEMORY_BYTES, Math.max(MAIN_MEMORY_BYTES, limits.maxExpandedBytes()));
        try (PDDocument document = Loader.loadPDF(content, "", null, null, memory.streamCache)) {
            deadline.check();
            return extract(document, deadline);
        } catch (InvalidPasswordException e) {
            throw new UnreadableDocumentException(
                    "the PDF is encrypted with a password; save an unprotected copy and read that", e);
        } catch (TimeUp e) {
            throw e.reason;
        } catch (IOException | RuntimeException | StackOverflowError e) {
            String message = String.valueOf(e.getMessage()).toLowerCase(java.util.Locale.ROOT);
            if (message.contains("security handler") || message.contains("decrypt")) {
                throw new UnreadableDocumentException(
                        "the PDF is encrypted in a way Lantu cannot open; save an unprotected copy and read that", e);
            }
            throw new UnreadableDocumentException(
                    "the PDF is damaged and cannot be read (" + DocumentReaders.describe(e) + ")", e);
        }
    }

    private static RawDocument extract(PDDocument document, Deadline deadline)
            throws IOException, UnreadableDocumentException {
        int pages = document.getNumberOfPages();
        if (pages == 0) {
            throw new UnreadableDocumentException("the PDF has no pages");
        }
        PageStripper stripper = new PageStripper(deadline);
        stripper.setSortByPosition(true);
        stripper.setLineSeparator("\n");
        StringWriter out = new StringWriter();
        stripper.writeText(document, out);

        List<RawBlock> lines = new ArrayList<>();
        String text = out.toString();
        long characters = 0;
        int emptyPages = 0;
        int line = 0;
        for (int page = 1; page <= pages; page++) {
            int[] range = stripper.range(page);
            if (range == null) {
                emptyPages++;
                continue;
            }
            int pageLine = 0;
            int pageCharacters = 0;
            for (String part : text.substring(range[0], range[1]).split("\n")) {
                if (part.isBlank()) {
                    continue;
                }
                pageCharacters += nonWhitespace(part);
                lines.add(new SourceLine(++line, page, ++pageLine, part, null));
            }
            characters += pageCharacters;
            if (pageCharacters == 0) {
                emptyPages++;
            }
        }
        if (characters < (long) MIN_CHARS_PER_PAGE * pages) {
            throw new UnreadableDocumentException(NO_TEXT_LAYER);
        }
        if (pages >= 4 && emptyPages * 2 > pages) {
            throw new UnreadableDocumentException("most pages of the PDF (" + emptyPages + " of " + pages
                    + ") have no text layer (scanned images?); run OCR first");
        }
        return new RawDocument("pdf", "pdf", List.copyOf(lines), line);
    }

    private static int nonWhitespace(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!Character.isWhitespace(c) && !Character.isSpaceChar(c)) {
                n++;
            }
        }
        return n;
    }

    /** The time box, carried through PDFBox as an IOException. */
    private static final class TimeUp extends IOException {

        private static final long serialVersionUID = 1L;

        final transient UnreadableDocumentException reason;

        TimeUp(UnreadableDocumentException reason) {
            super(reason.getMessage());
            this.reason = reason;
        }
    }

    /** A text stripper that remembers where each page's text starts and ends, and watches the clock. */
    private static final class PageStripper extends PDFTextStripper {

        private final Deadline deadline;
        private final List<int @Nullable []> ranges = new ArrayList<>();
        private int pageStart;
        private int operators;

        PageStripper(Deadline deadline) {
            this.deadline = deadline;
        }

        @Override
        public void processPage(PDPage page) throws IOException {
            checkDeadline();
            super.processPage(page);
        }

        @Override
        protected void startPage(PDPage page) throws IOException {
            output.flush();
            pageStart = length();
            super.startPage(page);
        }

        @Override
        protected void endPage(PDPage page) throws IOException {
            super.endPage(page);
            output.flush();
            int page1 = getCurrentPageNo();
            while (ranges.size() < page1 - 1) {
                ranges.add(null);
            }
            ranges.add(new int[] {pageStart, length()});
        }

        @Override
        protected void processOperator(Operator operator, List<COSBase> operands) throws IOException {
            if ((++operators & 0xFFF) == 0) {
                checkDeadline();
            }
            super.processOperator(operator, operands);
        }

        private void checkDeadline() throws TimeUp {
            if (deadline.passed()) {
                try {
                    deadline.check();
                } catch (UnreadableDocumentException e) {
                    throw new TimeUp(e);
                }
            }
        }

        private int length() {
            return ((StringWriter) output).getBuffer().length();
        }

        int @Nullable [] range(int page) {
            return page - 1 < ranges.size() ? ranges.get(page - 1) : null;
        }
    }
}
