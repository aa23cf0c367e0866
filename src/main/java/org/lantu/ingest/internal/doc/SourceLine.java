package org.lantu.ingest.internal.doc;

import org.jspecify.annotations.Nullable;

/**
 * One physical line of a text, HTML or PDF source, or one DOCX paragraph.
 *
 * @param line 1-based line (DOCX: paragraph number; PDF: line of the whole text layer)
 * @param page PDF page, 1-based
 * @param pageLine PDF line on that page
 * @param text the text as read, untouched
 * @param headingLevel a heading level the source itself declares (DOCX heading style, HTML h1–h6), if any
 */
public record SourceLine(
        int line,
        @Nullable Integer page,
        @Nullable Integer pageLine,
        String text,
        @Nullable Integer headingLevel) implements RawBlock {

    public static SourceLine plain(int line, String text) {
        return new SourceLine(line, null, null, text, null);
    }
}
