package org.lantu.monitor;

import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.lantu.catalog.CatalogEntry;
import org.lantu.catalog.Direction;

/**
 * An indicator Lantu monitors: an entry of the shipped catalog or one a planner added, with the range of
 * plausible values an observation must fall in (see {@link IndicatorRegistry} for the rule).
 *
 * @param shipped whether it comes with Lantu ({@code indicators.tsv}) rather than from a planner
 * @param min the least plausible value, null for no lower bound
 * @param max the greatest plausible value, null for no upper bound
 */
public record RegisteredIndicator(
        String code,
        String name,
        List<String> synonyms,
        @Nullable String unit,
        Direction direction,
        @Nullable String category,
        @Nullable String sourceUnit,
        boolean growth,
        boolean shipped,
        @Nullable BigDecimal min,
        @Nullable BigDecimal max) {

    public RegisteredIndicator {
        synonyms = List.copyOf(synonyms);
    }

    static RegisteredIndicator of(CatalogEntry e, boolean shipped) {
        BigDecimal[] range = PlausibleRange.of(e.name(), e.unit(), e.growth());
        return new RegisteredIndicator(
                e.code(),
                e.name(),
                e.synonyms(),
                e.unit(),
                e.direction(),
                e.category(),
                e.sourceUnit(),
                e.growth(),
                shipped,
                range[0],
                range[1]);
    }

    /** Whether the value lies within the plausible range. */
    public boolean plausible(BigDecimal value) {
        return (min == null || value.compareTo(min) >= 0) && (max == null || value.compareTo(max) <= 0);
    }

    /** The range as people read it: {@code [0, 100]}, {@code ≥ 0}, or empty for any value. */
    public String rangeText() {
        if (min == null && max == null) {
            return "";
        }
        if (max == null) {
            return "≥ " + min.toPlainString();
        }
        if (min == null) {
            return "≤ " + max.toPlainString();
        }
        return "[" + min.toPlainString() + ", " + max.toPlainString() + "]";
    }
}
