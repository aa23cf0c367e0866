package org.lantu.monitor;

import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;

/**
 * A lead unit's report on a task (a responsibility item) for a year or a quarter of it.
 *
 * @param unit the reporting (lead) unit's name
 * @param evidenceUrl a link to evidence (http or https only)
 */
public record TaskReport(
        long id,
        long planId,
        String itemKey,
        long responsibleUnitId,
        String unit,
        int year,
        @Nullable Integer quarter,
        TaskState status,
        @Nullable Integer percent,
        @Nullable String narrative,
        @Nullable String evidenceUrl,
        int version,
        String reportedBy,
        OffsetDateTime reportedAt) {}
