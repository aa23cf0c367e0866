package org.lantu.ingest.internal.doc;

/** A unit of the normalised document: a paragraph or a table. */
public sealed interface Block permits Paragraph, Table {
    int line();
}
