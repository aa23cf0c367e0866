package org.lantu.monitor;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/** A project's planned and completed investment in a year, in the project's investment unit. */
public record ProjectInvestment(
        int year, @Nullable BigDecimal planned, @Nullable BigDecimal completed) {}
