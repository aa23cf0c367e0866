package org.lantu.monitor;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;

/**
 * One figure of an indicator for an administrative unit in a year (or a quarter of it).
 *
 * @param version incremented by every change; an update carries the version it read
 * @param locked whether the unit's year is locked: nothing of it can change
 */
public record Observation(
        long id,
        long unitId,
        String unitName,
        String indicatorCode,
        String indicatorName,
        @Nullable String indicatorUnit,
        int year,
        @Nullable Integer quarter,
        BigDecimal value,
        @Nullable String source,
        @Nullable String note,
        ObservationStatus status,
        int version,
        String createdBy,
        OffsetDateTime createdAt,
        String updatedBy,
        OffsetDateTime updatedAt,
        @Nullable String approvedBy,
        @Nullable OffsetDateTime approvedAt,
        boolean locked) {}
