package org.lantu.ingest.internal.structure;

import java.util.List;
import org.lantu.ingest.internal.doc.Paragraph;
import org.lantu.ingest.internal.doc.Table;
import org.lantu.plan.SourceLocation;

/** Source locations of blocks and cells, with a short quote of the original. */
public final class Locations {

    private static final int QUOTE = 60;

    private Locations() {}

    public static SourceLocation of(Paragraph p) {
        return new SourceLocation(
                p.line(),
                p.endLine() != p.line() ? p.endLine() : null,
                p.page(),
                p.pageLine(),
                quote(p.original()),
                p.notes());
    }

    /** A location inside a paragraph: the quote starts at the given offset of the normalised text. */
    public static SourceLocation of(Paragraph p, String quote) {
        return new SourceLocation(
                p.line(),
                p.endLine() != p.line() ? p.endLine() : null,
                p.page(),
                p.pageLine(),
                quote(quote),
                p.notes());
    }

    public static SourceLocation of(Table.Row row, String quote, Table table) {
        return new SourceLocation(
                row.line(), null, null, null, quote(quote), List.of("table layout: " + table.layout()));
    }

    public static String quote(String original) {
        String oneLine = original.replace('\n', ' ').replace('\t', ' ').strip();
        return oneLine.length() <= QUOTE ? oneLine : oneLine.substring(0, QUOTE) + "…";
    }
}
