package org.lantu.monitor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.lantu.catalog.Direction;
import org.lantu.plan.Comparator;
import org.lantu.plan.TargetKind;

/** The worked examples of docs/methodology.md, one per status and per kind of target. */
class EvaluationEngineTests {

    private static List<YearValue> obs(Object... yearValue) {
        List<YearValue> list = new ArrayList<>();
        for (int i = 0; i < yearValue.length; i += 2) {
            list.add(new YearValue((Integer) yearValue[i], new BigDecimal(yearValue[i + 1].toString())));
        }
        return list;
    }

    private static TargetEvaluation eval(TargetSpec spec, int year, Object... yearValue) {
        return EvaluationEngine.evaluate(spec, obs(yearValue), year, null);
    }

    /** 地区生产总值 100 → 133.82 (2020 → 2025) needs 6.0% a year. */
    private static TargetSpec gdp() {
        return TargetSpec.level("地区生产总值", "亿元", 2020, 100, 2025, 133.82, Comparator.GE, Direction.HIGHER);
    }

    @Nested
    class Destinations {

        @Test
        void achievedAsSoonAsTheLatestValueMeetsTheTarget() {
            TargetSpec urbanisation =
                    TargetSpec.level("常住人口城镇化率", "%", 2020, 63.52, 2025, 65, Comparator.GE, Direction.HIGHER);
            TargetEvaluation e = eval(urbanisation, 2023, 2021, 64.1, 2022, 64.7, 2023, 65.2);
            assertThat(e.status()).isEqualTo(EvaluationStatus.ACHIEVED);
            assertThat(e.category()).isEqualTo(ProgressCategory.ACHIEVED_EARLY);
            assertThat(e.latest()).isEqualTo(new YearValue(2023, new BigDecimal("65.2")));
            assertThat(e.observations()).isEqualTo(3);
        }

        @Test
        void onPaceIsOnTrackAsExpected() {
            // (119.1/100)^(1/3) − 1 = 6.00% against 6.00% needed
            TargetEvaluation e = eval(gdp(), 2023, 2023, 119.1);
            assertThat(e.method()).isEqualTo(EvaluationMethod.CAGR);
            assertThat(e.ratio()).isCloseTo(1.0, within(0.01));
            assertThat(e.status()).isEqualTo(EvaluationStatus.ON_TRACK);
            assertThat(e.category()).isEqualTo(ProgressCategory.AS_EXPECTED);
        }

        @Test
        void fasterThanNeededIsAhead() {
            // (125/100)^(1/3) − 1 = 7.72%: R = 1.287
            TargetEvaluation e = eval(gdp(), 2023, 2023, 125);
            assertThat(e.ratio()).isCloseTo(1.287, within(0.001));
            assertThat(e.status()).isEqualTo(EvaluationStatus.ON_TRACK);
            assertThat(e.category()).isEqualTo(ProgressCategory.AHEAD);
        }

        @Test
        void slowerNeedsAccelerationAndSaysWhatPaceIsNowRequired() {
            // (112/100)^(1/3) − 1 = 3.85%: R = 0.641; from 112 in 2023 to 133.82 in 2025 needs 9.31% a year
            TargetEvaluation e = eval(gdp(), 2023, 2021, 104, 2022, 108, 2023, 112);
            assertThat(e.ratio()).isCloseTo(0.641, within(0.001));
            assertThat(e.status()).isEqualTo(EvaluationStatus.NEEDS_ACCELERATION);
            assertThat(e.category()).isEqualTo(ProgressCategory.BEHIND);
            assertThat(e.requiredPace()).isCloseTo(0.0931, within(0.0001));
            assertThat(e.requiredStep()).isCloseTo(10.91, within(0.01));
            // 112 × 1.0385² = 120.8
            assertThat(e.projection()).isCloseTo(120.79, within(0.05));
        }

        @Test
        void littleProgressIsLimited() {
            TargetEvaluation e = eval(gdp(), 2023, 2023, 103);
            assertThat(e.ratio()).isCloseTo(0.165, within(0.001));
            assertThat(e.status()).isEqualTo(EvaluationStatus.LIMITED_PROGRESS);
        }

        @Test
        void movingAwayIsDeterioration() {
            TargetEvaluation e = eval(gdp(), 2023, 2023, 98);
            assertThat(e.ratio()).isNegative();
            assertThat(e.status()).isEqualTo(EvaluationStatus.DETERIORATION);
            assertThat(e.category()).isEqualTo(ProgressCategory.BEHIND);
        }

        @Test
        void thresholdsAreInclusiveAtTheirLowerEnd() {
            // y0 = 100, yT = 200 over 10 years, observed one year: R = CAGR_obs / 7.177%
            TargetSpec doubling = TargetSpec.level("产值", "亿元", 2020, 100, 2030, 200, Comparator.GE, Direction.HIGHER);
            double required = Math.pow(2, 0.1) - 1;
            assertThat(eval(doubling, 2021, 2021, 100 * (1 + 0.95 * required)).status())
                    .isEqualTo(EvaluationStatus.ON_TRACK);
            assertThat(eval(doubling, 2021, 2021, 100 * (1 + 0.9499 * required)).status())
                    .isEqualTo(EvaluationStatus.NEEDS_ACCELERATION);
            assertThat(eval(doubling, 2021, 2021, 100 * (1 + 0.60 * required)).status())
                    .isEqualTo(EvaluationStatus.NEEDS_ACCELERATION);
            assertThat(eval(doubling, 2021, 2021, 100 * (1 + 0.5999 * required)).status())
                    .isEqualTo(EvaluationStatus.LIMITED_PROGRESS);
            assertThat(eval(doubling, 2021, 2021, 100).status()).isEqualTo(EvaluationStatus.LIMITED_PROGRESS);
            assertThat(eval(doubling, 2021, 2021, 99.99).status()).isEqualTo(EvaluationStatus.DETERIORATION);
        }

        @Test
        void lowerIsBetterDestinationsCountAFallAsProgress() {
            // 单位GDP能耗 1.0 → ≤ 0.8: −4.08% a year observed against −4.36% needed, R = 0.936
            TargetSpec energy =
                    TargetSpec.level("单位地区生产总值能耗", "吨标准煤/万元", 2020, 1.0, 2025, 0.8, Comparator.LE, Direction.LOWER);
            TargetEvaluation e = eval(energy, 2022, 2022, 0.92);
            assertThat(e.method()).isEqualTo(EvaluationMethod.CAGR);
            assertThat(e.ratio()).isCloseTo(0.936, within(0.001));
            assertThat(e.status()).isEqualTo(EvaluationStatus.NEEDS_ACCELERATION);
            assertThat(eval(energy, 2022, 2022, 0.79).status()).isEqualTo(EvaluationStatus.ACHIEVED);
            assertThat(eval(energy, 2022, 2022, 1.05).status()).isEqualTo(EvaluationStatus.DETERIORATION);
        }

        @Test
        void negativeBaselinesKeepTheSignOfProgress() {
            // −10 → −5, higher is better: 0.8^(1/2) − 1 = −10.56% against 0.5^(1/5) − 1 = −12.94%: R = 0.816
            TargetSpec balance = TargetSpec.level("财政收支差额", "亿元", 2020, -10, 2025, -5, Comparator.GE, Direction.HIGHER);
            TargetEvaluation e = eval(balance, 2022, 2022, -8);
            assertThat(e.method()).isEqualTo(EvaluationMethod.CAGR);
            assertThat(e.ratio()).isCloseTo(0.816, within(0.001));
            assertThat(e.status()).isEqualTo(EvaluationStatus.NEEDS_ACCELERATION);
            assertThat(eval(balance, 2022, 2022, -12).status()).isEqualTo(EvaluationStatus.DETERIORATION);
        }

        @Test
        void aZeroBaselineFallsBackToLinearShares() {
            // 0 → 10: 4 after 2 of 5 years is 40% of the way in 40% of the time
            TargetSpec fromZero = TargetSpec.level("新建充电桩", "个", 2020, 0, 2025, 10, Comparator.GE, Direction.HIGHER);
            TargetEvaluation e = eval(fromZero, 2022, 2022, 4);
            assertThat(e.method()).isEqualTo(EvaluationMethod.LINEAR);
            assertThat(e.ratio()).isCloseTo(1.0, within(0.0001));
            assertThat(e.status()).isEqualTo(EvaluationStatus.ON_TRACK);
            assertThat(e.projection()).isCloseTo(10, within(0.0001));
            assertThat(e.requiredPace()).isCloseTo(0.3572, within(0.0001));
            assertThat(e.requiredStep()).isCloseTo(2, within(0.0001));
        }

        @Test
        void aSignChangeFallsBackToLinearShares() {
            // −2 → 3: 1 in 2023 is 60% of the way in 60% of the time
            TargetSpec turn = TargetSpec.level("人口净流入", "万人", 2020, -2, 2025, 3, Comparator.GE, Direction.HIGHER);
            TargetEvaluation e = eval(turn, 2023, 2023, 1);
            assertThat(e.method()).isEqualTo(EvaluationMethod.LINEAR);
            assertThat(e.ratio()).isCloseTo(1.0, within(0.0001));
            assertThat(e.requiredPace()).isCloseTo(0.7321, within(0.0001));
        }

        @Test
        void aboutIsMetWithinTwoPercent() {
            TargetSpec population =
                    TargetSpec.level("常住人口", "万人", 2020, 28, 2025, 30, Comparator.ABOUT, Direction.UNKNOWN);
            assertThat(eval(population, 2023, 2023, 29.5).status()).isEqualTo(EvaluationStatus.ACHIEVED);
            assertThat(eval(population, 2023, 2023, 30.59).status()).isEqualTo(EvaluationStatus.ACHIEVED);
            TargetEvaluation short_ = eval(population, 2023, 2023, 29);
            assertThat(short_.status()).isEqualTo(EvaluationStatus.NEEDS_ACCELERATION);
            assertThat(short_.method()).isEqualTo(EvaluationMethod.CAGR);
        }

        @Test
        void whenTheTargetYearHasComeAShortfallIsNoLongerOnTrack() {
            // R = 0.97 in 2025 itself: the target is not met, and there is no time left
            double value = 100 * Math.pow(1 + 0.97 * (Math.pow(1.3382, 0.2) - 1), 5);
            TargetEvaluation e = eval(gdp(), 2025, 2025, value);
            assertThat(e.ratio()).isCloseTo(0.97, within(0.001));
            assertThat(e.status()).isEqualTo(EvaluationStatus.NEEDS_ACCELERATION);
            assertThat(e.category()).isEqualTo(ProgressCategory.BEHIND);
            assertThat(e.requiredPace()).isNull();
            TargetEvaluation met = eval(gdp(), 2025, 2025, 134);
            assertThat(met.status()).isEqualTo(EvaluationStatus.ACHIEVED);
            assertThat(met.category()).isEqualTo(ProgressCategory.AS_EXPECTED);
        }

        @Test
        void observationsAfterTheEvaluatedYearAreIgnored() {
            TargetEvaluation e = eval(gdp(), 2022, 2021, 106, 2022, 112.4, 2023, 90);
            assertThat(e.latest().year()).isEqualTo(2022);
            assertThat(e.status()).isEqualTo(EvaluationStatus.ON_TRACK);
        }
    }

    @Nested
    class Bounds {

        /** 城镇登记失业率 ≤ 4.5 from 3.6: a ceiling the baseline already meets. */
        private final TargetSpec unemployment =
                TargetSpec.level("城镇登记失业率", "%", 2020, 3.6, 2025, 4.5, Comparator.LE, Direction.LOWER);

        @Test
        void aCeilingHeldIsOnTrackNeverAchievedEarly() {
            TargetEvaluation e = eval(unemployment, 2023, 2022, 3.8, 2023, 3.9);
            assertThat(e.status()).isEqualTo(EvaluationStatus.ON_TRACK);
            assertThat(e.method()).isEqualTo(EvaluationMethod.BOUND);
            assertThat(e.category()).isEqualTo(ProgressCategory.AS_EXPECTED);
            assertThat(e.ratio()).isNull();
        }

        @Test
        void aCeilingBrokenIsDeterioration() {
            TargetEvaluation e = eval(unemployment, 2023, 2023, 4.8);
            assertThat(e.status()).isEqualTo(EvaluationStatus.DETERIORATION);
            assertThat(e.category()).isEqualTo(ProgressCategory.BEHIND);
        }

        @Test
        void aFloorTheBaselineMeetsIsHeldOrBroken() {
            TargetSpec grain =
                    TargetSpec.level("粮食综合生产能力", "亿吨", 2020, 6.69, 2025, 6.5, Comparator.GT, Direction.HIGHER);
            assertThat(eval(grain, 2023, 2023, 6.6).status()).isEqualTo(EvaluationStatus.ON_TRACK);
            assertThat(eval(grain, 2023, 2023, 6.5).status()).isEqualTo(EvaluationStatus.DETERIORATION);
        }

        @Test
        void aTargetSetBelowItsBaselineIsAFloor() {
            TargetSpec farmland =
                    TargetSpec.level("耕地保有量", "万亩", 2020, 105, 2025, 100, Comparator.EQ, Direction.HIGHER);
            assertThat(eval(farmland, 2023, 2023, 101).status()).isEqualTo(EvaluationStatus.ON_TRACK);
            assertThat(eval(farmland, 2023, 2023, 101).method()).isEqualTo(EvaluationMethod.BOUND);
            assertThat(eval(farmland, 2023, 2023, 99).status()).isEqualTo(EvaluationStatus.DETERIORATION);
        }
    }

    @Nested
    class GrowthRates {

        private TargetSpec growth(@Nullable String unit, boolean yearlyChanges, double baseline) {
            return new TargetSpec(
                    "地区生产总值增长率",
                    unit,
                    new YearValue(2020, BigDecimal.valueOf(baseline)),
                    new YearValue(2025, BigDecimal.valueOf(6)),
                    Comparator.EQ,
                    TargetKind.ANNUAL_GROWTH,
                    Direction.HIGHER,
                    null,
                    yearlyChanges,
                    false);
        }

        @Test
        void yearlyRatesAreAveragedGeometrically() {
            // (1.065 × 1.050 × 1.055)^(1/3) − 1 = 5.665%: R = 0.944
            TargetEvaluation e = eval(growth("%", true, 5.8), 2023, 2021, 6.5, 2022, 5.0, 2023, 5.5);
            assertThat(e.method()).isEqualTo(EvaluationMethod.GROWTH);
            assertThat(e.ratio()).isCloseTo(0.944, within(0.001));
            assertThat(e.status()).isEqualTo(EvaluationStatus.NEEDS_ACCELERATION);
            assertThat(e.projection()).isCloseTo(5.665, within(0.001));
            // 1.06^5 / 1.05666^3 = 1.1350^(1/2): 6.50% a year in 2024 and 2025
            assertThat(e.requiredPace()).isCloseTo(0.0650, within(0.0002));
        }

        @Test
        void levelsAreTurnedIntoTheirAverageGrowth() {
            TargetEvaluation e = eval(growth("亿元", false, 100), 2023, 2023, 119.1);
            assertThat(e.ratio()).isCloseTo(1.0, within(0.01));
            assertThat(e.status()).isEqualTo(EvaluationStatus.ON_TRACK);
        }

        @Test
        void theAverageOverThePeriodMetIsAchievedAtItsEnd() {
            TargetEvaluation e =
                    eval(growth("%", true, 5.8), 2025, 2021, 6.5, 2022, 6.0, 2023, 6.1, 2024, 6.0, 2025, 6.2);
            assertThat(e.status()).isEqualTo(EvaluationStatus.ACHIEVED);
            TargetEvaluation early = eval(growth("%", true, 5.8), 2022, 2021, 7, 2022, 7);
            assertThat(early.status()).isEqualTo(EvaluationStatus.ON_TRACK);
            assertThat(early.category()).isEqualTo(ProgressCategory.AHEAD);
        }

        @Test
        void aGrowthCeilingIsABound() {
            TargetSpec population = new TargetSpec(
                    "常住人口年均增长",
                    "%",
                    null,
                    new YearValue(2025, BigDecimal.ONE),
                    Comparator.LE,
                    TargetKind.ANNUAL_GROWTH,
                    Direction.UNKNOWN,
                    null,
                    true,
                    false);
            assertThat(eval(population, 2023, 2021, 0.5, 2022, 0.8, 2023, 0.9).status())
                    .isEqualTo(EvaluationStatus.ON_TRACK);
            assertThat(eval(population, 2023, 2021, 0.5, 2022, 1.8, 2023, 1.9).status())
                    .isEqualTo(EvaluationStatus.DETERIORATION);
        }
    }

    @Nested
    class Cumulative {

        @Test
        void yearlyFallsCompoundTowardsAReductionTarget() {
            // 〔13.5〕: falls of 3.0% and 2.5% are 1 − 0.97 × 0.975 = 5.425%, 40.2% of the total in 40% of the time
            TargetSpec energy = new TargetSpec(
                    "单位地区生产总值能源消耗降低",
                    "%",
                    new YearValue(2020, BigDecimal.ZERO),
                    new YearValue(2025, new BigDecimal("13.5")),
                    Comparator.EQ,
                    TargetKind.CUMULATIVE,
                    Direction.HIGHER,
                    null,
                    true,
                    true);
            TargetEvaluation e = eval(energy, 2022, 2021, 3.0, 2022, 2.5);
            assertThat(e.method()).isEqualTo(EvaluationMethod.CUMULATIVE);
            assertThat(e.ratio()).isCloseTo(1.005, within(0.001));
            assertThat(e.status()).isEqualTo(EvaluationStatus.ON_TRACK);
            assertThat(e.projection()).isCloseTo(13.5625, within(0.001));
            assertThat(eval(energy, 2022, 2021, 8, 2022, 6).status()).isEqualTo(EvaluationStatus.ACHIEVED);
        }

        @Test
        void absoluteAmountsAreSummed() {
            // 累计新增城镇就业 2万人: 0.65 after 2 of 5 years is R = 0.8125
            TargetSpec jobs = new TargetSpec(
                    "城镇新增就业",
                    "万人",
                    new YearValue(2020, BigDecimal.ZERO),
                    new YearValue(2025, new BigDecimal("2")),
                    Comparator.EQ,
                    TargetKind.CUMULATIVE,
                    Direction.HIGHER,
                    null,
                    true,
                    false);
            TargetEvaluation e = eval(jobs, 2022, 2021, 0.3, 2022, 0.35);
            assertThat(e.ratio()).isCloseTo(0.8125, within(0.0001));
            assertThat(e.status()).isEqualTo(EvaluationStatus.NEEDS_ACCELERATION);
            assertThat(e.requiredStep()).isCloseTo(0.45, within(0.0001));
        }
    }

    @Nested
    class NoMeasure {

        @Test
        void noObservationAfterTheBaselineIsInsufficientData() {
            TargetEvaluation e = eval(gdp(), 2023, 2019, 95, 2020, 100);
            assertThat(e.status()).isEqualTo(EvaluationStatus.INSUFFICIENT_DATA);
            assertThat(e.category()).isNull();
            assertThat(e.latest().year()).isEqualTo(2020);
        }

        @Test
        void withoutABaselineTheEarliestObservationServesAsOne() {
            TargetSpec noBase = new TargetSpec(
                    "人均地区生产总值",
                    "元",
                    null,
                    new YearValue(2025, new BigDecimal("80000")),
                    Comparator.GE,
                    TargetKind.LEVEL,
                    Direction.HIGHER,
                    null,
                    false,
                    false);
            assertThat(eval(noBase, 2023, 2021, 60000).status()).isEqualTo(EvaluationStatus.INSUFFICIENT_DATA);
            TargetEvaluation e = eval(noBase, 2023, 2021, 60000, 2023, 68000);
            assertThat(e.status()).isEqualTo(EvaluationStatus.NEEDS_ACCELERATION);
            assertThat(e.explanation()).contains("以2021年观测值为基期");
        }

        @Test
        void aQualitativeTargetWaitsForAPlanner() {
            TargetSpec duty = new TargetSpec(
                    "耕地保有量",
                    null,
                    null,
                    null,
                    Comparator.QUALITATIVE,
                    TargetKind.QUALITATIVE,
                    Direction.UNKNOWN,
                    null,
                    false,
                    false);
            assertThat(EvaluationEngine.evaluate(duty, List.of(), 2023, null).status())
                    .isEqualTo(EvaluationStatus.QUALITATIVE);
            TargetEvaluation set = EvaluationEngine.evaluate(
                    duty, List.of(), 2023, new ManualStatus(EvaluationStatus.ON_TRACK, "完成上级下达任务", "planner"));
            assertThat(set.status()).isEqualTo(EvaluationStatus.ON_TRACK);
            assertThat(set.method()).isEqualTo(EvaluationMethod.MANUAL);
            assertThat(set.category()).isEqualTo(ProgressCategory.AS_EXPECTED);
            assertThat(set.explanation()).contains("完成上级下达任务");
        }

        @Test
        void aPlannersStatusNeedsAReasonAndAVerdict() {
            assertThatThrownBy(() -> new ManualStatus(EvaluationStatus.ON_TRACK, " ", "planner"))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> new ManualStatus(EvaluationStatus.INSUFFICIENT_DATA, "why", "planner"))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }
}
