package org.lantu.plan;

import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;

/** A stored plan as lists show it. */
public record PlanSummary(
        long id,
        String title,
        String kind,
        @Nullable Long unitId,
        @Nullable String unitName,
        @Nullable Integer periodFrom,
        @Nullable Integer periodTo,
        int versions,
        long latestVersionId,
        OffsetDateTime updatedAt) {}
