package org.lantu.align;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lantu.align.TestPlans.child;
import static org.lantu.align.TestPlans.parent;
import static org.lantu.align.TestPlans.row;
import static org.lantu.align.TestPlans.target;
import static org.lantu.plan.Comparator.ABOUT;
import static org.lantu.plan.Comparator.EQ;
import static org.lantu.plan.Comparator.GE;
import static org.lantu.plan.Comparator.GT;
import static org.lantu.plan.Comparator.LE;
import static org.lantu.plan.Comparator.QUALITATIVE;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.lantu.plan.ExtractedPlan;
import org.lantu.plan.TargetKind;

/** Floors and ceilings on hand-built targets: every verdict, and the rules that lead to it. */
class FloorsTests {

    private final AlignmentService service = new AlignmentService();

    private List<FloorCheck> floors(ExtractedPlan child, ExtractedPlan parent) {
        return service.align(child, parent).floors();
    }

    private FloorCheck only(ExtractedPlan child, ExtractedPlan parent) {
        List<FloorCheck> f = floors(child, parent);
        assertThat(f).hasSize(1);
        return f.get(0);
    }

    @Test
    void aChildTargetAtTheFloorMeetsIt() {
        FloorCheck f = only(child(target("县城污水处理率", "95", "%", GE)), parent(target("县城污水处理率", "95", "%", GE)));
        assertThat(f.verdict()).isEqualTo(FloorVerdict.MEETS);
        assertThat(f.childTarget()).isNotNull();
        assertThat(f.parentTarget().source()).isEqualTo("text");
        assertThat(f.note()).contains("Meets the floor");
    }

    @Test
    void aChildTargetUnderTheFloorIsBelowIt() {
        FloorCheck f =
                only(child(target("每千人口拥有3岁以下幼儿托位数", "1", "个", GE)), parent(target("每千人口拥有3岁以下幼儿托位数", "4.5", "个", GE)));
        assertThat(f.verdict()).isEqualTo(FloorVerdict.BELOW_FLOOR);
        assertThat(f.note())
                .contains("Below the parent's floor")
                .contains("4.5")
                .contains("1");
    }

    @Test
    void synonymousWordingsAreOneIndicator() {
        // 每千人口 ≡ 每千人, 幼儿 ≡ 婴幼儿, the unit in the table row's name
        FloorCheck f = only(
                child(List.of(), List.of(row("每千人拥有3岁以下婴幼儿托位数（个）", null, "5.1", "5.1", EQ))),
                parent(target("每千人口拥有3岁以下幼儿托位数", "4.5", "个", GE)));
        assertThat(f.verdict()).isEqualTo(FloorVerdict.MEETS);
        assertThat(f.childTarget().source()).isEqualTo("table");
        assertThat(f.childTarget().raw()).isEqualTo("5.1");
    }

    @Test
    void scopeQualifiersAreDropped() {
        FloorCheck f =
                only(child(target("全旗城镇生活垃圾无害化处理率", "100", "%", EQ)), parent(target("县城生活垃圾无害化处理率", "100", "%", EQ)));
        assertThat(f.verdict()).isEqualTo(FloorVerdict.MEETS);
    }

    @Test
    void twoDifferentChildTargetsAreEachComparedAndTheNoteSaysSo() {
        ExtractedPlan child = child(
                List.of(target("每千人口拥有3岁以下幼儿托位数", "1", "个", GE)),
                List.of(row("每千人拥有3岁以下婴幼儿托位数（个）", null, "5.1", "5.1", EQ)));
        List<FloorCheck> f = floors(child, parent(target("每千人口拥有3岁以下幼儿托位数", "4.5", "个", GE)));
        assertThat(f).extracting(FloorCheck::verdict).containsExactly(FloorVerdict.BELOW_FLOOR, FloorVerdict.MEETS);
        assertThat(f).allSatisfy(c -> assertThat(c.note()).contains("2 different targets"));
        assertThat(f).extracting(c -> c.childTarget().source()).containsExactly("text", "table");
    }

    @Test
    void theSameFigureStatedTwiceIsComparedOnce() {
        ExtractedPlan child =
                child(List.of(target("全旗常住人口城镇化率", "65", "%", EQ)), List.of(row("常住人口城镇化率（％）", null, "65", "65", EQ)));
        FloorCheck f = only(child, parent(target("常住人口城镇化率", "60", "%", GE)));
        assertThat(f.verdict()).isEqualTo(FloorVerdict.MEETS);
        assertThat(f.note()).doesNotContain("different targets");
    }

    @Test
    void aChildTargetOverACeilingIsAboveIt() {
        ExtractedPlan parent = parent(target("城镇登记失业率", "4.5", "%", LE));
        assertThat(only(child(target("城镇登记失业率", "5", "%", LE)), parent).verdict())
                .isEqualTo(FloorVerdict.ABOVE_CEILING);
        assertThat(only(child(target("城镇登记失业率", "4", "%", LE)), parent).verdict())
                .isEqualTo(FloorVerdict.MEETS);
        FloorCheck table = only(child(List.of(), List.of(row("城镇登记失业率（％）", null, "≤4.5", "4.5", LE))), parent);
        assertThat(table.verdict()).isEqualTo(FloorVerdict.MEETS);
        assertThat(table.note()).contains("Within the ceiling");
    }

    @Test
    void reachingAFigureIsACeilingForALowerIsBetterIndicator() {
        // 达到 4.5% for 失业率 means at most 4.5%
        ExtractedPlan parent = parent(target("城镇登记失业率", "4.5", "%", EQ));
        assertThat(only(child(target("城镇登记失业率", "5.5", "%", EQ)), parent).verdict())
                .isEqualTo(FloorVerdict.ABOVE_CEILING);
        // a reduction (降幅) is better higher
        ExtractedPlan reduction = parent(target("单位地区生产总值能源消耗降幅", "3", "%", EQ));
        assertThat(only(child(target("单位地区生产总值能源消耗降幅", "2", "%", EQ)), reduction)
                        .verdict())
                .isEqualTo(FloorVerdict.BELOW_FLOOR);
    }

    @Test
    void anIndicatorTheChildDoesNotStateIsMissing() {
        FloorCheck f = only(child(target("县城污水处理率", "95", "%", GE)), parent(target("开发区亩产效益比2020年提高", "20", "%", GE)));
        assertThat(f.verdict()).isEqualTo(FloorVerdict.MISSING_IN_CHILD);
        assertThat(f.childTarget()).isNull();
        assertThat(f.note()).contains("no target");
    }

    @Test
    void differentUnitsAreNotComparable() {
        FloorCheck f =
                only(child(target("城镇居民人均可支配收入", "57969", "元", GE)), parent(target("城镇居民人均可支配收入", "6", "%", GE)));
        assertThat(f.verdict()).isEqualTo(FloorVerdict.NOT_COMPARABLE);
        assertThat(f.note()).contains("Different units");
    }

    @Test
    void scaledUnitsOfOneFamilyAreConverted() {
        FloorCheck f = only(
                child(target("农村牧区常住居民人均可支配收入", "31350", "元", GE)), parent(target("农村牧区常住居民人均可支配收入", "2.5", "万元", GE)));
        assertThat(f.verdict()).isEqualTo(FloorVerdict.MEETS);
        assertThat(f.note()).contains("units converted");
    }

    @Test
    void aLevelAndAGrowthRateAreNotComparable() {
        FloorCheck f = only(
                child(target("居民人均可支配收入", "5.3", "%", ABOUT, TargetKind.ANNUAL_GROWTH, 2025)),
                parent(target("居民人均可支配收入", "6", "%", GE)));
        assertThat(f.verdict()).isEqualTo(FloorVerdict.NOT_COMPARABLE);
        assertThat(f.note()).contains("kinds");
    }

    @Test
    void differentTargetYearsAreNotComparable() {
        FloorCheck f = only(
                child(target("高中阶段毛入学率", "95", "%", GE, TargetKind.LEVEL, 2024)),
                parent(target("高中毛入学率", "95", "%", GE)));
        assertThat(f.verdict()).isEqualTo(FloorVerdict.NOT_COMPARABLE);
        assertThat(f.note()).contains("years");
    }

    @Test
    void aChildWithoutAFigureCannotBeChecked() {
        FloorCheck f = only(
                child(List.of(), List.of(row("城市空气优良天数比率", "%", "达到全市要求", null, QUALITATIVE))),
                parent(target("城市空气优良天数比率", "90", "%", GE)));
        assertThat(f.verdict()).isEqualTo(FloorVerdict.NOT_COMPARABLE);
        assertThat(f.note()).contains("达到全市要求");
    }

    @Test
    void aShareOfTheWholeRegionIsARegionalAggregate() {
        FloorCheck f =
                only(child(target("常住人口城镇化率", "65", "%", EQ)), parent(target("县城常住人口占全区城镇人口比重", "30", "%", ABOUT)));
        assertThat(f.verdict()).isEqualTo(FloorVerdict.NOT_COMPARABLE);
        assertThat(f.note()).contains("全区").contains("regional aggregate");
    }

    @Test
    void aRegionalTotalIsNoPerCountyFloorAndTheChildTargetIsShown() {
        ExtractedPlan child = child(List.of(), List.of(row("地区生产总值（亿元）", null, ">200", "200", GT)));
        FloorCheck f = only(child, parent(target("县域生产总值", "1.2", "万亿元", GE)));
        assertThat(f.verdict()).isEqualTo(FloorVerdict.NOT_COMPARABLE);
        assertThat(f.childTarget()).isNotNull();
        assertThat(f.childTarget().indicator()).isEqualTo("地区生产总值（亿元）");
        assertThat(f.note()).contains("regional aggregate");

        FloorCheck households = only(child(), parent(target("城镇老旧小区改造", "77", "万户", EQ)));
        assertThat(households.verdict()).isEqualTo(FloorVerdict.NOT_COMPARABLE);
        assertThat(households.note()).contains("万户").contains("regional total");
        assertThat(households.childTarget()).isNull();
    }

    @Test
    void aPerHeadFigureInAnAbsoluteUnitIsStillAFloor() {
        FloorCheck f =
                only(child(target("每千人口拥有3岁以下幼儿托位数", "5", "个", GE)), parent(target("每千人口拥有3岁以下幼儿托位数", "4.5", "个", GE)));
        assertThat(f.verdict()).isEqualTo(FloorVerdict.MEETS);
    }

    @Test
    void moreThanAFigureIsNotMetByExactlyIt() {
        ExtractedPlan parent = parent(target("高中毛入学率", "90", "%", GT));
        assertThat(only(child(target("高中毛入学率", "90", "%", GE)), parent).verdict())
                .isEqualTo(FloorVerdict.BELOW_FLOOR);
        assertThat(only(child(target("高中毛入学率", "92", "%", GE)), parent).verdict())
                .isEqualTo(FloorVerdict.MEETS);
    }

    @Test
    void aboutAFigureAllowsFivePercentShort() {
        ExtractedPlan parent = parent(target("普惠性幼儿园覆盖率", "80", "%", ABOUT));
        assertThat(only(child(target("普惠性幼儿园覆盖率", "77", "%", EQ)), parent).verdict())
                .isEqualTo(FloorVerdict.MEETS);
        assertThat(only(child(target("普惠性幼儿园覆盖率", "75", "%", EQ)), parent).verdict())
                .isEqualTo(FloorVerdict.BELOW_FLOOR);
    }

    @Test
    void aChildCeilingAgainstAParentFloorIsNotComparable() {
        FloorCheck f = only(child(target("护理型床位占比", "60", "%", LE)), parent(target("护理型床位占比", "55", "%", GE)));
        assertThat(f.verdict()).isEqualTo(FloorVerdict.NOT_COMPARABLE);
        assertThat(f.note()).contains("floor and the child a ceiling");
    }

    @Test
    void aLongerChildWordingOfTheIndicatorIsFound() {
        FloorCheck f =
                only(child(target("生活垃圾分类投放和无害化处理率", "100", "%", EQ)), parent(target("县城生活垃圾无害化处理率", "100", "%", EQ)));
        assertThat(f.verdict()).isEqualTo(FloorVerdict.MEETS);
    }

    @Test
    void unrelatedIndicatorsAreNotMatched() {
        FloorCheck f = only(
                child(target("污泥无害化处理率", "90", "%", GE), target("普惠性幼儿园覆盖率", "100", "%", EQ)),
                parent(target("县城污水处理率", "95", "%", GE)));
        assertThat(f.verdict()).isEqualTo(FloorVerdict.MISSING_IN_CHILD);
    }

    @Test
    void qualitativeParentTargetsAreNotChecked() {
        ExtractedPlan parent = TestPlans.plan(
                "自治区方案",
                org.lantu.plan.PlanKind.REGIONAL_PLAN,
                List.of(),
                List.of(row("城市空气优良天数比率", "%", "达到全区要求", null, QUALITATIVE)));
        assertThat(floors(child(), parent)).isEmpty();
    }
}
