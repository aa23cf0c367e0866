package org.lantu.ingest.internal.read;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;
import org.lantu.ingest.IngestLimits;
import org.lantu.ingest.internal.doc.RawDocument;

/**
 * Picks the reader for a file by its extension, and guards it.
 *
 * <p>The reader {@link #forFileName} returns
 *
 * <ul>
 *   <li>refuses content larger than {@link IngestLimits#maxBytes()};
 *   <li>sniffs the content and refuses a file whose name lies about it (a {@code .txt} that is a PDF or a ZIP
 *       archive, a {@code .pdf} that is a DOCX, …) with a message that says what the file really is, rather
 *       than produce garbage;
 *   <li>enforces the time box {@link IngestLimits#maxParseTime()} hard: the format reader runs in a daemon
 *       worker thread, and when the time is up the caller gets an {@link UnreadableDocumentException} and the
 *       worker is interrupted. Work inside POI or PDFBox that ignores interrupts may go on in the background
 *       for a while, but the caller never hangs.
 * </ul>
 *
 * <p>Besides that hard limit, the format readers check the same deadline cooperatively in their own loops
 * (per body element, page or HTML element), so a runaway read also stops when a reader is used directly.
 */
public final class DocumentReaders {

    static final String SUPPORTED = "Lantu reads .txt, .docx, .pdf, .html";

    private static final AtomicInteger WORKERS = new AtomicInteger();

    private DocumentReaders() {}

    /**
     * @param fileName the file's name (a path is fine); only its extension matters
     * @return a guarded reader for that format
     * @throws UnreadableDocumentException for an extension Lantu does not read
     */
    public static DocumentReader forFileName(String fileName) throws UnreadableDocumentException {
        return forFileName(fileName, true);
    }

    /**
     * The same guard without a thread of its own for the time box, for a caller that already runs the
     * whole extraction (reading and what follows) in a time-boxed worker: one box, not two nested ones.
     */
    public static DocumentReader forFileNameInBoxedWorker(String fileName) throws UnreadableDocumentException {
        return forFileName(fileName, false);
    }

    private static DocumentReader forFileName(String fileName, boolean timeBox) throws UnreadableDocumentException {
        String extension = extension(fileName);
        Kind kind = switch (extension) {
            case "txt", "text" -> Kind.TEXT;
            case "docx" -> Kind.DOCX;
            case "pdf" -> Kind.PDF;
            case "html", "htm", "xhtml" -> Kind.HTML;
            default ->
                throw new UnreadableDocumentException((extension.isEmpty()
                                ? "a file without an extension"
                                : "unsupported file type '." + extension + "'")
                        + "; " + SUPPORTED);
        };
        return new GuardedReader(kind, formatReader(kind), timeBox);
    }

    private static DocumentReader formatReader(Kind kind) {
        return switch (kind) {
            case TEXT -> new TextReader();
            case DOCX -> new DocxReader();
            case PDF -> new PdfReader();
            case HTML -> new HtmlReader();
        };
    }

    /** The lower-case extension without the dot, or "" when the name has none. */
    static String extension(String fileName) {
        String name = fileName;
        int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        if (slash >= 0) {
            name = name.substring(slash + 1);
        }
        int dot = name.lastIndexOf('.');
        if (dot <= 0 || dot == name.length() - 1) {
            return "";
        }
        return name.substring(dot + 1).strip().toLowerCase(Locale.ROOT);
    }

    /** The formats Lantu reads. */
    enum Kind {
        TEXT,
        DOCX,
        PDF,
        HTML
    }

    /** What the first bytes of a file say it is. */
    enum Sniffed {
        EMPTY("an empty file"),
        PDF("a PDF document"),
        ZIP("a ZIP archive (a .docx or another Office file?)"),
        OLE2("an MS Office 97–2003 (OLE2) file, such as a .doc"),
        RTF("an RTF document"),
        IMAGE("an image"),
        HTML("an HTML page"),
        OTHER("something else");

        final String description;

        Sniffed(String description) {
            this.description = description;
        }
    }

    static Sniffed sniff(byte[] b) {
        if (b.length == 0) {
            return Sniffed.EMPTY;
        }
        if (startsWith(b, 0, new byte[] {'P', 'K', 3, 4}) || startsWith(b, 0, new byte[] {'P', 'K', 5, 6})) {
            return Sniffed.ZIP;
        }
        if (startsWith(b, 0, new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1})) {
            return Sniffed.OLE2;
        }
        if (indexOf(b, "%PDF-".getBytes(StandardCharsets.US_ASCII), 1024) >= 0) {
            return Sniffed.PDF;
        }
        if (startsWith(b, 0, "{\\rtf".getBytes(StandardCharsets.US_ASCII))) {
            return Sniffed.RTF;
        }
        if (startsWith(b, 0, new byte[] {(byte) 0x89, 'P', 'N', 'G'})
                || startsWith(b, 0, new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF})
                || startsWith(b, 0, "GIF8".getBytes(StandardCharsets.US_ASCII))
                || startsWith(b, 0, new byte[] {'I', 'I', 42, 0})
                || startsWith(b, 0, new byte[] {'M', 'M', 0, 42})) {
            return Sniffed.IMAGE;
        }
        String head = new String(b, 0, Math.min(b.length, 1024), StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
        if (head.contains("<html") || head.contains("<!doctype html")) {
            return Sniffed.HTML;
        }
        return Sniffed.OTHER;
    }

    private static boolean startsWith(byte[] b, int offset, byte[] prefix) {
        if (b.length - offset < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (b[offset + i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static int indexOf(byte[] b, byte[] needle, int within) {
        int last = Math.min(b.length - needle.length, within);
        for (int i = 0; i <= last; i++) {
            if (startsWith(b, i, needle)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Content that certainly is not of the expected kind: the reason to refuse it, or null. An HTML page in
     * a {@code .txt} is left to the text reader (it is text); an OLE2 file in a {@code .docx} is left to the
     * DOCX reader, which tells an encrypted DOCX from a Word 97 file.
     */
    static @Nullable String mismatch(Kind kind, byte[] content) {
        Sniffed sniffed = sniff(content);
        if (sniffed == Sniffed.EMPTY || sniffed == Sniffed.OTHER || sniffed == Sniffed.HTML) {
            return null;
        }
        boolean fits = switch (kind) {
            case TEXT, HTML -> false;
            case DOCX -> sniffed == Sniffed.ZIP || sniffed == Sniffed.OLE2;
            case PDF -> sniffed == Sniffed.PDF;
        };
        if (fits) {
            return null;
        }
        String should = switch (sniffed) {
            case PDF -> "; rename it to .pdf";
            case ZIP -> "; if it is a Word document, rename it to .docx";
            case OLE2 -> "; open it in Word or WPS and save it as .docx";
            case RTF -> "; open it in Word or WPS and save it as .docx";
            default -> "; " + SUPPORTED;
        };
        return "the file is named ." + kindName(kind) + " but it is " + sniffed.description + should;
    }

    private static String kindName(Kind kind) {
        return switch (kind) {
            case TEXT -> "txt";
            case DOCX -> "docx";
            case PDF -> "pdf";
            case HTML -> "html";
        };
    }

    /** The size, sniffing and time-box guard around a format reader. */
    private static final class GuardedReader implements DocumentReader {

        private final Kind kind;
        private final DocumentReader delegate;
        private final boolean timeBox;

        GuardedReader(Kind kind, DocumentReader delegate, boolean timeBox) {
            this.kind = kind;
            this.delegate = delegate;
            this.timeBox = timeBox;
        }

        @Override
        public RawDocument read(byte[] content, IngestLimits limits) throws UnreadableDocumentException {
            if (content.length > limits.maxBytes()) {
                throw new UnreadableDocumentException(
                        "the file is larger than " + size(limits.maxBytes()) + " (" + size(content.length) + ")");
            }
            String mismatch = mismatch(kind, content);
            if (mismatch != null) {
                throw new UnreadableDocumentException(mismatch);
            }
            // the format readers also check the deadline in their loops, boxed here or not
            return timeBox
                    ? withinTimeBox(() -> delegate.read(content, limits), limits.maxParseTime())
                    : delegate.read(content, limits);
        }

        @Override
        public String toString() {
            return "guarded " + delegate.getClass().getSimpleName();
        }
    }

    /** The reader behind a guarded one, for tests. */
    static DocumentReader unwrap(DocumentReader reader) {
        return reader instanceof GuardedReader guarded ? guarded.delegate : reader;
    }

    private static String size(long bytes) {
        if (bytes < 1024) {
            return bytes + " bytes";
        }
        if (bytes < 1024 * 1024) {
            return String.format(Locale.ROOT, "%.1f KB", bytes / 1024.0);
        }
        return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
    }

    /** A read that may throw the reader's exception. */
    interface Read {
        RawDocument run() throws UnreadableDocumentException;
    }

    /** Runs a read in a daemon worker thread and gives up on it when the time is up. */
    static RawDocument withinTimeBox(Read read, Duration timeBox) throws UnreadableDocumentException {
        FutureTask<RawDocument> task = new FutureTask<>(read::run);
        Thread worker = new Thread(task, "lantu-reader-" + WORKERS.incrementAndGet());
        worker.setDaemon(true);
        worker.start();
        try {
            return task.get(Math.max(0, timeBox.toNanos()), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            task.cancel(true);
            throw Deadline.exceeded(timeBox);
        } catch (InterruptedException e) {
            task.cancel(true);
            Thread.currentThread().interrupt();
            throw new UnreadableDocumentException("reading was interrupted", e);
        } catch (CancellationException e) {
            throw new UnreadableDocumentException("reading was cancelled", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof UnreadableDocumentException unreadable) {
                throw unreadable;
            }
            if (cause instanceof OutOfMemoryError) {
                throw new UnreadableDocumentException("the document needs more memory than Lantu allows", cause);
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new UnreadableDocumentException("the document could not be read (" + describe(cause) + ")", cause);
        }
    }

    /**
     * The deepest cause's own words, for a person: no exception class names, no Java package names
     * (they mean nothing to a planner), at most 160 characters.
     */
    public static String describe(@Nullable Throwable t) {
        if (t == null) {
            return "unknown error";
        }
        Throwable root = t;
        String message = null;
        for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
            root = c;
            if (c.getMessage() != null && !c.getMessage().isBlank()) {
                message = c.getMessage();
            }
        }
        if (message == null) {
            return root instanceof java.io.EOFException ? "the file ends too early" : "its content is malformed";
        }
        message = message.strip()
                .replaceAll("\\s+", " ")
                .replaceAll("\\b(?:[a-z]\\w*\\.)+[A-Z]\\w*(?:Exception|Error)?:?\\s*", "")
                .replaceAll("\\b\\w*(?:Exception|Error):\\s*", "")
                .replaceAll("\\bfrom \\w*(?:Channel|Stream)\\b", "")
                .strip();
        if (message.isEmpty()) {
            return "its content is malformed";
        }
        return message.length() > 160 ? message.substring(0, 160) + "…" : message;
    }

    /** The cooperative time box the format readers check in their loops. */
    static final class Deadline {

        private final long start = System.nanoTime();
        private final Duration timeBox;

        Deadline(Duration timeBox) {
            this.timeBox = timeBox;
        }

        boolean passed() {
            return System.nanoTime() - start >= timeBox.toNanos();
        }

        void check() throws UnreadableDocumentException {
            if (passed()) {
                throw exceeded(timeBox);
            }
        }

        static UnreadableDocumentException exceeded(Duration timeBox) {
            return new UnreadableDocumentException("reading the document took longer than the limit of "
                    + seconds(timeBox) + "; it is too large or complex, or malformed");
        }

        private static String seconds(Duration d) {
            long millis = d.toMillis();
            if (millis % 1000 == 0) {
                return (millis / 1000) + " s";
            }
            return String.format(Locale.ROOT, "%.1f s", millis / 1000.0);
        }
    }
}
