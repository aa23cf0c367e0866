package org.lantu.plan;

import org.jspecify.annotations.Nullable;

/**
 * What the plan is: its title, kind, the administrative unit it belongs to and its period.
 *
 * @param region the administrative unit as named in the document (杭锦旗, 内蒙古自治区 …)
 */
public record PlanMetadata(
        String title,
        PlanKind kind,
        @Nullable String region,
        @Nullable PlanPeriod period) {}
