package org.lantu.plan;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * The base-year value (基期值) of an indicator.
 *
 * @param raw the cell as written in the source, e.g. {@code 3.9%} or {@code —}
 * @param value the number read from it, if any
 */
public record Baseline(
        @Nullable Integer year, String raw, @Nullable BigDecimal value) {}
