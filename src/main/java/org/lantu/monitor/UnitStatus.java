package org.lantu.monitor;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.lantu.region.AdminUnit;

/**
 * The status mix (汇总) of the plans a caller reads under a unit: all together, per unit that has plans (a
 * league's counties, by unit id), and by domain (类别) and reporting department.
 *
 * @param year the year asked for; null when each plan is evaluated in its own latest year
 * @param plans the plans' evaluations, by plan id
 */
public record UnitStatus(
        AdminUnit unit,
        @Nullable Integer year,
        List<PlanEvaluation> plans,
        StatusCounts summary,
        List<UnitRow> units,
        Map<String, StatusCounts> byDomain,
        Map<String, StatusCounts> byReportingUnit) {

    public UnitStatus {
        plans = List.copyOf(plans);
        units = List.copyOf(units);
    }

    /** A unit with plans: its counts, and each plan's. */
    public record UnitRow(long unitId, @Nullable String unitName, StatusCounts summary, List<PlanRow> plans) {}

    public record PlanRow(long planId, String title, int year, StatusCounts summary) {}
}
