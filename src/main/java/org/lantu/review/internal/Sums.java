package org.lantu.review.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.lantu.plan.Indicator;
import org.lantu.plan.ProjectSummary;
import org.lantu.plan.ProjectSummary.ProjectCategory;
import org.lantu.plan.TableValue;
import org.lantu.review.Evidence;
import org.lantu.review.Finding;
import org.lantu.review.FindingKind;
import org.lantu.review.Severity;

/**
 * {@code sum_mismatch}: a total that is not the sum of its parts. Project lists (重点项目清单: the count and
 * investment of each category against the total) and indicator tables with a 合计 or 总计 row (each value
 * column against the rows above it, up to the previous total). Integers must add up exactly; decimals within
 * half a unit of the last decimal of each part and of the total (five parts and a total of two decimals:
 * 0.03), since each may have been rounded. (Project boxes' 合计 rows are not kept by the extractor, so boxes
 * are not checked.)
 */
final class Sums {

    private static final Pattern TOTAL = Pattern.compile("^(合计|总计|共计)$");

    private Sums() {}

    static List<Finding> check(Doc doc) {
        List<Finding> out = new ArrayList<>();
        for (ProjectSummary s : doc.plan.projectSummaries()) {
            summary(doc, s, out);
        }
        tables(doc, out);
        return out;
    }

    private static void summary(Doc doc, ProjectSummary s, List<Finding> out) {
        List<ProjectCategory> cats = s.categories();
        if (cats.isEmpty()) {
            return;
        }
        Evidence ev = doc.evidence(s.location().quote(), s.line());
        Integer total = s.total().count();
        if (total != null && cats.stream().allMatch(c -> c.count() != null)) {
            int sum = cats.stream()
                    .mapToInt(c -> c.count() == null ? 0 : c.count())
                    .sum();
            if (sum != total) {
                out.add(new Finding(
                        FindingKind.SUM_MISMATCH,
                        Severity.ERROR,
                        s.title() + "：各类项目数之和为" + sum + "个，与总数" + total + "个不符（" + parts(cats, true) + "）。",
                        s.title() + ": the categories add up to " + sum + " projects, not the total " + total + " ("
                                + parts(cats, false) + ").",
                        List.of(ev)));
            }
        }
        BigDecimal investment = s.total().investment();
        if (investment != null && cats.stream().allMatch(c -> c.investment() != null)) {
            List<BigDecimal> values = new ArrayList<>();
            for (ProjectCategory c : cats) {
                values.add(java.util.Objects.requireNonNull(c.investment()));
            }
            BigDecimal sum = sum(values);
            if (!withinRounding(sum, investment, values)) {
                String u = Texts.unit(s.total().unit());
                out.add(new Finding(
                        FindingKind.SUM_MISMATCH,
                        Severity.ERROR,
                        s.title() + "：各类项目投资之和为" + Texts.plain(sum) + u + "，与总投资" + Texts.plain(investment) + u + "不符。",
                        s.title() + ": the categories' investments add up to " + Texts.plain(sum) + u
                                + ", not the total " + Texts.plain(investment) + u + ".",
                        List.of(ev)));
            }
        }
    }

    private static String parts(List<ProjectCategory> cats, boolean zh) {
        StringBuilder sb = new StringBuilder();
        for (ProjectCategory c : cats) {
            sb.append(sb.length() == 0 ? "" : zh ? "、" : ", ")
                    .append(c.name())
                    .append(' ')
                    .append(c.count());
        }
        return sb.toString();
    }

    private static void tables(Doc doc, List<Finding> out) {
        List<Indicator> rows = doc.plan.indicators();
        for (int r = 0; r < rows.size(); r++) {
            Indicator total = rows.get(r);
            if (!TOTAL.matcher(Texts.normalize(total.name())).matches()) {
                continue;
            }
            List<Indicator> parts = new ArrayList<>();
            for (int p = r - 1; p >= 0 && rows.get(p).table().equals(total.table()); p--) {
                if (TOTAL.matcher(Texts.normalize(rows.get(p).name())).matches()) {
                    break;
                }
                parts.add(0, rows.get(p));
            }
            if (parts.size() < 2) {
                continue;
            }
            for (int c = 0; c < total.values().size(); c++) {
                BigDecimal t = total.values().get(c).value();
                List<BigDecimal> values = column(parts, c);
                if (t == null || values == null) {
                    continue;
                }
                BigDecimal sum = sum(values);
                if (!withinRounding(sum, t, values)) {
                    TableValue v = total.values().get(c);
                    out.add(new Finding(
                            FindingKind.SUM_MISMATCH,
                            Severity.ERROR,
                            total.table() + "“" + v.header() + "”列：各行之和为" + Texts.plain(sum) + "，与" + total.name()
                                    + Texts.plain(t) + "不符。",
                            total.table() + ", column " + v.header() + ": the rows add up to " + Texts.plain(sum)
                                    + ", not the " + total.name() + " " + Texts.plain(t) + ".",
                            evidence(doc, total, parts)));
                }
            }
        }
    }

    private static List<Evidence> evidence(Doc doc, Indicator total, List<Indicator> parts) {
        List<Evidence> out = new ArrayList<>();
        out.add(doc.evidence(total.location().quote(), total.line()));
        for (Indicator p : parts) {
            out.add(doc.evidence(p.location().quote(), p.line()));
        }
        return out;
    }

    private static @Nullable List<BigDecimal> column(List<Indicator> rows, int c) {
        List<BigDecimal> out = new ArrayList<>();
        for (Indicator i : rows) {
            if (c >= i.values().size() || i.values().get(c).value() == null) {
                return null;
            }
            out.add(i.values().get(c).value());
        }
        return out;
    }

    private static BigDecimal sum(List<BigDecimal> values) {
        BigDecimal s = BigDecimal.ZERO;
        for (BigDecimal v : values) {
            s = s.add(v);
        }
        return s;
    }

    /** Whether a sum equals a total up to the rounding of its parts (half a unit of each part's last decimal). */
    static boolean withinRounding(BigDecimal sum, BigDecimal total, List<BigDecimal> parts) {
        BigDecimal tolerance = BigDecimal.ZERO;
        for (BigDecimal p : parts) {
            tolerance = tolerance.add(Texts.halfUnit(p));
        }
        tolerance = tolerance.add(Texts.halfUnit(total));
        // parts written as integers are counts or exact amounts: no tolerance
        boolean exact = parts.stream().allMatch(p -> p.stripTrailingZeros().scale() <= 0)
                && total.stripTrailingZeros().scale() <= 0;
        return exact ? sum.compareTo(total) == 0 : sum.subtract(total).abs().compareTo(tolerance) <= 0;
    }
}
