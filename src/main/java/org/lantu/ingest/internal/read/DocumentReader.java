package org.lantu.ingest.internal.read;

import org.lantu.ingest.IngestLimits;
import org.lantu.ingest.internal.doc.RawDocument;

/** Reads one document format into a {@link RawDocument}. Implementations are stateless and thread-safe. */
public interface DocumentReader {

    /**
     * @param content the whole file
     * @param limits the limits to enforce while reading
     * @throws UnreadableDocumentException with a one-line reason (no file name) when the content cannot be
     *     read
     */
    RawDocument read(byte[] content, IngestLimits limits) throws UnreadableDocumentException;
}
