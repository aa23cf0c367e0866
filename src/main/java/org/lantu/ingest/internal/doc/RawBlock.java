package org.lantu.ingest.internal.doc;

/** A line of text or a real table, as read from the source. */
public sealed interface RawBlock permits SourceLine, SourceTable {
    /** The 1-based source line (DOCX paragraph) where the block starts. */
    int line();
}
