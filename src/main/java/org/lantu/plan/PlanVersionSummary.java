package org.lantu.plan;

import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;

/** One imported file of a plan. */
public record PlanVersionSummary(
        long id,
        long planId,
        int versionNo,
        String sha256,
        String fileName,
        String format,
        @Nullable String encoding,
        int characters,
        OffsetDateTime importedAt,
        @Nullable String importedBy) {}
