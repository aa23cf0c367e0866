package org.lantu.review.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.lantu.catalog.Direction;
import org.lantu.catalog.IndicatorCatalog;
import org.lantu.review.Finding;
import org.lantu.review.FindingKind;
import org.lantu.review.Severity;
import org.lantu.review.internal.Figure.Measure;
import org.lantu.review.internal.Figure.Role;
import org.lantu.review.internal.Figure.Source;

/**
 * {@code target_worse_than_baseline}: a target below its baseline where higher is better, or above it where
 * lower is better, by the catalog's direction; an indicator whose direction is unknown raises nothing. The
 * baseline of a table's target is its own row's; of a prose target, the latest value reached before the
 * target's year (a table's first, then one the text states). Severity: {@code warning} for a level to reach
 * (达到 X, X左右); {@code info} for a floor or ceiling that merely allows a worse figure (≤4.5 against 3.6)
 * and for a rate of change lower than the base year's (a growth rate is no level).
 */
final class Baselines {

    private Baselines() {}

    static List<Finding> check(List<Figure> figures, IndicatorCatalog catalog) {
        List<Finding> out = new ArrayList<>();
        List<String> seen = new ArrayList<>();
        for (Figure t : figures) {
            if (t.role() != Role.TARGET || t.measure() == Measure.CUMULATIVE || !t.known()) {
                continue;
            }
            Direction dir = t.entry() != null ? t.entry().direction() : catalog.direction(t.indicator());
            if (dir == Direction.UNKNOWN) {
                continue;
            }
            Figure b = baseline(t, figures);
            if (b == null) {
                continue;
            }
            String once = t.key() + "|" + t.base() + "|" + t.comparator() + "|" + b.base();
            if (seen.contains(once)) {
                continue;
            }
            int cmp = t.base().compareTo(b.base());
            boolean worse = dir == Direction.HIGHER ? cmp < 0 : cmp > 0;
            if (!worse) {
                continue;
            }
            boolean allows = dir == Direction.HIGHER ? t.floor() : t.ceiling();
            boolean against = dir == Direction.HIGHER ? t.ceiling() : t.floor();
            if (against) {
                continue; // a ceiling on a higher-is-better figure says nothing about worse or better
            }
            seen.add(once);
            boolean rate = t.measure() == Measure.GROWTH;
            Severity severity = allows || rate ? Severity.INFO : Severity.WARNING;
            String name = t.entry() != null ? t.entry().name() : t.indicator();
            String better = dir == Direction.HIGHER ? "越高越好" : "越低越好";
            String betterEn = dir == Direction.HIGHER ? "higher is better" : "lower is better";
            String zh = name + "（" + better + "）" + t.year() + "年目标" + t.display() + "劣于" + b.year() + "年基期值"
                    + b.display() + "。"
                    + (rate
                            ? "这是增速（变化率），目标增速低于基期增速。"
                            : allows ? (dir == Direction.HIGHER ? "目标是下限，允许低于基期。" : "目标是上限，允许高于基期。") : "");
            String en = name + " (" + betterEn + "): the " + t.year() + " target " + t.display() + " is worse than the "
                    + b.year() + " baseline " + b.display() + "."
                    + (rate
                            ? " It is a rate of change: a slower rate than the baseline's."
                            : allows
                                    ? (dir == Direction.HIGHER
                                            ? " The target is a floor that allows a decline."
                                            : " The target is a ceiling that allows a rise.")
                                    : "");
            out.add(new Finding(
                    FindingKind.TARGET_WORSE_THAN_BASELINE, severity, zh, en, List.of(t.evidence(), b.evidence())));
        }
        return out;
    }

    private static @Nullable Figure baseline(Figure t, List<Figure> figures) {
        int year = Objects.requireNonNull(t.year());
        if (t.source() == Source.TABLE) {
            Figure own = null;
            for (Figure f : figures) {
                if (f.row() == t.row()
                        && f.file().equals(t.file())
                        && f.role() == Role.ACTUAL
                        && f.year() != null
                        && f.year() < year
                        && (own == null || f.year() < Objects.requireNonNull(own.year()))) {
                    own = f; // the row's first value reached: its baseline
                }
            }
            return own != null && comparable(own, t) ? own : null;
        }
        Figure best = null;
        for (Figure f : figures) {
            if (f.role() != Role.ACTUAL
                    || !f.key().equals(t.key())
                    || f.measure() != t.measure()
                    || f.year() == null
                    || f.year() >= year
                    || !f.file().equals(t.file())
                    || !comparable(f, t)) {
                continue;
            }
            if (best == null || rank(f) > rank(best)) {
                best = f;
            }
        }
        return best;
    }

    /** A later year first, then a table over the text, then a year stated over one read from context. */
    private static int rank(Figure f) {
        return Objects.requireNonNull(f.year()) * 10
                + (f.source() == Source.TABLE ? 2 : 0)
                + (f.yearFrom() == Figure.YearFrom.STATED ? 1 : 0);
    }

    static boolean comparable(Figure a, Figure b) {
        String fa = a.family();
        String fb = b.family();
        return fa == null || fb == null || fa.equals(fb);
    }
}
