package org.lantu.review.internal;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;
import org.lantu.catalog.CatalogEntry;
import org.lantu.catalog.Units;
import org.lantu.plan.Comparator;
import org.lantu.review.Evidence;

/**
 * One figure a document states for an indicator: a value in a table cell, a prose target, or a statement of a
 * current value in the prose.
 *
 * @param key one string for every wording of the indicator and what is measured of it (a level, its rate of
 *     change)
 * @param known whether the indicator is one the catalog lists or a table names (only those are compared)
 * @param row for a table cell, the index of its row among the document's indicators, else -1
 */
record Figure(
        String indicator,
        String key,
        boolean known,
        @Nullable CatalogEntry entry,
        Measure measure,
        Role role,
        BigDecimal value,
        @Nullable String unit,
        @Nullable Integer year,
        YearFrom yearFrom,
        Comparator comparator,
        Source source,
        int row,
        Evidence evidence) {

    /** What the figure measures of its indicator. */
    enum Measure {
        LEVEL,
        /** A rate of change: 年均增长, 增速, 降幅. */
        GROWTH,
        /** A total over the period (累计). */
        CUMULATIVE
    }

    enum Role {
        /** A value reached: a baseline, an actual value. */
        ACTUAL,
        /** A value to reach. */
        TARGET
    }

    /** Where the figure's year comes from. */
    enum YearFrom {
        /** Written in the clause, or the table's column. */
        STATED,
        /** The year of the heading the clause sits under (到2025年 in a heading above). */
        HEADING,
        /** No year written: a target read as one for the plan's last year. */
        PERIOD_END,
        /** No year written: a current value in a section that describes the state before the plan. */
        CONTEXT
    }

    enum Source {
        TABLE,
        PROSE
    }

    String file() {
        return evidence.file();
    }

    int line() {
        return evidence.line();
    }

    /** The value in the base unit of its unit's family (亿元 → 元), as it is when the unit is unknown. */
    BigDecimal base() {
        return Units.toBase(value, unit);
    }

    /** The family of its unit (元 for 亿元), or null when it states none. */
    @Nullable
    String family() {
        String u = Units.normalize(unit);
        if (u == null) {
            return null;
        }
        Units.Scaled s = Units.scaled(u);
        return s != null ? s.base() : u;
    }

    boolean ceiling() {
        return comparator == Comparator.LE || comparator == Comparator.LT;
    }

    boolean floor() {
        return comparator == Comparator.GE || comparator == Comparator.GT;
    }

    /** The figure as a person reads it: ≥95%, ≈5.3%, 165.93亿元. */
    String display() {
        String sym = switch (comparator) {
            case GE -> "≥";
            case GT -> ">";
            case LE -> "≤";
            case LT -> "<";
            case ABOUT -> "≈";
            default -> "";
        };
        return sym + Texts.plain(value) + Texts.unit(unit);
    }
}
