package org.lantu.monitor;

import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A major project (重大项目), from a plan's project box or created by a planner, with its investment per year.
 *
 * @param itemKey for a project from a plan: the box's item key and the project's name
 * @param status {@code planned}, {@code under_construction}, {@code completed} or {@code suspended}
 * @param version incremented by every change; a change of investment carries the version it read
 */
public record Project(
        long id,
        @Nullable Long unitId,
        @Nullable Long planId,
        @Nullable String itemKey,
        String name,
        @Nullable String category,
        @Nullable String leadUnit,
        @Nullable String nationalCode,
        @Nullable BigDecimal totalInvestment,
        String investmentUnit,
        @Nullable Integer startYear,
        @Nullable Integer endYear,
        String status,
        int version,
        List<ProjectInvestment> investments) {

    public Project {
        investments = List.copyOf(investments);
    }
}
