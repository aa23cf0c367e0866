package org.lantu.plan;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * One project (项目) of a box.
 *
 * @param category the sub-heading it is listed under inside the box (风电项目：…), if any
 * @param investment total investment (总投资) when the box has such a column
 * @param period construction period (建设年限) when given
 */
public record ProjectItem(
        String name,
        @Nullable String category,
        @Nullable BigDecimal investment,
        @Nullable String investmentUnit,
        @Nullable String period,
        int line) {}
