package org.lantu.plan;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * A quantitative target written in prose (到2025年，县城污水处理率达到95%以上).
 *
 * @param text the clause that states it
 * @param indicator what is measured, as worded in the clause
 * @param year the year the clause states, else the target year of the heading it sits under, else null
 * @param section title of the innermost heading it sits under
 */
public record Target(
        String text,
        String indicator,
        BigDecimal value,
        @Nullable String unit,
        @Nullable Integer year,
        Comparator comparator,
        TargetKind kind,
        @Nullable String section,
        @Nullable String sectionId,
        int line,
        SourceLocation location) {}
