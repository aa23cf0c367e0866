package org.lantu.ingest.internal.read;

import org.lantu.ingest.IngestLimits;
import org.lantu.ingest.internal.doc.RawDocument;

/** Placeholder until the Html reader lands. */
public final class HtmlReader implements DocumentReader {

    @Override
    public RawDocument read(byte[] content, IngestLimits limits) throws UnreadableDocumentException {
        throw new UnreadableDocumentException("Html documents are not supported yet");
    }
}
