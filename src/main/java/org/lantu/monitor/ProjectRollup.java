package org.lantu.monitor;

import java.math.BigDecimal;

/**
 * Projects grouped by category or lead unit, investment summed in 亿元 (万元 converted).
 *
 * @param by {@code category} or {@code lead_unit}
 * @param key the category or the lead unit (未分类 / 未明确 when none)
 */
public record ProjectRollup(
        String by, String key, int projects, BigDecimal totalInvestment, BigDecimal planned, BigDecimal completed) {}
