package org.lantu.ingest.internal.doc;

import java.util.List;

/**
 * A document as a reader delivers it: its blocks in reading order, before any normalisation.
 *
 * @param format {@code txt}, {@code docx}, {@code pdf} or {@code html}
 * @param encoding the detected character encoding for text, the container format otherwise
 * @param lineCount how many lines (or DOCX paragraphs) the source has, for locations
 */
public record RawDocument(String format, String encoding, List<RawBlock> blocks, int lineCount) {}
