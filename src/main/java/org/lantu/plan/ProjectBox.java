package org.lantu.plan;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A box of projects (专栏 3-1 …) and its items.
 *
 * @param box the box number as written after 专栏, e.g. {@code 3-1}
 */
public record ProjectBox(
        String box,
        String title,
        @Nullable String section,
        @Nullable String sectionId,
        int line,
        List<ProjectItem> items,
        SourceLocation location) {}
