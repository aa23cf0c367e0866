package org.lantu.plan;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A row of an indicator table (指标表): an indicator (指标) with its baseline and target.
 *
 * @param table the title of the table it belongs to
 * @param category the group (类别) the row falls under, carried down from the first row of its group
 * @param values every value cell of the row, for tables with more columns than a baseline and a target
 */
public record Indicator(
        String table,
        @Nullable Integer seq,
        @Nullable String category,
        String name,
        @Nullable String unit,
        @Nullable Baseline baseline,
        @Nullable TargetValue target,
        @Nullable IndicatorNature attribute,
        int line,
        List<TableValue> values,
        SourceLocation location) {}
