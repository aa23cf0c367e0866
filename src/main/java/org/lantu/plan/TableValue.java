package org.lantu.plan;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/** One value cell of an indicator table row, under its (possibly two-level) column header. */
public record TableValue(
        String header,
        @Nullable Integer year,
        String raw,
        @Nullable BigDecimal value) {}
