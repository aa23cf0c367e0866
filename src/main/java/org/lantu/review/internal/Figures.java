package org.lantu.review.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.lantu.catalog.CatalogEntry;
import org.lantu.catalog.IndicatorCatalog;
import org.lantu.plan.Comparator;
import org.lantu.plan.Indicator;
import org.lantu.plan.PlanPeriod;
import org.lantu.plan.TableValue;
import org.lantu.plan.Target;
import org.lantu.plan.TargetKind;
import org.lantu.plan.TargetValue;
import org.lantu.review.internal.Figure.Measure;
import org.lantu.review.internal.Figure.Role;
import org.lantu.review.internal.Figure.Source;
import org.lantu.review.internal.Figure.YearFrom;

/** Every figure a document states: table cells, prose targets and statements of current values. */
final class Figures {

    final List<Figure> all;

    private Figures(List<Figure> all) {
        this.all = List.copyOf(all);
    }

    static Figures of(Doc doc, IndicatorCatalog catalog) {
        List<Figure> out = new ArrayList<>();
        List<Indicator> rows = doc.plan.indicators();
        for (int r = 0; r < rows.size(); r++) {
            table(doc, catalog, rows.get(r), r, out);
        }
        for (Target t : doc.plan.targets()) {
            Figure f = prose(doc, catalog, t);
            if (f != null) {
                out.add(f);
            }
        }
        out.addAll(new Statements(doc, catalog).scan());
        return new Figures(out);
    }

    /** A header of a value column that holds a rate of growth (年均增长 (%)), not a level. */
    static boolean growthColumn(String header) {
        return header.contains("年均") || header.contains("增长") || header.contains("增速");
    }

    static boolean actualColumn(String header) {
        return header.contains("实际")
                || header.contains("实现")
                || header.contains("完成")
                || header.contains("现状")
                || header.contains("基期");
    }

    static boolean targetColumn(String header) {
        return header.contains("目标") || header.contains("预计") || header.contains("规划") || header.contains("预期");
    }

    private static void table(Doc doc, IndicatorCatalog catalog, Indicator i, int r, List<Figure> out) {
        String unit = i.unit() != null ? i.unit() : IndicatorCatalog.unitInName(i.name());
        List<TableValue> values = i.values();
        TargetValue tv = i.target();
        for (int k = 0; k < values.size(); k++) {
            TableValue v = values.get(k);
            BigDecimal value = v.value();
            Integer year = v.year();
            if (value == null || year == null || growthColumn(v.header())) {
                continue;
            }
            Role role;
            if (actualColumn(v.header())) {
                role = Role.ACTUAL;
            } else if (targetColumn(v.header())) {
                role = Role.TARGET;
            } else if (k == 0
                    && i.baseline() != null
                    && year.equals(i.baseline().year())) {
                role = Role.ACTUAL;
            } else if (tv != null && year.equals(tv.year())) {
                role = Role.TARGET;
            } else {
                Integer base = doc.baseYear();
                role = base != null && year <= base ? Role.ACTUAL : Role.TARGET;
            }
            Comparator cmp;
            TargetKind kind;
            if (role == Role.TARGET && tv != null && v.raw().equals(tv.raw())) {
                cmp = tv.comparator();
                kind = tv.kind();
            } else {
                cmp = comparator(v.raw());
                kind = v.raw().contains("年均") ? TargetKind.ANNUAL_GROWTH : TargetKind.LEVEL;
            }
            if (cmp == Comparator.QUALITATIVE || cmp == Comparator.MISSING) {
                continue;
            }
            if (kind == TargetKind.LEVEL && i.name().contains("累计")) {
                kind = TargetKind.CUMULATIVE;
            }
            String quote = i.location().quote() + " 〔" + v.header() + "：" + v.raw() + "〕";
            out.add(figure(
                    catalog,
                    i.name(),
                    true,
                    kind,
                    role,
                    value,
                    unit,
                    year,
                    YearFrom.STATED,
                    cmp,
                    Source.TABLE,
                    r,
                    doc.evidence(quote, i.line())));
        }
    }

    private static @Nullable Figure prose(Doc doc, IndicatorCatalog catalog, Target t) {
        if (t.comparator() == Comparator.QUALITATIVE
                || t.comparator() == Comparator.MISSING
                || t.kind() == TargetKind.QUALITATIVE
                || t.kind() == TargetKind.MISSING) {
            return null;
        }
        Integer year = t.year();
        YearFrom from;
        if (year != null) {
            from = Texts.normalize(t.text()).contains(year + "年") ? YearFrom.STATED : YearFrom.HEADING;
        } else {
            PlanPeriod p = doc.period();
            if (p == null) {
                return null;
            }
            year = p.to();
            from = YearFrom.PERIOD_END;
        }
        String quote = t.location().quote().isBlank() ? t.text() : t.location().quote();
        return figure(
                catalog,
                t.indicator(),
                false,
                t.kind(),
                Role.TARGET,
                t.value(),
                t.unit(),
                year,
                from,
                t.comparator(),
                Source.PROSE,
                -1,
                doc.evidence(quote, t.line()));
    }

    static Figure figure(
            IndicatorCatalog catalog,
            String name,
            boolean table,
            TargetKind kind,
            Role role,
            BigDecimal value,
            @Nullable String unit,
            @Nullable Integer year,
            YearFrom from,
            Comparator cmp,
            Source source,
            int row,
            org.lantu.review.Evidence evidence) {
        Optional<CatalogEntry> entry;
        Measure measure;
        if (kind == TargetKind.ANNUAL_GROWTH) {
            entry = catalog.growthOf(name);
            measure = Measure.GROWTH;
        } else {
            entry = catalog.find(name);
            measure = entry.isPresent() && entry.get().growth()
                    ? Measure.GROWTH
                    : kind == TargetKind.CUMULATIVE ? Measure.CUMULATIVE : Measure.LEVEL;
        }
        String place = catalog.place(name);
        String key = entry.map(e -> "#" + e.code() + (place.isEmpty() ? "" : "@" + place))
                .orElseGet(
                        () -> "~" + IndicatorCatalog.normalize(name) + (kind == TargetKind.ANNUAL_GROWTH ? "#g" : ""));
        return new Figure(
                name,
                key,
                table || entry.isPresent(),
                entry.orElse(null),
                measure,
                role,
                value,
                unit,
                year,
                from,
                cmp,
                source,
                row,
                evidence);
    }

    /** How a cell reads: 以上/≥, 以内/≤, ＞/突破, 左右, else equal. */
    static Comparator comparator(String raw) {
        String s = Texts.normalize(raw);
        if (s.contains("以内") || s.contains("以下") || s.contains("≤") || s.contains("不超过")) {
            return Comparator.LE;
        }
        if (s.contains("以上") || s.contains("≥") || s.contains("不低于")) {
            return Comparator.GE;
        }
        if (s.contains("＞") || s.contains(">") || s.contains("突破") || s.contains("超过")) {
            return Comparator.GT;
        }
        if (s.contains("＜") || s.contains("<")) {
            return Comparator.LT;
        }
        if (s.contains("左右") || s.startsWith("约")) {
            return Comparator.ABOUT;
        }
        if (s.contains("要求") || s.contains("任务")) {
            return Comparator.QUALITATIVE;
        }
        return Comparator.EQ;
    }
}
