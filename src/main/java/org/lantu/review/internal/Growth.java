package org.lantu.review.internal;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.lantu.catalog.CatalogEntry;
import org.lantu.catalog.IndicatorCatalog;
import org.lantu.catalog.Units;
import org.lantu.plan.Comparator;
import org.lantu.plan.Indicator;
import org.lantu.plan.TableValue;
import org.lantu.review.Evidence;
import org.lantu.review.Finding;
import org.lantu.review.FindingKind;
import org.lantu.review.Severity;
import org.lantu.review.internal.Figure.Measure;
import org.lantu.review.internal.Figure.Role;

/**
 * {@code infeasible_growth}: a level that the stated average annual growth cannot reach from the baseline, or
 * a growth that the level does not imply. From baseline B in year Y0 to level L in year Y1, the implied rate
 * is (L/B)^(1/(Y1−Y0)) − 1; for an indicator in % or ‰ a rate in percentage points a year, (L−B)/(Y1−Y0), is
 * accepted too (城镇化率年均提高1个百分点). The stated rate g agrees when one of these is within the
 * tolerance: half a unit of g's last decimal (0.4 → 0.05) plus 0.1 percentage point for the rounding of B and
 * L, plus 0.5 point when g or L is approximate (左右). A floor (突破200) only fails when it needs more than g;
 * a growth floor (6%以上) only when L needs less. Checked in a table with a growth column (规划目标 2020年 and
 * 年均增长 beside a 2015 baseline) and between a plan's level target and its growth target for the same
 * indicator, from the latest value reached before the plan. Cumulative totals (累计) are not compounded.
 */
final class Growth {

    static final BigDecimal ROUNDING = new BigDecimal("0.1");
    static final BigDecimal APPROXIMATE = new BigDecimal("0.5");

    private Growth() {}

    static List<Finding> check(Doc doc, List<Figure> figures, IndicatorCatalog catalog) {
        List<Finding> out = new ArrayList<>();
        for (Indicator i : doc.plan.indicators()) {
            table(doc, i, catalog, out);
        }
        prose(doc, figures, catalog, out);
        return out;
    }

    private static void table(Doc doc, Indicator i, IndicatorCatalog catalog, List<Finding> out) {
        if (i.baseline() == null || i.baseline().value() == null || i.baseline().year() == null) {
            return;
        }
        if (i.name().contains("累计")
                || catalog.find(i.name()).map(CatalogEntry::growth).orElse(false)) {
            return;
        }
        BigDecimal b = Objects.requireNonNull(i.baseline().value());
        int y0 = Objects.requireNonNull(i.baseline().year());
        List<TableValue> values = i.values();
        for (TableValue g : values) {
            if (!Figures.growthColumn(g.header()) || g.value() == null) {
                continue;
            }
            String group = group(g.header());
            TableValue level = null;
            for (TableValue v : values) {
                if (v != g
                        && !Figures.growthColumn(v.header())
                        && v.year() != null
                        && group(v.header()).equals(group)
                        && !group.isEmpty()) {
                    level = v;
                }
            }
            if (level == null || level.value() == null || level.year() == null || level.year() <= y0) {
                continue;
            }
            String unit = i.unit() != null ? i.unit() : IndicatorCatalog.unitInName(i.name());
            Comparator lc = Figures.comparator(level.raw());
            Comparator gc = Figures.comparator(g.raw());
            Implied verdict = verdict(
                    b,
                    Objects.requireNonNull(level.value()),
                    level.year() - y0,
                    Objects.requireNonNull(g.value()),
                    lc,
                    gc,
                    percent(unit));
            if (verdict != null) {
                Evidence ev = doc.evidence(i.location().quote(), i.line());
                String name = i.name();
                String zh = name + "：从" + y0 + "年的" + Texts.plain(b) + Texts.unit(unit) + "到" + level.year() + "年的"
                        + Texts.plain(Objects.requireNonNull(level.value())) + Texts.unit(unit) + "，隐含年均增长"
                        + verdict.zh()
                        + "，与表中“" + g.header() + "”" + Texts.plain(Objects.requireNonNull(g.value())) + "%不符。";
                String en = name + ": from " + Texts.plain(b) + Texts.unit(unit) + " in " + y0 + " to "
                        + Texts.plain(Objects.requireNonNull(level.value())) + Texts.unit(unit) + " in " + level.year()
                        + " implies an annual growth of " + verdict.en() + ", not the table's " + g.header() + " of "
                        + Texts.plain(Objects.requireNonNull(g.value())) + "%.";
                out.add(new Finding(FindingKind.INFEASIBLE_GROWTH, Severity.WARNING, zh, en, List.of(ev)));
            }
        }
    }

    /** The part of a header before its year or growth words: 规划目标, 实现情况. */
    private static String group(String header) {
        String h = Texts.normalize(header);
        int cut = h.length();
        for (String w : new String[] {"年均", "增长", "增速"}) {
            int k = h.indexOf(w);
            if (k >= 0) {
                cut = Math.min(cut, k);
            }
        }
        java.util.regex.Matcher m =
                java.util.regex.Pattern.compile("(19|20)\\d\\d").matcher(h);
        if (m.find()) {
            cut = Math.min(cut, m.start());
        }
        return h.substring(0, cut).strip();
    }

    private static void prose(Doc doc, List<Figure> figures, IndicatorCatalog catalog, List<Finding> out) {
        List<String> seen = new ArrayList<>();
        for (Figure level : figures) {
            if (level.role() != Role.TARGET || level.measure() != Measure.LEVEL || level.ceiling()) {
                continue;
            }
            Optional<CatalogEntry> growthEntry = catalog.growthOf(level.indicator());
            if (growthEntry.isEmpty()) {
                continue;
            }
            String gk = "#" + growthEntry.get().code();
            int y1 = Objects.requireNonNull(level.year());
            for (Figure g : figures) {
                if (g.role() != Role.TARGET || !g.key().equals(gk) || !y(g).equals(y1) || g.ceiling()) {
                    continue;
                }
                Figure b = baseline(level, figures);
                if (b == null) {
                    continue;
                }
                int n = y1 - Objects.requireNonNull(b.year());
                String once = level.base() + "|" + g.value() + "|" + b.base() + "|" + level.key();
                if (n <= 0 || seen.contains(once)) {
                    continue;
                }
                Implied verdict = verdict(
                        Units.toBase(b.value(), b.unit() != null ? b.unit() : level.unit()),
                        level.base(),
                        n,
                        g.value(),
                        level.comparator(),
                        g.comparator(),
                        percent(level.unit()));
                if (verdict != null) {
                    seen.add(once);
                    String name = level.entry() != null ? level.entry().name() : level.indicator();
                    String zh = name + "：从" + b.year() + "年的" + b.display() + "到" + y1 + "年的" + level.display()
                            + "，隐含年均增长" + verdict.zh() + "，与规划的年均" + g.display() + "不符。";
                    String en = name + ": from " + b.display() + " in " + b.year() + " to " + level.display() + " in "
                            + y1 + " implies an annual growth of " + verdict.en() + ", not the planned " + g.display()
                            + " a year.";
                    out.add(new Finding(
                            FindingKind.INFEASIBLE_GROWTH,
                            Severity.WARNING,
                            zh,
                            en,
                            List.of(level.evidence(), g.evidence(), b.evidence())));
                }
            }
        }
    }

    private static Integer y(Figure f) {
        return Objects.requireNonNull(f.year());
    }

    private static @Nullable Figure baseline(Figure level, List<Figure> figures) {
        Figure best = null;
        for (Figure f : figures) {
            if (f.role() == Role.ACTUAL
                    && f.key().equals(level.key())
                    && f.measure() == Measure.LEVEL
                    && f.file().equals(level.file())
                    && f.year() != null
                    && f.year() < y(level)
                    && Baselines.comparable(f, level)
                    && (best == null
                            || f.year() > y(best)
                            || f.year().equals(best.year()) && f.source() == Figure.Source.TABLE)) {
                best = f;
            }
        }
        return best;
    }

    private static boolean percent(@Nullable String unit) {
        String u = Units.normalize(unit);
        return "%".equals(u) || "‰".equals(u);
    }

    /**
     * @return the implied rates when the stated rate {@code g} disagrees, null when it agrees
     */
    static @Nullable Implied verdict(
            BigDecimal b, BigDecimal l, int years, BigDecimal g, Comparator lc, Comparator gc, boolean percent) {
        if (b.signum() <= 0 || l.signum() <= 0 || years <= 0) {
            return null;
        }
        double compound = (Math.pow(l.doubleValue() / b.doubleValue(), 1.0 / years) - 1) * 100;
        double points = (l.doubleValue() - b.doubleValue()) / years;
        double tol = Texts.halfUnit(g).add(ROUNDING).doubleValue();
        if (lc == Comparator.ABOUT || gc == Comparator.ABOUT) {
            tol += APPROXIMATE.doubleValue();
        }
        boolean levelFloor = lc == Comparator.GE || lc == Comparator.GT;
        boolean growthFloor = gc == Comparator.GE || gc == Comparator.GT;
        double gv = g.doubleValue();
        if (agrees(compound, gv, tol, levelFloor, growthFloor)
                || percent && agrees(points, gv, tol, levelFloor, growthFloor)) {
            return null;
        }
        return new Implied(compound, percent ? points : null);
    }

    /** The rate a baseline and a level imply: compound, and in points a year for a percentage. */
    record Implied(double compound, @Nullable Double points) {

        String zh() {
            return round(compound) + "%" + (points != null ? "（或每年" + round(points) + "个百分点）" : "");
        }

        String en() {
            return round(compound) + "%" + (points != null ? " (or " + round(points) + " points a year)" : "");
        }

        private static String round(double v) {
            return new BigDecimal(v)
                    .round(new MathContext(3))
                    .stripTrailingZeros()
                    .toPlainString();
        }
    }

    private static boolean agrees(double implied, double g, double tol, boolean levelFloor, boolean growthFloor) {
        if (implied > g + tol) {
            return growthFloor; // the level needs more than g: fine only if g is a floor
        }
        if (implied < g - tol) {
            return levelFloor; // the level needs less than g: fine only if the level is a floor
        }
        return true;
    }
}
