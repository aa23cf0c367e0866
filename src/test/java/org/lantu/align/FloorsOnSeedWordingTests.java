package org.lantu.align;

import static org.assertj.core.api.Assertions.assertThat;
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
import org.lantu.plan.PlanKind;

/**
 * The targets of 003 and 000 built by hand in the seeds' own wording, as the extractors are expected to
 * report them, so that the floors verdicts of {@link FloorsSeedTests} are checked before the extractors
 * land.
 */
class FloorsOnSeedWordingTests {

    static final ExtractedPlan PARENT = TestPlans.plan(
            "关于推进以县城为重要载体的城镇化建设总体方案（2023—2025年）",
            PlanKind.REGIONAL_PLAN,
            List.of(
                    target("县域生产总值", "1.2", "万亿元", GE),
                    target("县城常住人口占全区城镇人口比重", "30", "%", ABOUT),
                    target("新能源装机", "1.35", "亿千瓦", GE),
                    target("开发区亩产效益比2020年提高", "20", "%", EQ),
                    target("县城集中供暖比例", "93", "%", GE),
                    target("城镇老旧小区改造", "77", "万户", EQ),
                    target("棚户区改造", "3", "万套", EQ),
                    target("通过国家义务教育优质均衡发展验收的旗县（市）", "20", "%", ABOUT),
                    target("高中毛入学率", "95", "%", GE),
                    target("普惠性幼儿园覆盖率", "85", "%", GE),
                    target("公办幼儿园在园幼儿占比", "55", "%", GE),
                    target("护理型床位占比", "55", "%", GE),
                    target("每千人口拥有3岁以下幼儿托位数", "4.5", "个", GE),
                    target("县城生活垃圾无害化处理率", "100", "%", EQ),
                    target("县城污水处理率", "95", "%", GE),
                    target("批而未供、闲置土地", "67.94", "万亩", EQ)),
            List.of());

    static final ExtractedPlan CHILD = TestPlans.plan(
            "杭锦旗推进以县城为重要载体的城镇化建设总体方案（2023～2025年）",
            PlanKind.URBANIZATION_PLAN,
            List.of(
                    target("全旗地区生产总值", "200", "亿元", GT),
                    target("常住人口城镇化率", "65", "%", EQ),
                    target("集中供暖比例", "93", "%", GE),
                    target("高中毛入学率", "95", "%", GE),
                    target("普惠性幼儿园覆盖率", "100", "%", EQ),
                    target("公办幼儿园在园幼儿占比", "100", "%", EQ),
                    target("护理型床位占比", "55", "%", GE),
                    target("每千人口拥有3岁以下幼儿托位数", "1", "个", GE),
                    target("全旗城镇生活垃圾分类投放和无害化处理率", "100", "%", EQ),
                    target("县城污水处理率", "95", "%", GE),
                    target("全旗常住人口城镇化率", "65", "%", EQ)),
            List.of(
                    row("地区生产总值（亿元）", null, ">200", "200", GT),
                    row("常住人口城镇化率（％）", null, "65", "65", EQ),
                    row("城镇登记失业率（％）", null, "≤4.5", "4.5", LE),
                    row("每千人拥有3岁以下婴幼儿托位数（个）", null, "5.1", "5.1", EQ),
                    row("城市空气优良天数比率", null, "达到全市要求", null, QUALITATIVE)));

    static final Alignment ALIGNMENT = new AlignmentService().align(CHILD, PARENT);

    @Test
    void theVerdictsReadFromTheDocumentsFollowFromTheirWording() {
        FloorsSeedTests.expectVerdictsReadFromTheDocuments(ALIGNMENT);
    }

    @Test
    void theChildcareFloorIsComparedWithBothChildTargets() {
        List<FloorCheck> f = FloorsSeedTests.checks(ALIGNMENT, "托位数", "4.5");
        assertThat(f).extracting(FloorCheck::verdict).containsExactly(FloorVerdict.BELOW_FLOOR, FloorVerdict.MEETS);
        assertThat(f).allSatisfy(c -> assertThat(c.note()).contains("2 different targets"));
    }

    @Test
    void theRegionalGdpShowsTheCountysGdpForReference() {
        FloorCheck gdp = FloorsSeedTests.checks(ALIGNMENT, "生产总值", "1.2").get(0);
        assertThat(gdp.childTarget()).isNotNull();
        assertThat(gdp.childTarget().indicator()).contains("地区生产总值");
    }

    @Test
    void everyQuantitativeParentTargetIsChecked() {
        assertThat(ALIGNMENT.floors())
                .extracting(f -> f.parentTarget().indicator())
                .containsAll(PARENT.targets().stream().map(t -> t.indicator()).toList());
    }
}
