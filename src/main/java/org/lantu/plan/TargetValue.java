package org.lantu.plan;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * The target-year value (目标值) of an indicator, with how to read it.
 *
 * @param raw the cell as written in the source, e.g. {@code ＞200}, {@code 5.3左右}; {@code value} is read from
 *     its normalised form
 */
public record TargetValue(
        @Nullable Integer year, String raw, @Nullable BigDecimal value, Comparator comparator, TargetKind kind) {}
