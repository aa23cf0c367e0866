package org.lantu.ingest.internal.doc;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A table after normalisation, whichever way the source wrote it: a real DOCX/HTML table, tab-separated
 * rows, one cell per line, or a Markdown pipe table.
 *
 * @param title the caption line just above it (专栏 2：…主要指标), if any
 * @param layout how the source wrote it: {@code docx}, {@code html}, {@code tabs}, {@code cell-per-line},
 *     {@code pipe}
 */
public record Table(@Nullable String title, @Nullable Integer titleLine, List<Row> rows, int line, String layout)
        implements Block {

    /** A row of cells. */
    public record Row(List<Cell> cells, int line) {}

    /** A cell: normalised text, original text and source line. */
    public record Cell(String text, String original, int line) {}
}
