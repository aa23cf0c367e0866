package org.lantu.monitor;

import org.jspecify.annotations.Nullable;

/**
 * A target of a stored plan, read for evaluation: an indicator row of its table or a prose target, linked to
 * the catalog indicator its observations are recorded under.
 *
 * @param itemType {@code indicator} (a table row) or {@code target} (a prose target)
 * @param itemKey what identifies the item across versions of the plan
 * @param domain the group (类别) of the row, else of the catalog indicator
 * @param indicatorCode the catalog code observations are recorded under; null when the catalog has no such
 *     indicator and no planner linked one (then it cannot be measured)
 * @param linkedByPlanner whether a planner set the link rather than the name
 * @param reportingUnit the department that reports the indicator (数据来源), from the catalog
 * @param raw the target as written (＞200, 5.3左右, 达到全市要求), or the prose clause
 */
public record PlanTarget(
        long itemId,
        String itemKey,
        String itemType,
        int line,
        @Nullable String domain,
        @Nullable String indicatorCode,
        boolean linkedByPlanner,
        @Nullable String reportingUnit,
        String raw,
        TargetSpec spec) {}
