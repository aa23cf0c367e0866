package org.lantu.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lantu.review.Reviews.about;
import static org.lantu.review.Reviews.lines;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.lantu.Seeds;
import org.lantu.plan.ExtractedPlan;

/** The seeds with the findings a careful reader of them expects, and none where they are consistent. */
class ReviewSeedTests {

    private static ExtractedPlan hangjin;
    private static ExtractedPlan interpretation;
    private static ExtractedPlan urad;
    private static ExtractedPlan regional;
    private static ExtractedPlan otog;

    @BeforeAll
    static void read() {
        hangjin = Reviews.seed(Seeds.HANGJIN_URBANIZATION);
        interpretation = Reviews.seed(Seeds.HANGJIN_INTERPRETATION);
        urad = Reviews.seed(Seeds.URAD_REAR_FYP);
        regional = Reviews.seed(Seeds.REGIONAL_URBANIZATION);
        otog = Reviews.seed(Seeds.OTOG_FYP);
    }

    @Test
    void theSame2022UrbanizationRateInProseAndTableDiffersAnError() {
        Review r = Reviews.review(hangjin);
        List<Finding> f = about(r, FindingKind.CONFLICTING_FIGURES, "常住人口城镇化率", "2022", "63.52%", "63.47%");
        assertThat(f).singleElement().satisfies(x -> {
            assertThat(x.severity()).isEqualTo(Severity.ERROR);
            assertThat(lines(x)).containsExactly(83, 14);
            assertThat(x.evidence().get(1).section()).isEqualTo("（一）发展成效");
        });
    }

    @Test
    void the2022GdpOfProseAndTableDiffersByRoundingAWarning() {
        Review r = Reviews.review(hangjin);
        List<Finding> f = about(r, FindingKind.CONFLICTING_FIGURES, "地区生产总值", "165.93", "165.9亿元", "rounding");
        assertThat(f).singleElement().satisfies(x -> {
            assertThat(x.severity()).isEqualTo(Severity.WARNING);
            assertThat(lines(x)).containsExactly(78, 12);
            assertThat(x.messageZh()).contains("四舍五入");
        });
    }

    @Test
    void theChildcareTargetOfOnePlaceInProseContradictsTheTablesAnError() {
        Review r = Reviews.review(hangjin);
        List<Finding> f = about(r, FindingKind.CONFLICTING_FIGURES, "托位数", "2025", "5.1", "≥1");
        assertThat(f).singleElement().satisfies(x -> {
            assertThat(x.severity()).isEqualTo(Severity.ERROR);
            assertThat(lines(x)).containsExactly(108, 254);
        });
    }

    @Test
    void currentValuesOfTheDevelopmentSectionWithoutAYearAreWarnings() {
        Review r = Reviews.review(hangjin);
        assertThat(about(r, FindingKind.CONFLICTING_FIGURES, "森林覆盖率", "17.76%", "15.39%"))
                .singleElement()
                .satisfies(x -> assertThat(x.severity()).isEqualTo(Severity.WARNING));
        assertThat(about(r, FindingKind.CONFLICTING_FIGURES, "植被覆盖度", "65%", "≈70%"))
                .hasSize(1);
        // 空气质量优良率 in the prose is the table's 城市空气优良天数比率
        assertThat(about(r, FindingKind.CONFLICTING_FIGURES, "城市空气优良天数比率", "94.7%", "90.6%"))
                .singleElement()
                .satisfies(x -> assertThat(x.messageEn()).contains("gives no year"));
    }

    @Test
    void figuresStatedAlikeInProseAndTableRaiseNothing() {
        Review r = Reviews.review(hangjin);
        // 森林覆盖率 19.24%, 植被覆盖度 75%, 常住人口城镇化率 65% (twice), 地区生产总值 突破200 agree with the table
        assertThat(r.findings(FindingKind.CONFLICTING_FIGURES))
                .noneMatch(f ->
                        f.messageEn().contains("for 2025") && !f.messageEn().contains("托位数"));
        assertThat(r.findings(FindingKind.CONFLICTING_FIGURES)).hasSize(6);
    }

    @Test
    void targetsWorseThanTheirBaselineInHangjin() {
        Review r = Reviews.review(hangjin);
        assertThat(about(r, FindingKind.TARGET_WORSE_THAN_BASELINE, "托位数", "5.1个", "5.2个"))
                .singleElement()
                .satisfies(x -> assertThat(x.severity()).isEqualTo(Severity.WARNING));
        assertThat(about(r, FindingKind.TARGET_WORSE_THAN_BASELINE, "城镇登记失业率", "≤4.5%", "3.6%", "ceiling"))
                .singleElement()
                .satisfies(x -> assertThat(x.severity()).isEqualTo(Severity.INFO));
        assertThat(about(r, FindingKind.TARGET_WORSE_THAN_BASELINE, "居民人均可支配收入增长率", "5.3%", "5.7%", "rate of change"))
                .singleElement()
                .satisfies(x -> assertThat(x.severity()).isEqualTo(Severity.INFO));
        // GDP, urbanisation, doctors, pension insurance, forest and vegetation cover all rise
        assertThat(r.findings(FindingKind.TARGET_WORSE_THAN_BASELINE))
                .noneMatch(f -> f.messageEn().contains("森林覆盖率") || f.messageEn().contains("地区生产总值"));
    }

    @Test
    void hangjinsProjectListAddsUpAndHasNoContentsOrFormFindings() {
        Review r = Reviews.review(hangjin);
        assertThat(hangjin.projectSummaries()).hasSize(1); // 273 projects, 3893.07亿元, five categories
        assertThat(r.findings(FindingKind.SUM_MISMATCH)).isEmpty();
        assertThat(r.findings(FindingKind.TOC_MISMATCH)).isEmpty();
        assertThat(r.findings(FindingKind.INFEASIBLE_GROWTH)).isEmpty();
        assertThat(r.findings(FindingKind.TARGET_YEAR_OUTSIDE_PERIOD)).isEmpty();
        assertThat(r.findings()).hasSize(10);
    }

    @Test
    void theInterpretationAloneHasNothingToBeCheckedAgainst() {
        assertThat(Reviews.review(interpretation).findings()).isEmpty();
    }

    @Test
    void theInterpretationsFiguresAndProjectsThatThePlanLacks() {
        List<Review> rs = Reviews.review(hangjin, interpretation);
        Review r = rs.get(1);
        List<Finding> missing = r.findings(FindingKind.FIGURE_NOT_IN_SOURCE);
        assertThat(missing)
                .extracting(Finding::messageEn)
                .anySatisfy(m -> assertThat(m).contains("120万亩"))
                .anySatisfy(m -> assertThat(m).contains("杭锦旗电厂余热替代锡尼镇镇区燃煤锅炉供热项目"))
                .anySatisfy(m -> assertThat(m).contains("锡尼镇布哈岱等8个村供水保障工程"))
                .anySatisfy(m -> assertThat(m).contains("X608"));
        assertThat(missing).hasSize(4);
        assertThat(missing).allSatisfy(f -> {
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.evidence())
                    .allSatisfy(e ->
                            assertThat(e.file()).startsWith(Seeds.path("001").toString()));
        });
        // the plan's own review is the same with or without its interpretation
        assertThat(rs.get(0).findings()).isEqualTo(Reviews.review(hangjin).findings());
    }

    @Test
    void whereTheInterpretationAgreesWithThePlanNothingIsRaised() {
        Review r = Reviews.review(hangjin, interpretation).get(1);
        // 1200平方公里, 400平方公里, 县城污水处理率95%, 5条支流, 3平方公里 are the plan's; the counts of 方面 (7, 7, 5, 4,
        // 3, 3) are those of the plan's sub-headings; 提防 for 堤防 is still the plan's project
        assertThat(r.findings(FindingKind.CONFLICTING_FIGURES)).isEmpty();
        assertThat(r.findings())
                .noneMatch(f -> f.messageEn().contains("1200")
                        || f.messageEn().contains("400平方公里")
                        || f.messageEn().contains("95%")
                        || f.messageEn().contains("黄河内蒙古段")
                        || f.messageEn().contains("方面"));
    }

    @Test
    void uradsContentsListASectionTheBodyTitlesDifferently() {
        Review r = Reviews.review(urad);
        assertThat(r.findings(FindingKind.TOC_MISMATCH)).singleElement().satisfies(f -> {
            assertThat(f.messageEn()).contains("构建生态文明体系", "推进生态文明建设");
            assertThat(lines(f)).containsExactly(22, 321);
        });
    }

    @Test
    void uradStatesTwoUrbanizationTargetsFor2025() {
        Review r = Reviews.review(urad);
        assertThat(about(r, FindingKind.CONFLICTING_FIGURES, "常住人口城镇化率", "2025", "67%", "≈70%"))
                .singleElement()
                .satisfies(f -> {
                    assertThat(f.severity()).isEqualTo(Severity.ERROR);
                    assertThat(lines(f)).contains(230, 591);
                });
        // 巴音镇 80% and 呼和镇 50% gas access are two towns, not one figure stated twice
        assertThat(r.findings(FindingKind.CONFLICTING_FIGURES))
                .noneMatch(f -> f.messageEn().contains("天然气"));
        assertThat(r.findings(FindingKind.CONFLICTING_FIGURES)).hasSize(1);
    }

    @Test
    void uradsBindingIndicatorsWithoutAFigureAndItsGrowthArithmetic() {
        Review r = Reviews.review(urad);
        assertThat(r.findings(FindingKind.QUALITATIVE_BINDING_TARGET))
                .extracting(f -> f.evidence().get(0).line())
                .containsExactly(241, 242, 243, 245, 246);
        // 93.41 → 98.8 over five years is 1.13% a year, not 0.9; 92 → 95 is 0.64%, not 0.4 (planned and achieved)
        assertThat(r.findings(FindingKind.INFEASIBLE_GROWTH))
                .extracting(f -> f.evidence().get(0).line())
                .containsExactly(117, 119, 119);
        // the other rows of the 十三五 table agree with their growth rates (63.04 → 93.4 at 8% …)
        assertThat(r.findings(FindingKind.INFEASIBLE_GROWTH))
                .noneMatch(f -> f.messageEn().contains("地区生产总值"));
        assertThat(r.findings(FindingKind.MISSING_UNIT))
                .extracting(f -> f.evidence().get(0).line())
                .containsExactly(117, 119);
    }

    @Test
    void theRegionalPlanAndOtogsPlanAreConsistentAsRead() {
        assertThat(Reviews.review(regional).findings()).isEmpty();
        // 鄂托克旗: 183 contents entries, each with its heading
        assertThat(otog.toc()).hasSize(183);
        assertThat(Reviews.review(otog).findings()).isEmpty();
    }

    @Test
    void allFiveSeedsTogetherReviewTheInterpretationAgainstItsPlanOnly() {
        List<Review> rs = Reviews.review(hangjin, interpretation, urad, regional, otog);
        assertThat(rs)
                .extracting(r -> r.plan().file())
                .containsExactly(
                        hangjin.source().file(),
                        interpretation.source().file(),
                        urad.source().file(),
                        regional.source().file(),
                        otog.source().file());
        assertThat(rs.get(1).findings(FindingKind.FIGURE_NOT_IN_SOURCE)).hasSize(4);
        assertThat(rs.get(2).findings()).isEqualTo(Reviews.review(urad).findings());
        assertThat(rs.get(3).findings()).isEmpty();
    }
}
