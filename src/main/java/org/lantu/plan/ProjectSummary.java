package org.lantu.plan;

import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A summary of a project list (重点项目清单): a total and its categories, as the plan states them.
 */
public record ProjectSummary(
        String title, ProjectCount total, List<ProjectCategory> categories, int line, SourceLocation location) {

    /** A count of projects and their investment. */
    public record ProjectCount(
            @Nullable Integer count,
            @Nullable BigDecimal investment,
            @Nullable String unit) {}

    /** One category of the list (产业发展类 …) with its count and investment, in the summary's unit. */
    public record ProjectCategory(
            String name, @Nullable Integer count, @Nullable BigDecimal investment) {}
}
