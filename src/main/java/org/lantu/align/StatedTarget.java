package org.lantu.align;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;
import org.lantu.plan.Comparator;
import org.lantu.plan.Indicator;
import org.lantu.plan.Target;
import org.lantu.plan.TargetKind;
import org.lantu.plan.TargetValue;

/**
 * A target as a plan states it, from its prose ({@link Target}) or a row of an indicator table ({@link
 * Indicator}), in the one shape the floors check compares.
 *
 * @param source {@code text} for a prose target, {@code table} for an indicator row
 * @param indicator the indicator as worded in the plan
 * @param value the figure, null when there is none (达到全市要求, —)
 * @param raw the figure as written for table rows (＞200 → {@code >200}), null for prose
 * @param quote the clause or row that states it
 */
public record StatedTarget(
        String source,
        String indicator,
        @Nullable BigDecimal value,
        @Nullable String raw,
        @Nullable String unit,
        @Nullable Integer year,
        Comparator comparator,
        TargetKind kind,
        int line,
        String quote) {

    public static StatedTarget of(Target t) {
        return new StatedTarget(
                "text",
                t.indicator(),
                t.value(),
                null,
                t.unit(),
                t.year(),
                t.comparator(),
                t.kind(),
                t.line(),
                t.location().quote().isEmpty() ? t.text() : t.location().quote());
    }

    /** The row's target, or null when the row has no target cell. */
    public static @Nullable StatedTarget of(Indicator i) {
        TargetValue target = i.target();
        if (target == null) {
            return null;
        }
        return new StatedTarget(
                "table",
                i.name(),
                target.value(),
                target.raw(),
                i.unit(),
                target.year(),
                target.comparator(),
                target.kind(),
                i.line(),
                i.location().quote());
    }

    /** Whether there is a figure to compare (not 达到全市要求, not —). */
    public boolean quantitative() {
        return value != null
                && comparator != Comparator.QUALITATIVE
                && comparator != Comparator.MISSING
                && kind != TargetKind.QUALITATIVE
                && kind != TargetKind.MISSING;
    }
}
