package org.lantu.monitor;

import org.jspecify.annotations.Nullable;

/**
 * A report on a task for a period.
 *
 * @param status {@code not_started}, {@code in_progress}, {@code done} or {@code delayed} (or 未开始 …)
 * @param percent 0–100
 * @param version the version of the period's report being replaced, if one was read (a stale one: 409)
 */
public record TaskReportInput(
        @Nullable Integer year,
        @Nullable Integer quarter,
        @Nullable String status,
        @Nullable Integer percent,
        @Nullable String narrative,
        @Nullable String evidenceUrl,
        @Nullable Integer version) {}
