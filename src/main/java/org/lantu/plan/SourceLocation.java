package org.lantu.plan;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Where an item came from in its source.
 *
 * @param line 1-based line of the source file where the item starts (for DOCX the paragraph number, for
 *     PDF the line in the whole text layer)
 * @param endLine the last source line the item spans, when normalisation joined several
 * @param page for PDF, the 1-based page
 * @param pageLine for PDF, the line on that page
 * @param quote a short verbatim quote of the original text
 * @param notes what normalisation did to this text (joined lines, converted characters …)
 */
public record SourceLocation(
        int line,
        @Nullable Integer endLine,
        @Nullable Integer page,
        @Nullable Integer pageLine,
        String quote,
        List<String> notes) {}
