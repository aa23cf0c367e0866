package org.lantu.monitor;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * A project's planned and completed investment in a year.
 *
 * @param ratio completed / planned, null when nothing was planned
 */
public record ProjectProgress(
        long projectId,
        String name,
        @Nullable String leadUnit,
        int year,
        @Nullable BigDecimal planned,
        @Nullable BigDecimal completed,
        String investmentUnit,
        @Nullable Double ratio) {

    /** Completed less than 80% of what was planned for the year. */
    @com.fasterxml.jackson.annotation.JsonProperty
    public boolean behind() {
        return ratio != null && ratio < 0.8;
    }
}
