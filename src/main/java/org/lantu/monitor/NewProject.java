package org.lantu.monitor;

import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A project a planner creates.
 *
 * @param unit the administrative unit, by name or GB/T 2260 code (else the plan's)
 * @param investmentUnit 亿元 (default) or 万元
 */
public record NewProject(
        @Nullable String unit,
        @Nullable Long planId,
        @Nullable String name,
        @Nullable String category,
        @Nullable String leadUnit,
        @Nullable String nationalCode,
        @Nullable BigDecimal totalInvestment,
        @Nullable String investmentUnit,
        @Nullable Integer startYear,
        @Nullable Integer endYear,
        @Nullable String status,
        @Nullable List<ProjectInvestment> investments) {}
