package org.lantu.ingest.internal.read;

import org.lantu.ingest.IngestLimits;
import org.lantu.ingest.internal.doc.RawDocument;

/** Placeholder until the Pdf reader lands. */
public final class PdfReader implements DocumentReader {

    @Override
    public RawDocument read(byte[] content, IngestLimits limits) throws UnreadableDocumentException {
        throw new UnreadableDocumentException("Pdf documents are not supported yet");
    }
}
