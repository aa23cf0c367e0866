package org.lantu.ingest.internal.doc;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A logical paragraph after normalisation: hard line breaks inside a sentence joined, widths and
 * characters normalised. {@code original} keeps the source text for quoting.
 *
 * @param text normalised text, for analysis
 * @param original the source text, lines joined with {@code \n}
 * @param line first source line
 * @param endLine last source line
 * @param headingLevel a heading level the source declares, if any
 * @param notes what normalisation did
 */
public record Paragraph(
        String text,
        String original,
        int line,
        int endLine,
        @Nullable Integer page,
        @Nullable Integer pageLine,
        @Nullable Integer headingLevel,
        List<String> notes)
        implements Block {}
