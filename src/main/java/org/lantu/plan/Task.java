package org.lantu.plan;

import org.jspecify.annotations.Nullable;

/**
 * A task (任务) that names a responsible unit, as the unit's page lists it.
 *
 * @param lead whether the unit leads (牵头) the task or supports it
 */
public record Task(
        long itemId,
        long planId,
        String planTitle,
        long versionId,
        @Nullable String section,
        @Nullable String sectionId,
        String paragraph,
        String text,
        int line,
        boolean lead,
        String leadUnit) {}
