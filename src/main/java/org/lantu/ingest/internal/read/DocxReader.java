package org.lantu.ingest.internal.read;

import org.lantu.ingest.IngestLimits;
import org.lantu.ingest.internal.doc.RawDocument;

/** Placeholder until the Docx reader lands. */
public final class DocxReader implements DocumentReader {

    @Override
    public RawDocument read(byte[] content, IngestLimits limits) throws UnreadableDocumentException {
        throw new UnreadableDocumentException("Docx documents are not supported yet");
    }
}
