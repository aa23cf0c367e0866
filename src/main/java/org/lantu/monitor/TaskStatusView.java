package org.lantu.monitor;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A task and its latest report up to a year, for warnings and reports.
 *
 * @param latest the latest report of the year or before, null when none
 * @param yearsWithoutReport years since the latest report (0: reported this year); for a task never reported,
 *     the years of the plan period up to the year
 */
public record TaskStatusView(
        long itemId,
        String itemKey,
        @Nullable String section,
        String text,
        @Nullable String leadUnit,
        List<String> supportingUnits,
        @Nullable TaskReport latest,
        int yearsWithoutReport) {

    /** No report for two periods (years) or more. */
    @com.fasterxml.jackson.annotation.JsonProperty
    public boolean unreportedForTwoPeriods() {
        return yearsWithoutReport >= 2;
    }
}
