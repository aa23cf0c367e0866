package org.lantu.ingest.internal.doc;

import java.util.List;

/** A real table of the source (DOCX, HTML): rows of cells, each cell with its text and line. */
public record SourceTable(int line, List<List<SourceCell>> rows) implements RawBlock {

    /** One cell; {@code line} is where it sits in the source, {@code colSpan} how many columns it covers. */
    public record SourceCell(String text, int line, int colSpan) {}
}
