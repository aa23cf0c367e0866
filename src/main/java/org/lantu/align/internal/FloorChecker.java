package org.lantu.align.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.lantu.align.FloorCheck;
import org.lantu.align.FloorVerdict;
import org.lantu.align.StatedTarget;
import org.lantu.catalog.Units;
import org.lantu.plan.ExtractedPlan;
import org.lantu.plan.Indicator;
import org.lantu.plan.Target;

/**
 * Floors and ceilings (see {@code docs/methodology.md}, "Alignment floors"): every quantitative target of
 * the parent against the child's targets for the same indicator.
 *
 * <ol>
 *   <li>The child's targets for the indicator: same {@link IndicatorNames#key key}; else a child name
 *       containing the parent's (or the reverse, at least {@value #MIN_CONTAINED} characters); else
 *       character-bigram Dice ≥ {@value #MIN_DICE}. The first of these tiers that finds any is used.
 *   <li>Targets the child states more than once with the same figure count once; different figures are
 *       each compared, and the note says so.
 *   <li>A parent target that is a regional aggregate ({@link IndicatorNames#aggregateReason}) is {@code
 *       not_comparable}, with the child's target shown when there is one.
 *   <li>Different kinds (level, annual growth, cumulative), years or units of different families, or no
 *       figure in the child (达到全市要求): {@code not_comparable}.
 *   <li>The parent's comparator says floor or ceiling: ≥, >, = (达到) and ≈ (左右, within {@code 5 %}) are
 *       floors, ≤ and < ceilings; = and ≈ are ceilings too for lower-is-better indicators (失业率).
 * </ol>
 */
public final class FloorChecker {

    static final int MIN_CONTAINED = 4;
    static final double MIN_DICE = 0.6;
    /** How far a 左右 (about) target may be missed and still be met, relative to its figure. */
    static final BigDecimal ABOUT_TOLERANCE = new BigDecimal("0.05");

    public List<FloorCheck> check(ExtractedPlan child, ExtractedPlan parent) {
        List<StatedTarget> parentTargets = stated(parent);
        List<StatedTarget> childTargets = stated(child);
        List<FloorCheck> out = new ArrayList<>();
        for (StatedTarget p : parentTargets) {
            if (p.quantitative()) {
                out.addAll(check(p, childTargets));
            }
        }
        return List.copyOf(out);
    }

    /** Every target of a plan, prose and table, in the order of the document. */
    static List<StatedTarget> stated(ExtractedPlan plan) {
        List<StatedTarget> all = new ArrayList<>();
        for (Target t : plan.targets()) {
            all.add(StatedTarget.of(t));
        }
        for (Indicator i : plan.indicators()) {
            StatedTarget t = StatedTarget.of(i);
            if (t != null) {
                all.add(t);
            }
        }
        all.sort(Comparator.comparingInt(StatedTarget::line));
        return all;
    }

    /** One parent target against the child's targets: one check per distinct child figure. */
    List<FloorCheck> check(StatedTarget p, List<StatedTarget> childTargets) {
        List<StatedTarget> found = distinct(candidates(p, childTargets));
        @Nullable String aggregate = IndicatorNames.aggregateReason(p.indicator(), unit(p));
        if (aggregate != null) {
            @Nullable StatedTarget shown = found.isEmpty() ? null : found.get(0);
            String note = "The parent's target " + aggregate + "."
                    + (shown != null ? " The child's " + describe(shown) + " is shown for reference." : "");
            String zh = "上级目标是全区合计或区域总量，不作为旗县的底线。" + (shown != null ? "本级" + describeZh(shown) + "仅供参照。" : "");
            return List.of(new FloorCheck(p, shown, FloorVerdict.NOT_COMPARABLE, note, zh));
        }
        if (found.isEmpty()) {
            return List.of(new FloorCheck(
                    p,
                    null,
                    FloorVerdict.MISSING_IN_CHILD,
                    "The child states no target for " + p.indicator() + ".",
                    "本级规划没有" + p.indicator() + "的目标。"));
        }
        List<FloorCheck> out = new ArrayList<>();
        for (StatedTarget c : found) {
            Compared r = compare(p, c);
            String note = r.note();
            String zh = r.zh();
            if (found.size() > 1) {
                StringBuilder all = new StringBuilder();
                StringBuilder allZh = new StringBuilder();
                for (StatedTarget o : found) {
                    all.append(all.length() == 0 ? "" : "; ").append(describe(o));
                    allZh.append(allZh.length() == 0 ? "" : "；").append(describeZh(o));
                }
                note += " The child states " + found.size() + " different targets for this indicator (" + all
                        + "); each is compared.";
                zh += "本级对该指标提出了" + found.size() + "个不同的目标（" + allZh + "），逐一对照。";
            }
            out.add(new FloorCheck(p, c, r.verdict(), note, zh));
        }
        return out;
    }

    /** The child's targets for the parent's indicator, from the first matching tier. */
    static List<StatedTarget> candidates(StatedTarget p, List<StatedTarget> childTargets) {
        String key = IndicatorNames.key(p.indicator());
        List<StatedTarget> exact = new ArrayList<>();
        List<StatedTarget> contained = new ArrayList<>();
        List<StatedTarget> similar = new ArrayList<>();
        for (StatedTarget c : childTargets) {
            String ck = IndicatorNames.key(c.indicator());
            if (ck.equals(key)) {
                exact.add(c);
            } else if (Math.min(ck.length(), key.length()) >= MIN_CONTAINED && (ck.contains(key) || key.contains(ck))) {
                contained.add(c);
            } else if (Math.min(ck.length(), key.length()) >= MIN_CONTAINED
                    && IndicatorNames.dice(ck, key) >= MIN_DICE) {
                similar.add(c);
            }
        }
        return !exact.isEmpty() ? exact : !contained.isEmpty() ? contained : similar;
    }

    /** One target per distinct figure (the same figure in the table and the prose counts once). */
    static List<StatedTarget> distinct(List<StatedTarget> targets) {
        Map<String, StatedTarget> byFigure = new LinkedHashMap<>();
        for (StatedTarget t : targets) {
            String figure =
                    (t.value() == null
                                    ? "-"
                                    : Units.toBase(t.value(), unit(t))
                                            .stripTrailingZeros()
                                            .toPlainString()) + "|" + t.comparator() + "|" + t.kind() + "|" + t.year();
            byFigure.putIfAbsent(figure, t);
        }
        return new ArrayList<>(byFigure.values());
    }

    record Compared(FloorVerdict verdict, String note, String zh) {}

    /** The two targets as a note names them, in English and Chinese. */
    record Pair(String en, String zh) {}

    static Compared compare(StatedTarget p, StatedTarget c) {
        if (!c.quantitative()) {
            return new Compared(
                    FloorVerdict.NOT_COMPARABLE,
                    "The child sets no figure ("
                            + (c.raw() != null ? c.raw() : c.comparator().code()) + "), so the parent's " + describe(p)
                            + " cannot be checked.",
                    "本级目标没有数值（" + (c.raw() != null ? c.raw() : c.comparator().code()) + "），无法对照上级" + describeZh(p)
                            + "。");
        }
        if (p.kind() != c.kind()) {
            return new Compared(
                    FloorVerdict.NOT_COMPARABLE,
                    "Different kinds of target: the parent's is " + p.kind().code() + ", the child's "
                            + c.kind().code() + ".",
                    "目标类型不同：上级为" + kindZh(p) + "，本级为" + kindZh(c) + "。");
        }
        if (p.year() != null && c.year() != null && !p.year().equals(c.year())) {
            return new Compared(
                    FloorVerdict.NOT_COMPARABLE,
                    "Different target years: the parent's is " + p.year() + ", the child's " + c.year() + ".",
                    "目标年份不同：上级为" + p.year() + "年，本级为" + c.year() + "年。");
        }
        String pu = unit(p);
        String cu = unit(c);
        if (!Units.compatible(pu, cu)) {
            return new Compared(
                    FloorVerdict.NOT_COMPARABLE,
                    "Different units: the parent's is " + pu + ", the child's " + cu + ".",
                    "单位不同：上级为" + pu + "，本级为" + cu + "。");
        }
        BigDecimal pv = Units.toBase(Objects.requireNonNull(p.value()), pu);
        BigDecimal cv = Units.toBase(Objects.requireNonNull(c.value()), cu);
        String unitNote = "";
        String unitNoteZh = "";
        if (pu == null || cu == null) {
            unitNote = pu == null && cu == null ? "" : " (the unit is stated on one side only; read as the same)";
            unitNoteZh = pu == null && cu == null ? "" : "（仅一方写明单位，按相同单位对照）";
        } else if (!Objects.equals(Units.normalize(pu), Units.normalize(cu))) {
            unitNote = " (units converted)";
            unitNoteZh = "（已换算单位）";
        }
        boolean ceiling = switch (p.comparator()) {
            case LE, LT -> true;
            case EQ, ABOUT -> IndicatorNames.lowerIsBetter(p.indicator());
            default -> false;
        };
        Pair pair = new Pair(
                "parent " + describe(p) + ", child " + describe(c) + unitNote,
                "上级" + describeZh(p) + "，本级" + describeZh(c) + unitNoteZh);
        if (ceiling) {
            return ceiling(p, c, pv, cv, pair);
        }
        return floor(p, c, pv, cv, pair);
    }

    private static Compared floor(StatedTarget p, StatedTarget c, BigDecimal pv, BigDecimal cv, Pair pair) {
        switch (c.comparator()) {
            case LE, LT -> {
                return new Compared(
                        FloorVerdict.NOT_COMPARABLE,
                        "The parent sets a floor and the child a ceiling: " + pair.en() + ".",
                        "上级设底线而本级设上限：" + pair.zh() + "。");
            }
            default -> {}
        }
        BigDecimal floor = p.comparator() == org.lantu.plan.Comparator.ABOUT
                ? pv.subtract(pv.abs().multiply(ABOUT_TOLERANCE))
                : pv;
        int cmp = cv.compareTo(floor);
        boolean meets = cmp > 0
                || cmp == 0
                        && (p.comparator() != org.lantu.plan.Comparator.GT
                                || c.comparator() == org.lantu.plan.Comparator.GT);
        return meets
                ? new Compared(FloorVerdict.MEETS, "Meets the floor: " + pair.en() + ".", "达到上级底线：" + pair.zh() + "。")
                : new Compared(
                        FloorVerdict.BELOW_FLOOR,
                        "Below the parent's floor: " + pair.en() + ".",
                        "低于上级底线：" + pair.zh() + "。");
    }

    private static Compared ceiling(StatedTarget p, StatedTarget c, BigDecimal pv, BigDecimal cv, Pair pair) {
        BigDecimal ceiling = p.comparator() == org.lantu.plan.Comparator.ABOUT
                ? pv.add(pv.abs().multiply(ABOUT_TOLERANCE))
                : pv;
        int cmp = cv.compareTo(ceiling);
        boolean childCeiling = switch (c.comparator()) {
            case LE, LT, EQ, ABOUT -> true;
            default -> false;
        };
        if (!childCeiling) {
            // the child commits to at least cv: above the ceiling for sure only when cv exceeds it
            return cmp > 0
                    ? new Compared(
                            FloorVerdict.ABOVE_CEILING,
                            "Above the parent's ceiling: " + pair.en() + ".",
                            "超过上级上限：" + pair.zh() + "。")
                    : new Compared(
                            FloorVerdict.NOT_COMPARABLE,
                            "The parent sets a ceiling and the child a floor: " + pair.en() + ".",
                            "上级设上限而本级设底线：" + pair.zh() + "。");
        }
        boolean meets = cmp < 0
                || cmp == 0
                        && (p.comparator() != org.lantu.plan.Comparator.LT
                                || c.comparator() == org.lantu.plan.Comparator.LT);
        return meets
                ? new Compared(
                        FloorVerdict.MEETS, "Within the ceiling: " + pair.en() + ".", "未超过上级上限：" + pair.zh() + "。")
                : new Compared(
                        FloorVerdict.ABOVE_CEILING,
                        "Above the parent's ceiling: " + pair.en() + ".",
                        "超过上级上限：" + pair.zh() + "。");
    }

    /** The target's unit, or the one in parentheses at the end of its indicator name. */
    static @Nullable String unit(StatedTarget t) {
        String u = Units.normalize(t.unit());
        return u != null ? u : IndicatorNames.unitInName(t.indicator());
    }

    static String describeZh(StatedTarget t) {
        String figure = t.raw() != null
                ? t.raw()
                : symbol(t.comparator()) + (t.value() != null ? t.value().toPlainString() : "");
        String u = unit(t);
        return t.indicator() + figure + (u != null && !figure.endsWith(u) ? u : "")
                + (t.year() != null ? "（" + t.year() + "年）" : "")
                + "（" + ("table".equals(t.source()) ? "表" : "正文") + "第" + t.line() + "行）";
    }

    private static String kindZh(StatedTarget t) {
        return switch (t.kind()) {
            case LEVEL -> "水平值";
            case ANNUAL_GROWTH -> "年均增速";
            case CUMULATIVE -> "累计值";
            case QUALITATIVE -> "定性目标";
            case MISSING -> "无目标";
        };
    }

    static String describe(StatedTarget t) {
        String figure = t.raw() != null
                ? t.raw()
                : symbol(t.comparator()) + (t.value() != null ? t.value().toPlainString() : "");
        String u = unit(t);
        return t.indicator() + " " + figure + (u != null && !figure.endsWith(u) ? " " + u : "")
                + (t.year() != null ? " by " + t.year() : "") + " (" + t.source() + ", line " + t.line() + ")";
    }

    private static String symbol(org.lantu.plan.Comparator c) {
        return switch (c) {
            case GE -> "≥";
            case GT -> ">";
            case LE -> "≤";
            case LT -> "<";
            case ABOUT -> "≈";
            default -> "";
        };
    }
}
