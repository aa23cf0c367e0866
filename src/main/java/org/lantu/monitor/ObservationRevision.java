package org.lantu.monitor;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;

/** One change of an observation: who, when, the value and status before and after, and why. */
public record ObservationRevision(
        long id,
        long observationId,
        int version,
        @Nullable BigDecimal oldValue,
        @Nullable BigDecimal newValue,
        @Nullable String oldStatus,
        String newStatus,
        @Nullable String source,
        @Nullable String note,
        @Nullable String reason,
        String changedBy,
        OffsetDateTime changedAt) {}
