package org.lantu.plan;

import java.util.List;

/**
 * A heading of the plan's body (篇/章/节/一、/（一）/1./（1）) and what is under it.
 *
 * @param id a stable path of ordinals, e.g. {@code 3.2} for the second heading under the third top-level one
 * @param marker the heading's numbering as written, e.g. {@code （一）} or {@code 第三章}
 * @param level depth in this document's tree, 1 for the outermost
 */
public record Section(
        String id, String marker, String title, int level, int line, SourceLocation location, List<Section> children) {}
