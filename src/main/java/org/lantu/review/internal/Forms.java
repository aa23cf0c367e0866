package org.lantu.review.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.lantu.catalog.CatalogEntry;
import org.lantu.catalog.IndicatorCatalog;
import org.lantu.plan.Comparator;
import org.lantu.plan.Indicator;
import org.lantu.plan.IndicatorNature;
import org.lantu.plan.PlanPeriod;
import org.lantu.plan.TableValue;
import org.lantu.plan.Target;
import org.lantu.plan.TargetValue;
import org.lantu.review.Finding;
import org.lantu.review.FindingKind;
import org.lantu.review.Severity;

/**
 * The checks of form:
 *
 * <ul>
 *   <li>{@code target_year_outside_period}: a target year written in the clause (or a table's target
 *       column) before the plan's first year ({@code warning}) or after its last year and its vision year
 *       ({@code info}: a longer-term aim). A table that reports the previous plan (a column of 实现情况) is
 *       a review of the past, not targets: it is skipped.
 *   <li>{@code missing_unit}: a table row whose figures carry no unit, in its unit column, its name or its
 *       cells, where the catalog gives the indicator one ({@code info}); an indicator the catalog measures
 *       in no unit (差异系数) raises nothing.
 *   <li>{@code qualitative_binding_target}: a binding (约束性) row with no figure for its target (达到全市要求,
 *       —, empty): it cannot be assessed against the plan itself ({@code warning}).
 * </ul>
 */
final class Forms {

    private Forms() {}

    static List<Finding> check(Doc doc, IndicatorCatalog catalog) {
        List<Finding> out = new ArrayList<>();
        years(doc, out);
        for (Indicator i : doc.plan.indicators()) {
            unit(doc, i, catalog, out);
            binding(doc, i, out);
        }
        return out;
    }

    private static void years(Doc doc, List<Finding> out) {
        PlanPeriod p = doc.period();
        if (p == null) {
            return;
        }
        int last = p.vision() != null ? Math.max(p.to(), p.vision()) : p.to();
        for (Target t : doc.plan.targets()) {
            Integer y = t.year();
            if (y == null || !Texts.normalize(t.text()).contains(y + "年")) {
                continue; // a year inherited from a heading is the heading's matter
            }
            outside(
                    doc,
                    y,
                    p,
                    last,
                    t.indicator(),
                    t.location().quote().isBlank() ? t.text() : t.location().quote(),
                    t.line(),
                    out);
        }
        List<String> reviewed = new ArrayList<>();
        for (Indicator i : doc.plan.indicators()) {
            if (i.values().stream()
                    .anyMatch(
                            v -> Figures.actualColumn(v.header()) && !v.header().contains("实际"))) {
                reviewed.add(i.table()); // 实现情况, 完成情况: a report on the previous plan
            }
        }
        for (Indicator i : doc.plan.indicators()) {
            TargetValue tv = i.target();
            if (tv == null || tv.year() == null || reviewed.contains(i.table())) {
                continue;
            }
            outside(doc, tv.year(), p, last, i.name(), i.location().quote(), i.line(), out);
        }
    }

    private static void outside(
            Doc doc, int y, PlanPeriod p, int last, String indicator, String quote, int line, List<Finding> out) {
        if (y >= p.from() && y <= last) {
            return;
        }
        boolean before = y < p.from();
        String period = p.from() + "–" + p.to() + (p.vision() != null ? "（远景" + p.vision() + "）" : "");
        String periodEn = p.from() + "–" + p.to() + (p.vision() != null ? " (vision " + p.vision() + ")" : "");
        out.add(new Finding(
                FindingKind.TARGET_YEAR_OUTSIDE_PERIOD,
                before ? Severity.WARNING : Severity.INFO,
                indicator + "的目标年份" + y + "年在规划期" + period + (before ? "之前。" : "之后。"),
                indicator + ": the target year " + y + " is " + (before ? "before" : "after") + " the plan's period "
                        + periodEn + ".",
                List.of(doc.evidence(quote, line))));
    }

    private static void unit(Doc doc, Indicator i, IndicatorCatalog catalog, List<Finding> out) {
        if (i.unit() != null || IndicatorCatalog.unitInName(i.name()) != null) {
            return;
        }
        boolean figures = false;
        for (TableValue v : i.values()) {
            BigDecimal value = v.value();
            if (value == null) {
                continue;
            }
            figures = true;
            String raw = Texts.normalize(v.raw());
            if (!raw.matches("[-+]?[\\d.]+(\\(年均\\)|（年均）)?")) {
                return; // the cell says its unit (97%, 15640 人) or more than a figure
            }
        }
        if (!figures) {
            return;
        }
        Optional<CatalogEntry> e = catalog.find(i.name());
        if (e.isEmpty() || e.get().unit() == null || "无".equals(e.get().unit())) {
            return;
        }
        String u = e.get().unit();
        out.add(new Finding(
                FindingKind.MISSING_UNIT,
                Severity.INFO,
                i.name() + "没有写单位（指标库中的单位为" + u + "）。",
                i.name() + " states no unit (the catalog measures it in " + u + ").",
                List.of(doc.evidence(i.location().quote(), i.line()))));
    }

    private static void binding(Doc doc, Indicator i, List<Finding> out) {
        if (i.attribute() != IndicatorNature.BINDING) {
            return;
        }
        TargetValue tv = i.target();
        boolean noFigure = tv == null
                || tv.value() == null
                || tv.comparator() == Comparator.QUALITATIVE
                || tv.comparator() == Comparator.MISSING;
        if (!noFigure) {
            return;
        }
        String raw = tv == null || tv.raw().isBlank() ? "—" : tv.raw();
        out.add(new Finding(
                FindingKind.QUALITATIVE_BINDING_TARGET,
                Severity.WARNING,
                "约束性指标“" + i.name() + "”没有目标数值（" + raw + "），无法据本规划考核。",
                "The binding indicator " + i.name() + " has no target figure (" + raw
                        + "): it cannot be assessed against this plan.",
                List.of(doc.evidence(i.location().quote(), i.line()))));
    }
}
