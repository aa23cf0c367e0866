package org.lantu.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lantu.review.Reviews.about;
import static org.lantu.review.Reviews.lines;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.lantu.plan.ExtractedPlan;

/**
 * Fictional documents of our own (fixtures/review/): a plan and its interpretation with an error of every kind
 * planted, and a clean plan and interpretation that must yield nothing.
 */
class ReviewFixtureTests {

    private static Review plan;
    private static Review interpretation;

    @BeforeAll
    static void review() {
        ExtractedPlan p = Reviews.fixture("planted-plan.txt");
        ExtractedPlan i = Reviews.fixture("planted-interpretation.txt");
        List<Review> rs = Reviews.review(p, i);
        plan = rs.get(0);
        interpretation = rs.get(1);
    }

    @Test
    void everyKindOfFindingIsFoundInThePlantedDocuments() {
        Set<FindingKind> kinds = plan.findings().stream().map(Finding::kind).collect(Collectors.toSet());
        interpretation.findings().forEach(f -> kinds.add(f.kind()));
        assertThat(kinds).isEqualTo(EnumSet.allOf(FindingKind.class));
        assertThat(plan.findings()).hasSize(12);
        assertThat(interpretation.findings()).hasSize(4);
    }

    @Test
    void aBaselineInProseThatDiffersFromTheTable() {
        assertThat(about(plan, FindingKind.CONFLICTING_FIGURES, "地区生产总值", "2022", "58.9亿元", "56.8亿元"))
                .singleElement()
                .satisfies(f -> {
                    assertThat(f.severity()).isEqualTo(Severity.ERROR);
                    assertThat(lines(f)).containsExactly(24, 16);
                });
    }

    @Test
    void aTargetInProseThatDiffersFromTheTable() {
        assertThat(about(plan, FindingKind.CONFLICTING_FIGURES, "常住人口城镇化率", "2025", "66%", "68%"))
                .singleElement()
                .satisfies(f -> assertThat(lines(f)).containsExactly(25, 34));
    }

    @Test
    void aCurrentValueStatedAlikeWithoutAYearRaisesNothing() {
        // 森林覆盖率达到21.3% in 发展成就 is the table's 2022 value
        assertThat(plan.findings(FindingKind.CONFLICTING_FIGURES))
                .noneMatch(f -> f.messageEn().contains("森林"));
    }

    @Test
    void targetsWorseThanTheirBaselineByTheCatalogsDirection() {
        assertThat(about(plan, FindingKind.TARGET_WORSE_THAN_BASELINE, "城镇登记失业率", "3.8%", "3.2%", "lower is better"))
                .hasSize(1);
        assertThat(about(plan, FindingKind.TARGET_WORSE_THAN_BASELINE, "森林覆盖率", "20.5%", "21.3%", "higher is better"))
                .hasSize(1);
        // 人口自然增长率 5.1 → 4.8: its direction is unknown, so nothing is said
        assertThat(plan.findings(FindingKind.TARGET_WORSE_THAN_BASELINE)).hasSize(2);
    }

    @Test
    void projectCountsThatDoNotAddUp() {
        assertThat(plan.findings(FindingKind.SUM_MISMATCH)).singleElement().satisfies(f -> {
            assertThat(f.messageEn()).contains("add up to 62 projects, not the total 60");
            assertThat(lines(f)).containsExactly(50);
        });
    }

    @Test
    void aLevelTheStatedGrowthCannotReach() {
        assertThat(plan.findings(FindingKind.INFEASIBLE_GROWTH)).singleElement().satisfies(f -> {
            assertThat(f.messageEn()).contains("58.9亿元", "80亿元", "10.7%", "8%");
            assertThat(lines(f)).containsExactly(24, 34, 24);
        });
    }

    @Test
    void contentsAndHeadingsThatDisagree() {
        List<Finding> toc = plan.findings(FindingKind.TOC_MISMATCH);
        assertThat(toc).hasSize(2);
        assertThat(toc).anySatisfy(f -> assertThat(f.messageEn()).contains("保障措施", "组织保障"));
        assertThat(toc).anySatisfy(f -> assertThat(f.messageEn()).contains("专项行动", "missing from the contents"));
    }

    @Test
    void targetYearsBeforeAndAfterThePeriod() {
        assertThat(plan.findings(FindingKind.TARGET_YEAR_OUTSIDE_PERIOD))
                .extracting(Finding::severity, f -> f.evidence().get(0).line())
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(Severity.WARNING, 40),
                        org.assertj.core.groups.Tuple.tuple(Severity.INFO, 38));
    }

    @Test
    void aMissingUnitAndABindingTargetWithoutAFigure() {
        assertThat(plan.findings(FindingKind.MISSING_UNIT))
                .singleElement()
                .satisfies(f -> assertThat(f.messageEn()).contains("高中阶段毛入学率", "%"));
        assertThat(plan.findings(FindingKind.QUALITATIVE_BINDING_TARGET))
                .singleElement()
                .satisfies(f -> assertThat(f.messageEn()).contains("单位地区生产总值能源消耗降幅", "达到全市要求"));
    }

    @Test
    void theInterpretationsOwnFiguresAgainstThePlan() {
        assertThat(about(interpretation, FindingKind.CONFLICTING_FIGURES, "常住人口城镇化率", "70%"))
                .singleElement()
                .satisfies(f -> assertThat(f.evidence())
                        .anySatisfy(e -> assertThat(e.file()).endsWith("planted-interpretation.txt"))
                        .anySatisfy(e -> assertThat(e.file()).endsWith("planted-plan.txt")));
        assertThat(about(interpretation, FindingKind.CONFLICTING_FIGURES, "4 parts", "has 3"))
                .hasSize(1);
        assertThat(interpretation.findings(FindingKind.FIGURE_NOT_IN_SOURCE))
                .extracting(Finding::messageEn)
                .anySatisfy(m -> assertThat(m).contains("35公里"))
                .anySatisfy(m -> assertThat(m).contains("模拟旗东区热源厂改造工程"))
                .hasSize(2);
        // 城区道路提升工程 and 县城污水处理率95% are the plan's
        assertThat(interpretation.findings()).noneMatch(f -> f.messageEn().contains("城区道路"));
    }

    @Test
    void everyFindingHasEvidenceInTheFileItNames() {
        for (Review r : List.of(plan, interpretation)) {
            assertThat(r.findings()).allSatisfy(f -> {
                assertThat(f.evidence()).isNotEmpty();
                assertThat(f.messageZh()).isNotBlank();
                assertThat(f.evidence()).allSatisfy(e -> {
                    assertThat(e.line()).isPositive();
                    assertThat(e.quote()).isNotBlank();
                    assertThat(e.file()).contains("fixtures/review/planted-");
                });
            });
        }
    }

    @Test
    void theCleanPlanAndInterpretationYieldNothing() {
        List<Review> rs =
                Reviews.review(Reviews.fixture("clean-plan.txt"), Reviews.fixture("clean-interpretation.txt"));
        assertThat(rs).allSatisfy(r -> assertThat(r.findings()).isEmpty());
        assertThat(Reviews.review(Reviews.fixture("clean-plan.txt")).findings()).isEmpty();
    }
}
