package org.lantu.plan;

import org.jspecify.annotations.Nullable;

/**
 * A paragraph of the plan's body (段落), normalised, with the heading it sits under: the text that
 * alignment, search and the source view work on.
 *
 * @param sectionId the id of the innermost {@link Section} it belongs to, null before the first heading
 * @param heading whether the paragraph is a heading line itself
 */
public record PlanParagraph(
        String text,
        int line,
        @Nullable Integer endLine,
        @Nullable String sectionId,
        boolean heading) {}
