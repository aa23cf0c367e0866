package org.lantu.monitor;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.lantu.catalog.Direction;
import org.lantu.plan.TargetKind;

/**
 * The evaluation method (评估方法), for one target at a time: pure, deterministic, thread-safe.
 *
 * <p>Notation as in {@code docs/methodology.md}: baseline y0 in year t0, target yT in year T, latest observation
 * yt in year t, direction d. A level target is a <em>bound to hold</em> when its baseline already meets it (a
 * ceiling such as 失业率 ≤ 4.5 from 3.6, a floor such as 粮食产能 > 6.5 from 6.69), else a <em>destination</em>.
 * A destination is achieved as soon as the latest value meets it; otherwise progress is the ratio R of the
 * observed to the required compound annual growth, or, where growth rates are meaningless (a zero or a change
 * of sign), of the share of the distance covered to the share of the time elapsed. Growth-rate and cumulative
 * targets are measured against their rate and their total. R ≥ 0.95 is on track, 0.60 ≤ R &lt; 0.95 needs
 * acceleration, 0 ≤ R &lt; 0.60 is limited progress and R &lt; 0 deterioration.
 *
 * <p>A target without a baseline takes its earliest observation as the baseline, and so needs two. Once the
 * target year is reached, a destination not met is at best {@link EvaluationStatus#NEEDS_ACCELERATION}:
 * there is no time left to be on track.
 */
public final class EvaluationEngine {

    static final double ON_TRACK = 0.95;
    static final double NEEDS_ACCELERATION = 0.60;
    static final double AHEAD = 1.05;
    /** 左右: within 2% of the target figure. */
    static final double ABOUT_TOLERANCE = 0.02;

    private EvaluationEngine() {}

    /**
     * Evaluates a target in a year.
     *
     * @param observations the observed values of its indicator for the plan's unit, in any order; those after
     *     {@code year} are ignored
     * @param year the year evaluated (the latest observation used is of this year or before)
     * @param manual a planner's status, used only for a target without a figure to measure
     */
    public static TargetEvaluation evaluate(
            TargetSpec spec, List<YearValue> observations, int year, @Nullable ManualStatus manual) {
        List<YearValue> series = new ArrayList<>();
        for (YearValue o : observations) {
            if (o.year() <= year) {
                series.add(o);
            }
        }
        series.sort(Comparator.comparingInt(YearValue::year));
        YearValue last = series.isEmpty() ? null : series.get(series.size() - 1);
        if (!measurable(spec)) {
            return manual(spec, last, manual, year);
        }
        YearValue target = spec.target();
        YearValue baseline = spec.baseline();
        boolean baselineObserved = false;
        if (baseline == null || baseline.value() == null) {
            if (series.size() < 2) {
                return insufficient(spec, last, 0, "无基期值，至少需要两年观测值", "no baseline: two observed years needed");
            }
            baseline = series.get(0);
            baselineObserved = true;
        }
        int t0 = baseline.year();
        List<YearValue> after = new ArrayList<>();
        for (YearValue o : series) {
            if (o.year() > t0) {
                after.add(o);
            }
        }
        if (after.isEmpty()) {
            return insufficient(
                    spec, last, 0, "基期（" + t0 + "年）之后尚无观测值", "no observation after the baseline year " + t0);
        }
        Context c = new Context(spec, baseline, target, after, baselineObserved);
        return switch (spec.kind()) {
            case ANNUAL_GROWTH -> growth(c);
            case CUMULATIVE -> cumulative(c);
            default -> level(c);
        };
    }

    private static boolean measurable(TargetSpec spec) {
        return spec.target() != null
                && spec.kind() != TargetKind.QUALITATIVE
                && spec.kind() != TargetKind.MISSING
                && spec.comparator() != org.lantu.plan.Comparator.QUALITATIVE
                && spec.comparator() != org.lantu.plan.Comparator.MISSING;
    }

    /** Everything the three methods share. */
    private record Context(
            TargetSpec spec, YearValue baseline, YearValue target, List<YearValue> after, boolean baselineObserved) {

        double y0() {
            return baseline.value().doubleValue();
        }

        int t0() {
            return baseline.year();
        }

        double yT() {
            return target.value().doubleValue();
        }

        int targetYear() {
            return target.year();
        }

        YearValue latest() {
            return after.get(after.size() - 1);
        }

        double yt() {
            return latest().value().doubleValue();
        }

        int t() {
            return latest().year();
        }

        /** The elapsed share of the plan period, at most 1. */
        double elapsed() {
            int span = targetYear() - t0();
            return span <= 0 ? 1 : Math.min(1, (double) (t() - t0()) / span);
        }

        boolean due() {
            return t() >= targetYear();
        }

        String baseNote() {
            return baselineObserved ? "（无基期值，以" + t0() + "年观测值为基期）" : "";
        }

        String baseNoteEn() {
            return baselineObserved ? " (no baseline: the " + t0() + " observation serves as one)" : "";
        }
    }

    // ---- level targets ------------------------------------------------------------------------------------

    private static TargetEvaluation level(Context c) {
        TargetSpec spec = c.spec();
        int d = direction(spec, c.y0(), c.yT());
        if (meets(spec.comparator(), c.y0(), c.yT(), d)) {
            return bound(c, d);
        }
        if (d == 0) {
            d = Double.compare(c.yT(), c.y0());
        }
        Double requiredPace = c.due() ? null : pace(c.yt(), c.yT(), c.targetYear() - c.t());
        Double requiredStep = c.due() ? null : (c.yT() - c.yt()) / (c.targetYear() - c.t());
        boolean growthMeaningful = sameSignNonZero(c.y0(), c.yt()) && sameSignNonZero(c.y0(), c.yT());
        EvaluationMethod method =
                growthMeaningful && c.targetYear() > c.t0() ? EvaluationMethod.CAGR : EvaluationMethod.LINEAR;
        double ratio;
        double projection;
        String how;
        String howEn;
        if (method == EvaluationMethod.CAGR) {
            double observed = Math.pow(c.yt() / c.y0(), 1.0 / (c.t() - c.t0())) - 1;
            double required = Math.pow(c.yT() / c.y0(), 1.0 / (c.targetYear() - c.t0())) - 1;
            double s = c.y0() < 0 ? -1 : 1;
            ratio = s * d * observed / Math.abs(required);
            projection = c.due() ? c.yt() : c.yt() * Math.pow(1 + observed, c.targetYear() - c.t());
            how = "年均变化" + percent(observed) + "，按期达标需" + percent(required);
            howEn = "average change " + percent(observed) + " a year against " + percent(required) + " needed";
        } else {
            double share = (c.yt() - c.y0()) / (c.yT() - c.y0());
            ratio = share / c.elapsed();
            double slope = (c.yt() - c.y0()) / (c.t() - c.t0());
            projection = c.due() ? c.yt() : c.yt() + slope * (c.targetYear() - c.t());
            how = "已完成目标差距的" + percent(share) + "，时间过半程度" + percent(c.elapsed());
            howEn = percent(share) + " of the distance covered in " + percent(c.elapsed()) + " of the time";
        }
        if (meets(spec.comparator(), c.yt(), c.yT(), d)) {
            boolean early = !c.due();
            return new TargetEvaluation(
                    spec,
                    c.latest(),
                    c.after().size(),
                    EvaluationStatus.ACHIEVED,
                    null,
                    method,
                    early ? ProgressCategory.ACHIEVED_EARLY : ProgressCategory.AS_EXPECTED,
                    null,
                    null,
                    null,
                    c.t() + "年" + num(c.yt()) + "，已达到目标" + spec.comparator().code() + num(c.yT()) + c.baseNote(),
                    c.t() + ": " + num(c.yt()) + ", target " + spec.comparator().code() + " " + num(c.yT()) + " met"
                            + c.baseNoteEn());
        }
        return measured(
                c,
                round(ratio),
                method,
                projection,
                requiredPace,
                requiredStep,
                how + c.baseNote(),
                howEn + c.baseNoteEn());
    }

    /** A bound to hold: within it is on track (基本符合预期), outside it deterioration (滞后). */
    private static TargetEvaluation bound(Context c, int d) {
        TargetSpec spec = c.spec();
        boolean holds = meets(spec.comparator(), c.yt(), c.yT(), d);
        double slope = (c.yt() - c.y0()) / (c.t() - c.t0());
        double projection = c.due() ? c.yt() : c.yt() + slope * (c.targetYear() - c.t());
        String bound = spec.comparator().code() + " " + num(c.yT());
        return new TargetEvaluation(
                spec,
                c.latest(),
                c.after().size(),
                holds ? EvaluationStatus.ON_TRACK : EvaluationStatus.DETERIORATION,
                null,
                EvaluationMethod.BOUND,
                holds ? ProgressCategory.AS_EXPECTED : ProgressCategory.BEHIND,
                projection,
                null,
                null,
                "基期" + num(c.y0()) + "已满足" + bound + "，为约束底线；" + c.t() + "年" + num(c.yt())
                        + (holds ? "，仍在约束之内" : "，已突破约束") + c.baseNote(),
                "the baseline " + num(c.y0()) + " already meets " + bound + ", a bound to hold; " + c.t() + ": "
                        + num(c.yt()) + (holds ? ", still within it" : ", the bound is broken") + c.baseNoteEn());
    }

    /**
     * +1 if a higher figure is better, −1 if lower, 0 if neither the comparator nor the catalog tells (then a
     * destination's way from baseline to target does).
     */
    private static int direction(TargetSpec spec, double y0, double yT) {
        return switch (spec.comparator()) {
            case GE, GT -> 1;
            case LE, LT -> -1;
            default -> spec.direction() == Direction.HIGHER ? 1 : spec.direction() == Direction.LOWER ? -1 : 0;
        };
    }

    private static boolean meets(org.lantu.plan.Comparator comparator, double v, double target, int d) {
        return switch (comparator) {
            case GE -> v >= target;
            case GT -> v > target;
            case LE -> v <= target;
            case LT -> v < target;
            case ABOUT -> Math.abs(v - target) <= ABOUT_TOLERANCE * Math.abs(target);
            default -> d > 0 ? v >= target : d < 0 ? v <= target : v == target;
        };
    }

    // ---- growth-rate targets ------------------------------------------------------------------------------

    private static TargetEvaluation growth(Context c) {
        TargetSpec spec = c.spec();
        double rate = c.yT() / 100;
        double observed;
        int years;
        if (spec.yearlyChanges()) {
            double product = 1;
            for (YearValue o : c.after()) {
                double r = o.value().doubleValue() / 100;
                product *= spec.reduction() ? 1 - r : 1 + r;
            }
            years = c.after().size();
            double mean = Math.pow(product, 1.0 / years);
            observed = spec.reduction() ? 1 - mean : mean - 1;
        } else {
            if (!sameSignNonZero(c.y0(), c.yt()) || c.y0() < 0) {
                return insufficient(
                        spec,
                        c.latest(),
                        c.after().size(),
                        "观测值为零或变号，无法计算年均增速",
                        "a zero or sign-changing series has no growth rate");
            }
            years = c.t() - c.t0();
            double mean = Math.pow(c.yt() / c.y0(), 1.0 / years);
            observed = spec.reduction() ? 1 - mean : mean - 1;
        }
        String word = spec.reduction() ? "年均下降" : "年均增长";
        String wordEn = spec.reduction() ? "average fall" : "average growth";
        String how = word + percent(observed) + "，目标" + percent(rate);
        String howEn = wordEn + " " + percent(observed) + " against a target of " + percent(rate);
        int remaining = c.targetYear() - c.t();
        Double requiredPace = null;
        if (remaining > 0) {
            int span = c.targetYear() - c.t0();
            double done = Math.pow(spec.reduction() ? 1 - observed : 1 + observed, years);
            double whole = Math.pow(spec.reduction() ? 1 - rate : 1 + rate, Math.max(span, years + remaining));
            double needed = Math.pow(whole / done, 1.0 / remaining);
            requiredPace = spec.reduction() ? 1 - needed : needed - 1;
        }
        int d = direction(spec, 0, 0);
        boolean ceiling = d < 0 && !spec.reduction();
        if (ceiling || rate <= 0) {
            boolean holds = ceiling ? observed <= rate : observed >= rate;
            return new TargetEvaluation(
                    spec,
                    c.latest(),
                    c.after().size(),
                    holds ? EvaluationStatus.ON_TRACK : EvaluationStatus.DETERIORATION,
                    null,
                    EvaluationMethod.BOUND,
                    holds ? ProgressCategory.AS_EXPECTED : ProgressCategory.BEHIND,
                    round(observed * 100),
                    null,
                    null,
                    how + (holds ? "，在约束之内" : "，已突破约束"),
                    howEn + (holds ? ", within the bound" : ", the bound is broken"));
        }
        double ratio = observed / rate;
        if (c.due() && ratio >= 1) {
            return new TargetEvaluation(
                    spec,
                    c.latest(),
                    c.after().size(),
                    EvaluationStatus.ACHIEVED,
                    round(ratio),
                    EvaluationMethod.GROWTH,
                    ratio >= AHEAD ? ProgressCategory.AHEAD : ProgressCategory.AS_EXPECTED,
                    round(observed * 100),
                    null,
                    null,
                    how + "，规划期已满，目标实现",
                    howEn + "; the period is over and the target met");
        }
        return measured(
                c, round(ratio), EvaluationMethod.GROWTH, round(observed * 100), requiredPace, null, how, howEn);
    }

    // ---- cumulative targets -------------------------------------------------------------------------------

    private static TargetEvaluation cumulative(Context c) {
        TargetSpec spec = c.spec();
        boolean percentUnit = spec.unit() != null && spec.unit().strip().equals("%");
        double total = c.yT();
        double accumulated;
        if (spec.yearlyChanges()) {
            if (percentUnit) {
                double product = 1;
                for (YearValue o : c.after()) {
                    double r = o.value().doubleValue() / 100;
                    product *= spec.reduction() ? 1 - r : 1 + r;
                }
                accumulated = (spec.reduction() ? 1 - product : product - 1) * 100;
            } else {
                accumulated = 0;
                for (YearValue o : c.after()) {
                    accumulated += o.value().doubleValue();
                }
            }
        } else {
            double change = spec.reduction() ? c.y0() - c.yt() : c.yt() - c.y0();
            if (percentUnit) {
                if (c.y0() == 0) {
                    return insufficient(
                            spec,
                            c.latest(),
                            c.after().size(),
                            "基期值为零，无法计算累计变化率",
                            "a zero baseline has no relative change");
                }
                accumulated = change / Math.abs(c.y0()) * 100;
            } else {
                accumulated = change;
            }
        }
        String word = spec.reduction() ? "累计下降" : "累计";
        String unit = spec.unit() == null ? "" : spec.unit();
        String how = word + num(accumulated) + unit + "，目标" + num(total) + unit + "，时间进度" + percent(c.elapsed());
        String howEn = "accumulated " + num(accumulated) + unit + " of " + num(total) + unit + " with "
                + percent(c.elapsed()) + " of the time elapsed";
        if (total <= 0) {
            boolean holds = accumulated >= total;
            return new TargetEvaluation(
                    spec,
                    c.latest(),
                    c.after().size(),
                    holds ? EvaluationStatus.ON_TRACK : EvaluationStatus.DETERIORATION,
                    null,
                    EvaluationMethod.BOUND,
                    holds ? ProgressCategory.AS_EXPECTED : ProgressCategory.BEHIND,
                    round(accumulated),
                    null,
                    null,
                    how,
                    howEn);
        }
        double projection = accumulated / c.elapsed();
        Double requiredStep = c.due() ? null : (total - accumulated) / (c.targetYear() - c.t());
        if (accumulated >= total) {
            boolean early = !c.due();
            return new TargetEvaluation(
                    spec,
                    c.latest(),
                    c.after().size(),
                    EvaluationStatus.ACHIEVED,
                    null,
                    EvaluationMethod.CUMULATIVE,
                    early ? ProgressCategory.ACHIEVED_EARLY : ProgressCategory.AS_EXPECTED,
                    round(projection),
                    null,
                    null,
                    how + "，已完成",
                    howEn + "; done");
        }
        double ratio = accumulated / total / c.elapsed();
        return measured(
                c, round(ratio), EvaluationMethod.CUMULATIVE, round(projection), null, requiredStep, how, howEn);
    }

    // ---- shared -------------------------------------------------------------------------------------------

    /** A measured destination not yet met: status and category from R, capped once the target year is due. */
    private static TargetEvaluation measured(
            Context c,
            double ratio,
            EvaluationMethod method,
            @Nullable Double projection,
            @Nullable Double requiredPace,
            @Nullable Double requiredStep,
            String how,
            String howEn) {
        EvaluationStatus status = ratio >= ON_TRACK
                ? EvaluationStatus.ON_TRACK
                : ratio >= NEEDS_ACCELERATION
                        ? EvaluationStatus.NEEDS_ACCELERATION
                        : ratio >= 0 ? EvaluationStatus.LIMITED_PROGRESS : EvaluationStatus.DETERIORATION;
        ProgressCategory category = ratio >= AHEAD
                ? ProgressCategory.AHEAD
                : ratio >= ON_TRACK ? ProgressCategory.AS_EXPECTED : ProgressCategory.BEHIND;
        String zh = how + "，R=" + num(ratio);
        String en = howEn + ", R = " + num(ratio);
        if (c.due()) {
            if (status == EvaluationStatus.ON_TRACK) {
                status = EvaluationStatus.NEEDS_ACCELERATION;
            }
            category = ProgressCategory.BEHIND;
            zh += "；目标年已到，尚未达到";
            en += "; the target year has come and the target is not met";
        }
        return new TargetEvaluation(
                c.spec(),
                c.latest(),
                c.after().size(),
                status,
                ratio,
                method,
                category,
                projection == null ? null : round(projection),
                requiredPace == null ? null : round(requiredPace),
                requiredStep == null ? null : round(requiredStep),
                zh,
                en);
    }

    private static TargetEvaluation manual(
            TargetSpec spec, @Nullable YearValue last, @Nullable ManualStatus manual, int year) {
        if (manual == null) {
            return new TargetEvaluation(
                    spec,
                    last,
                    0,
                    EvaluationStatus.QUALITATIVE,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    "定性目标，待规划人员评定",
                    "a qualitative target, for a planner to assess");
        }
        ProgressCategory category = switch (manual.status()) {
            case ACHIEVED ->
                spec.target() != null && spec.target().year() <= year
                        ? ProgressCategory.AS_EXPECTED
                        : ProgressCategory.ACHIEVED_EARLY;
            case ON_TRACK -> ProgressCategory.AS_EXPECTED;
            default -> ProgressCategory.BEHIND;
        };
        return new TargetEvaluation(
                spec,
                last,
                0,
                manual.status(),
                null,
                EvaluationMethod.MANUAL,
                category,
                null,
                null,
                null,
                manual.setBy() + "评定：" + manual.reason(),
                "set by " + manual.setBy() + ": " + manual.reason());
    }

    private static TargetEvaluation insufficient(
            TargetSpec spec, @Nullable YearValue last, int used, String why, String whyEn) {
        return new TargetEvaluation(
                spec, last, used, EvaluationStatus.INSUFFICIENT_DATA, null, null, null, null, null, null, why, whyEn);
    }

    private static @Nullable Double pace(double from, double to, int years) {
        if (years <= 0 || !sameSignNonZero(from, to)) {
            return null;
        }
        return round(Math.pow(to / from, 1.0 / years) - 1);
    }

    private static boolean sameSignNonZero(double a, double b) {
        return a != 0 && b != 0 && (a > 0) == (b > 0);
    }

    private static double round(double v) {
        return Math.round(v * 10_000) / 10_000.0;
    }

    /** A fraction as a percentage with one decimal (0.0631 → 6.3%); plain arithmetic, no formatter: hot path. */
    private static String percent(double fraction) {
        return num(Math.round(fraction * 1000) / 10.0) + "%";
    }

    /** A figure with at most four decimals, without exponent or trailing zeros. */
    private static String num(double v) {
        double r = Math.round(v * 10_000) / 10_000.0;
        if (r == Math.rint(r) && Math.abs(r) < 1e15) {
            return Long.toString((long) r);
        }
        double a = Math.abs(r);
        if (a >= 1e-3 && a < 1e7) {
            return Double.toString(r);
        }
        return BigDecimal.valueOf(v)
                .setScale(4, java.math.RoundingMode.HALF_UP)
                .stripTrailingZeros()
                .toPlainString();
    }
}
