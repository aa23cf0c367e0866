package org.lantu.monitor;

import java.math.BigDecimal;

/** A value of an indicator in a year: an observation, a baseline or a target. */
public record YearValue(int year, BigDecimal value) {}
