package org.lantu.review.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.lantu.review.Evidence;
import org.lantu.review.Finding;
import org.lantu.review.FindingKind;
import org.lantu.review.Severity;
import org.lantu.review.internal.Figure.Role;
import org.lantu.review.internal.Figure.YearFrom;

/**
 * {@code conflicting_figures}: the same indicator, the same year and the same role (a value reached, or a
 * target) stated with different values. Indicators are compared only when the catalog lists them or a table
 * names them; units are converted within a family (亿元, 万元) and figures of different families are not
 * compared. Severity: {@code error}, except {@code warning} when the values differ only by rounding (165.9
 * and 165.93), when one of them has no year of its own and is read from its section (发展成效 → the base
 * year), and between two plans of the same unit (a later plan may revise an earlier one).
 */
final class Conflicts {

    enum Scope {
        /** Inside one document. */
        WITHIN,
        /** A plan and its interpretation: only differences between the two count. */
        INTERPRETATION,
        /** Two plans of the same unit: only differences between the two count. */
        SAME_UNIT
    }

    private Conflicts() {}

    static List<Finding> check(List<Figure> figures, Scope scope) {
        Map<String, List<Figure>> groups = new LinkedHashMap<>();
        for (Figure f : figures) {
            if (!f.known() || f.year() == null) {
                continue;
            }
            String k = f.key() + "|" + f.measure() + "|" + f.role() + "|" + f.year();
            groups.computeIfAbsent(k, x -> new ArrayList<>()).add(f);
        }
        List<Finding> out = new ArrayList<>();
        for (List<Figure> g : groups.values()) {
            for (List<Figure> family : byFamily(g)) {
                Finding f = conflict(family, scope);
                if (f != null) {
                    out.add(f);
                }
            }
        }
        return out;
    }

    /** The figures of a group split by unit family; a figure without a unit joins the largest family. */
    private static List<List<Figure>> byFamily(List<Figure> group) {
        Map<String, List<Figure>> fams = new LinkedHashMap<>();
        List<Figure> none = new ArrayList<>();
        for (Figure f : group) {
            String fam = f.family();
            if (fam == null) {
                none.add(f);
            } else {
                fams.computeIfAbsent(fam, x -> new ArrayList<>()).add(f);
            }
        }
        if (fams.isEmpty()) {
            return none.isEmpty() ? List.of() : List.of(none);
        }
        List<Figure> largest = fams.values().stream()
                .max(java.util.Comparator.comparingInt(List::size))
                .orElseThrow();
        largest.addAll(none);
        return new ArrayList<>(fams.values());
    }

    private static @org.jspecify.annotations.Nullable Finding conflict(List<Figure> g, Scope scope) {
        // distinct values, first figure of each as its representative
        List<Figure> distinct = new ArrayList<>();
        for (Figure f : g) {
            if (distinct.stream().noneMatch(d -> d.base().compareTo(f.base()) == 0)) {
                distinct.add(f);
            }
        }
        if (distinct.size() < 2) {
            return null;
        }
        boolean crossing = false;
        boolean allRounding = true;
        boolean inferred = false;
        for (int i = 0; i < distinct.size(); i++) {
            for (int j = i + 1; j < distinct.size(); j++) {
                Figure a = distinct.get(i);
                Figure b = distinct.get(j);
                if (!sameFileValues(g, a, b)) {
                    crossing = true;
                }
                allRounding &= Texts.sameByRounding(a.value(), inUnitOf(b, a));
            }
        }
        for (Figure f : g) {
            inferred |= f.yearFrom() == YearFrom.CONTEXT;
        }
        if (scope != Scope.WITHIN && !crossing) {
            return null;
        }
        Severity severity = allRounding || inferred || scope == Scope.SAME_UNIT ? Severity.WARNING : Severity.ERROR;
        List<Figure> shown = evidence(g);
        Figure first = g.get(0);
        String name = first.entry() != null ? first.entry().name() : first.indicator();
        int year = Objects.requireNonNull(first.year());
        boolean target = first.role() == Role.TARGET;
        StringBuilder zh = new StringBuilder();
        StringBuilder en = new StringBuilder();
        zh.append(name).append(year).append("年").append(target ? "目标值" : "实际值").append("前后不一致：");
        en.append(name)
                .append(" for ")
                .append(year)
                .append(" (")
                .append(target ? "target" : "actual value")
                .append(") is stated as ");
        for (int i = 0; i < shown.size(); i++) {
            Figure f = shown.get(i);
            zh.append(i == 0 ? "" : "，")
                    .append(f.display())
                    .append("（")
                    .append(where(f, true, scope != Scope.WITHIN))
                    .append("）");
            en.append(i == 0 ? "" : i == shown.size() - 1 ? " and " : ", ")
                    .append(f.display())
                    .append(" (")
                    .append(where(f, false, scope != Scope.WITHIN))
                    .append(")");
        }
        zh.append("。");
        en.append(".");
        if (allRounding) {
            zh.append("两者仅相差四舍五入，但应写成同一个数。");
            en.append(" They differ by rounding only, but should read the same.");
        }
        for (Figure f : g) {
            if (f.yearFrom() == YearFrom.CONTEXT) {
                zh.append("第")
                        .append(f.line())
                        .append("行未写年份，所在章节")
                        .append(f.evidence().section())
                        .append("记述规划前的现状，按")
                        .append(year)
                        .append("年计。");
                en.append(" Line ")
                        .append(f.line())
                        .append(" gives no year; its section (")
                        .append(f.evidence().section())
                        .append(") describes the state before the plan, read as ")
                        .append(year)
                        .append(".");
                break;
            }
        }
        for (Figure f : g) {
            if (f.yearFrom() == YearFrom.PERIOD_END) {
                zh.append("第")
                        .append(f.line())
                        .append("行未写年份，按规划期末")
                        .append(year)
                        .append("年计。");
                en.append(" Line ")
                        .append(f.line())
                        .append(" gives no year; read as the plan's last year, ")
                        .append(year)
                        .append(".");
                break;
            }
        }
        if (scope == Scope.INTERPRETATION) {
            zh.append("解读与所解读的方案不一致。");
            en.append(" The interpretation disagrees with the plan it interprets.");
        } else if (scope == Scope.SAME_UNIT) {
            zh.append("同一地区的两份规划不一致。");
            en.append(" Two plans of the same unit disagree.");
        }
        List<Evidence> ev = shown.stream().map(Figure::evidence).toList();
        return new Finding(FindingKind.CONFLICTING_FIGURES, severity, zh.toString(), en.toString(), ev);
    }

    /** The value of {@code f} in the unit of {@code like} (its own value when either states no unit). */
    static java.math.BigDecimal inUnitOf(Figure f, Figure like) {
        org.lantu.catalog.Units.Scaled s = org.lantu.catalog.Units.scaled(like.unit());
        if (s == null || f.unit() == null || like.unit() == null) {
            return f.value();
        }
        return f.base().divide(s.factor()).stripTrailingZeros();
    }

    /** Whether the two values both appear only in one and the same file. */
    private static boolean sameFileValues(List<Figure> g, Figure a, Figure b) {
        for (Figure x : g) {
            for (Figure y : g) {
                if (x.base().compareTo(a.base()) == 0
                        && y.base().compareTo(b.base()) == 0
                        && !x.file().equals(y.file())) {
                    return false;
                }
            }
        }
        return true;
    }

    /** One figure per place and value, in the order of the documents. */
    private static List<Figure> evidence(List<Figure> g) {
        List<Figure> out = new ArrayList<>();
        for (Figure f : g) {
            boolean dup = out.stream()
                    .anyMatch(o -> o.file().equals(f.file())
                            && o.line() == f.line()
                            && o.base().compareTo(f.base()) == 0);
            if (!dup) {
                out.add(f);
            }
        }
        return out;
    }

    static String where(Figure f, boolean zh, boolean withFile) {
        String kind = f.source() == Figure.Source.TABLE ? (zh ? "表" : "table") : (zh ? "正文" : "text");
        String file = withFile ? java.nio.file.Path.of(f.file()).getFileName().toString() : "";
        if (zh) {
            return (withFile ? file + " " : "") + kind + "第" + f.line() + "行";
        }
        return (withFile ? file + ", " : "") + kind + ", line " + f.line();
    }
}
