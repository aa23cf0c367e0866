package org.lantu.monitor;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;
import org.lantu.catalog.Direction;
import org.lantu.plan.Comparator;
import org.lantu.plan.IndicatorNature;
import org.lantu.plan.TargetKind;

/**
 * One target as the engine reads it: an indicator row of a plan's table, or a prose target.
 *
 * @param indicator the indicator's name as the plan words it
 * @param unit the unit of the target figure (%, 亿元 …), if any
 * @param baseline the base-year value (基期值), if the plan gives one
 * @param target the target-year value; null for a qualitative target or one without a figure
 * @param direction whether a higher figure is better; {@link Direction#UNKNOWN} leaves it to the comparator
 *     or, for a destination, to the way from baseline to target
 * @param attribute 约束性 or 预期性, if known
 * @param yearlyChanges whether observations of this target are yearly rates or changes (增速 6.2%, 下降 3.1%)
 *     rather than levels: the usual reading for {@link TargetKind#ANNUAL_GROWTH} and {@link
 *     TargetKind#CUMULATIVE} targets of indicators that are themselves rates
 * @param reduction whether the target states a reduction (下降, 降低, 减少): a cumulative or growth target
 *     whose figure is the size of a fall, observed as yearly falls
 */
public record TargetSpec(
        String indicator,
        @Nullable String unit,
        @Nullable YearValue baseline,
        @Nullable YearValue target,
        Comparator comparator,
        TargetKind kind,
        Direction direction,
        @Nullable IndicatorNature attribute,
        boolean yearlyChanges,
        boolean reduction) {

    /** A level target (达到, 以上, 以内 …) with a baseline. */
    public static TargetSpec level(
            String indicator,
            @Nullable String unit,
            int baseYear,
            double baseline,
            int targetYear,
            double target,
            Comparator comparator,
            Direction direction) {
        return new TargetSpec(
                indicator,
                unit,
                new YearValue(baseYear, BigDecimal.valueOf(baseline)),
                new YearValue(targetYear, BigDecimal.valueOf(target)),
                comparator,
                TargetKind.LEVEL,
                direction,
                null,
                false,
                false);
    }
}
