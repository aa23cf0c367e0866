package org.lantu.review.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.lantu.ingest.IngestException;
import org.lantu.ingest.IngestService;
import org.lantu.plan.Comparator;
import org.lantu.review.Finding;
import org.lantu.review.FindingKind;
import org.lantu.review.Review;
import org.lantu.review.ReviewService;

/** The rules one at a time, on small documents of our own. */
class ReviewRulesTests {

    private static final String HEAD = "测试县国民经济和社会发展第十四个五年规划纲要（2021—2025年）\n\n";

    private static Review review(String text) {
        try (IngestService ingest = new IngestService()) {
            return new ReviewService().review(ingest.extract(text.getBytes(StandardCharsets.UTF_8), "test.txt"));
        } catch (IngestException e) {
            throw new AssertionError(e);
        }
    }

    private static List<Review> review(String... texts) {
        try (IngestService ingest = new IngestService()) {
            List<org.lantu.plan.ExtractedPlan> plans = new java.util.ArrayList<>();
            for (int i = 0; i < texts.length; i++) {
                plans.add(ingest.extract(texts[i].getBytes(StandardCharsets.UTF_8), "plan" + i + ".txt"));
            }
            return new ReviewService().review(plans);
        } catch (IngestException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void twoPlansOfOneUnitThatDisagreeOnAPastValueWarnWithTheLaterOne() {
        String a = HEAD + "第一章 发展基础\n\n第一节 发展成就\n\n截至2020年末，全县地区生产总值完成88.6亿元。\n";
        String b = "测试县推进以县城为重要载体的城镇化建设方案（2023—2025年）\n\n一、发展基础\n\n" + "2020年，全县地区生产总值完成90.1亿元。\n";
        String other = "别的县推进以县城为重要载体的城镇化建设方案（2023—2025年）\n\n一、发展基础\n\n" + "2020年，全县地区生产总值完成90.1亿元。\n";
        List<Review> rs = review(a, b);
        assertThat(rs.get(0).findings()).isEmpty();
        assertThat(rs.get(1).findings(FindingKind.CONFLICTING_FIGURES))
                .singleElement()
                .satisfies(f -> {
                    assertThat(f.severity()).isEqualTo(org.lantu.review.Severity.WARNING);
                    assertThat(f.messageEn()).contains("88.6亿元", "90.1亿元", "same unit");
                    assertThat(f.evidence())
                            .extracting(org.lantu.review.Evidence::file)
                            .containsExactly("plan0.txt", "plan1.txt");
                });
        assertThat(review(a, other)).allSatisfy(r -> assertThat(r.findings()).isEmpty());
    }

    private static final String TABLE = HEAD + "第一章 发展目标\n\n测试县主要指标\n指标\t单位\t2020年\t2025年\n"
            + "第一产业增加值\t亿元\t10.5\t12\n第二产业增加值\t亿元\t20.3\t25\n第三产业增加值\t亿元\t15.1\t20\n";

    @Test
    void aTableTotalRowThatIsNotTheSumOfItsRows() {
        Review r = review(TABLE + "合计\t亿元\t46.9\t57\n");
        List<Finding> sums = r.findings(FindingKind.SUM_MISMATCH);
        assertThat(sums).singleElement().satisfies(f -> {
            assertThat(f.messageEn()).contains("2020年", "45.9", "46.9");
            assertThat(f.evidence()).hasSize(4); // the total and each of its rows
        });
    }

    @Test
    void aTableTotalRowThatAddsUpRaisesNothing() {
        assertThat(review(TABLE + "合计\t亿元\t45.9\t57\n").findings(FindingKind.SUM_MISMATCH))
                .isEmpty();
    }

    @Test
    void amountsAddUpWithinTheRoundingOfTheirParts() {
        List<BigDecimal> parts = List.of(new BigDecimal("3595.55"), new BigDecimal("213.22"), new BigDecimal("9.31"));
        assertThat(Sums.withinRounding(new BigDecimal("3818.08"), new BigDecimal("3818.09"), parts))
                .isTrue();
        assertThat(Sums.withinRounding(new BigDecimal("3818.08"), new BigDecimal("3818.2"), parts))
                .isFalse();
        // counts add up exactly
        List<BigDecimal> counts = List.of(new BigDecimal("128"), new BigDecimal("75"));
        assertThat(Sums.withinRounding(new BigDecimal("203"), new BigDecimal("204"), counts))
                .isFalse();
    }

    @Test
    void aGrowthRateAgreesWithinHalfItsLastDigitAndATenthOfAPoint() {
        BigDecimal b = new BigDecimal("63.04");
        // 63.04 → 93.4 in five years is 8.18% a year: 8% agrees
        assertThat(Growth.verdict(
                        b, new BigDecimal("93.4"), 5, new BigDecimal("8"), Comparator.EQ, Comparator.EQ, false))
                .isNull();
        // 92 → 95 is 0.64% a year (0.6 points): 0.4 does not
        Growth.Implied i = Growth.verdict(
                new BigDecimal("92"),
                new BigDecimal("95"),
                5,
                new BigDecimal("0.4"),
                Comparator.EQ,
                Comparator.EQ,
                true);
        assertThat(i).isNotNull();
        assertThat(i.en()).startsWith("0.644%").contains("0.6 points");
        // 59.1 → 62.4 is 0.66 points a year: right for a percentage, in points
        assertThat(Growth.verdict(
                        new BigDecimal("59.1"),
                        new BigDecimal("62.4"),
                        5,
                        new BigDecimal("0.66"),
                        Comparator.EQ,
                        Comparator.EQ,
                        true))
                .isNull();
    }

    @Test
    void aFloorOnlyFailsWhenItNeedsMoreThanTheGrowth() {
        BigDecimal b = new BigDecimal("100");
        // 突破110 in three years at 8%: easily more than needed, no contradiction
        assertThat(Growth.verdict(
                        b, new BigDecimal("110"), 3, new BigDecimal("8"), Comparator.GT, Comparator.EQ, false))
                .isNull();
        // 突破150 in three years needs 14.5%: 8% cannot reach it
        assertThat(Growth.verdict(
                        b, new BigDecimal("150"), 3, new BigDecimal("8"), Comparator.GT, Comparator.EQ, false))
                .isNotNull();
    }

    @Test
    void roundingIsTheMorePreciseValueRoundedToTheOther() {
        assertThat(Texts.sameByRounding(new BigDecimal("165.93"), new BigDecimal("165.9")))
                .isTrue();
        assertThat(Texts.sameByRounding(new BigDecimal("63.52"), new BigDecimal("63.47")))
                .isFalse();
        assertThat(Texts.sameByRounding(new BigDecimal("165.96"), new BigDecimal("165.9")))
                .isFalse();
    }

    @Test
    void aStatementAfter到IsATargetNotACurrentValue() {
        Review r = review(
                HEAD + "第一章 发展基础\n\n第一节 发展成就\n\n截至2020年末，全县森林覆盖率达到20.1%。\n\n" + "第二章 发展目标\n\n到2025年，全县森林覆盖率达到21%。\n");
        assertThat(r.findings()).isEmpty();
    }

    @Test
    void aCurrentValueStatedTwiceDifferentlyIsAConflict() {
        Review r =
                review(HEAD + "第一章 发展基础\n\n第一节 发展成就\n\n截至2020年末，全县森林覆盖率达到20.1%。\n\n" + "生态持续改善，2020年森林覆盖率达到19.8%。\n");
        assertThat(r.findings(FindingKind.CONFLICTING_FIGURES))
                .singleElement()
                .satisfies(f -> assertThat(f.messageEn()).contains("20.1%", "19.8%", "2020"));
    }

    @Test
    void anUndatedValueOutsideTheDevelopmentSectionIsNoCurrentValue() {
        Review r = review(
                TABLE.replace("测试县主要指标\n指标\t单位\t2020年\t2025年\n", "测试县主要指标\n指标\t单位\t2020年\t2025年\n森林覆盖率\t%\t20.1\t21\n")
                        + "\n第二章 主要任务\n\n加强生态建设，森林覆盖率达到18%。\n");
        assertThat(r.findings(FindingKind.CONFLICTING_FIGURES))
                .noneMatch(f -> f.messageEn().contains("2020"));
    }

    @Test
    void listsAndLongerNamesAreNotReadAsStatements() {
        Review r = review(HEAD + "第一章 发展基础\n\n第一节 发展成就\n\n"
                + "截至2020年末，森林覆盖率、草原植被盖度分别达到20.1%和46%。2020年医疗机构污水处理率达到60%。\n\n"
                + "2020年，全县污水处理率达到90%。\n");
        assertThat(r.findings()).isEmpty();
    }

    @Test
    void anIndicatorOfUnknownDirectionRaisesNoWorseThanBaseline() {
        Review r = review(
                HEAD + "第一章 发展目标\n\n测试县主要指标\n指标\t单位\t2020年\t2025年\n人口自然增长率\t‰\t5.1\t4.8\n" + "三次产业结构占比\t%\t12\t10\n");
        assertThat(r.findings(FindingKind.TARGET_WORSE_THAN_BASELINE)).isEmpty();
    }

    @Test
    void aLowerIsBetterIndicatorWhoseTargetRisesIsWorse() {
        Review r = review(
                HEAD + "第一章 发展目标\n\n测试县主要指标\n指标\t单位\t2020年\t2025年\n婴儿死亡率\t‰\t5.1\t5.5\n" + "城镇调查失业率\t%\t5.0\t4.5\n");
        assertThat(r.findings(FindingKind.TARGET_WORSE_THAN_BASELINE))
                .singleElement()
                .satisfies(f -> assertThat(f.messageEn()).contains("婴儿死亡率", "lower is better"));
    }
}
