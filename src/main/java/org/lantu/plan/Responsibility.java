package org.lantu.plan;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A task paragraph and the units responsible for it (责任分工), as listed in the parentheses that close it.
 *
 * @param paragraph the first 20 characters of the task paragraph
 * @param text the whole task paragraph, without the list of units
 * @param units the units as written ({@code 旗能源局、发改委})
 * @param unitsNormalized the same with inherited prefixes filled in ({@code 旗能源局、旗发改委})
 * @param lead the lead unit (牵头单位): the first one listed
 */
public record Responsibility(
        @Nullable String section,
        @Nullable String sectionId,
        String paragraph,
        String text,
        int line,
        List<String> units,
        List<String> unitsNormalized,
        @Nullable String lead,
        SourceLocation location) {}
