package org.lantu.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.lantu.ingest.internal.Pipeline;
import org.lantu.ingest.internal.doc.RawDocument;
import org.lantu.ingest.internal.read.DocumentReader;
import org.lantu.ingest.internal.read.DocumentReaders;
import org.lantu.ingest.internal.read.UnreadableDocumentException;
import org.lantu.plan.ExtractedPlan;

/**
 * Reads plan documents into {@link ExtractedPlan}s. Thread-safe; one instance can serve a whole process.
 * Every failure is an {@link IngestException} naming the file and the reason; reading is time-boxed.
 */
public final class IngestService implements AutoCloseable {

    private final IngestLimits limits;
    private final Pipeline pipeline = new Pipeline();
    private final ExecutorService worker = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "lantu-ingest");
        t.setDaemon(true);
        return t;
    });

    public IngestService() {
        this(IngestLimits.defaults());
    }

    public IngestService(IngestLimits limits) {
        this.limits = limits;
    }

    public ExtractedPlan extract(Path file) throws IngestException {
        String name = file.toString();
        long size;
        try {
            if (Files.isDirectory(file)) {
                throw new IngestException(name, "is a directory, not a document");
            }
            size = Files.size(file);
        } catch (NoSuchFileException e) {
            throw new IngestException(name, "no such file");
        } catch (IOException e) {
            throw new IngestException(name, "cannot be read (" + e.getMessage() + ")");
        }
        if (size > limits.maxBytes()) {
            throw new IngestException(name, tooLarge(size));
        }
        byte[] content;
        try {
            content = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new IngestException(name, "cannot be read (" + e.getMessage() + ")");
        }
        return extract(content, name);
    }

    /**
     * @param fileName the name to report and to choose the reader by (its extension)
     */
    public ExtractedPlan extract(byte[] content, String fileName) throws IngestException {
        if (content.length > limits.maxBytes()) {
            throw new IngestException(fileName, tooLarge(content.length));
        }
        DocumentReader reader;
        try {
            // the worker below boxes reading and the pipeline together
            reader = DocumentReaders.forFileNameInBoxedWorker(fileName);
        } catch (UnreadableDocumentException e) {
            throw new IngestException(fileName, e.getMessage());
        }
        Future<ExtractedPlan> job = worker.submit(() -> {
            RawDocument raw = reader.read(content, limits);
            return pipeline.run(raw, fileName, sha256(content));
        });
        try {
            return job.get(limits.maxParseTime().toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            job.cancel(true);
            throw new IngestException(
                    fileName,
                    "reading took longer than " + limits.maxParseTime().toSeconds() + " s and was stopped");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            job.cancel(true);
            throw new IngestException(fileName, "reading was interrupted");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof UnreadableDocumentException u) {
                throw new IngestException(fileName, u.getMessage(), u);
            }
            if (cause instanceof OutOfMemoryError) {
                throw new IngestException(fileName, "the document needs more memory than Lantu allows for one file");
            }
            throw new IngestException(
                    fileName, "Lantu failed on this document (" + DocumentReaders.describe(cause) + ")", cause);
        }
    }

    private String tooLarge(long size) {
        return String.format(
                "the file is %.1f MB, over the limit of %.1f MB (raise it with --max-size)",
                size / 1048576.0, limits.maxBytes() / 1048576.0);
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    @Override
    public void close() {
        worker.shutdownNow();
    }

    /**
     * The source's lines as a person sees them (DOCX: paragraphs; PDF: lines of the text layer), numbered
     * as item locations are, for showing an item in its place.
     */
    public java.util.List<String> sourceLines(byte[] content, String fileName) throws IngestException {
        try {
            RawDocument raw = DocumentReaders.forFileName(fileName).read(content, limits);
            String[] lines = new String[raw.lineCount()];
            java.util.Arrays.fill(lines, "");
            for (var block : raw.blocks()) {
                if (block instanceof org.lantu.ingest.internal.doc.SourceLine l
                        && l.line() >= 1
                        && l.line() <= lines.length) {
                    lines[l.line() - 1] = l.text();
                } else if (block instanceof org.lantu.ingest.internal.doc.SourceTable t) {
                    for (var row : t.rows()) {
                        for (var cell : row) {
                            if (cell.line() >= 1 && cell.line() <= lines.length) {
                                lines[cell.line() - 1] = lines[cell.line() - 1].isEmpty()
                                        ? cell.text()
                                        : lines[cell.line() - 1] + "\t" + cell.text();
                            }
                        }
                    }
                }
            }
            return java.util.List.of(lines);
        } catch (UnreadableDocumentException e) {
            throw new IngestException(fileName, e.getMessage(), e);
        }
    }
}
