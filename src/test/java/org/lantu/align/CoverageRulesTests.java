package org.lantu.align;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.lantu.plan.ExtractedPlan;
import org.lantu.plan.PlanKind;
import org.lantu.plan.PlanParagraph;
import org.lantu.plan.Section;
import org.lantu.plan.SourceLocation;

/** Which sections are articles and units, and the verdicts, on small hand-built plans. */
class CoverageRulesTests {

    private static Section section(String id, String marker, String title, Section... children) {
        int level = id.split("\\.").length;
        return new Section(
                id,
                marker,
                title,
                level,
                1,
                new SourceLocation(1, null, null, null, title, List.of()),
                List.of(children));
    }

    private static PlanParagraph body(String sectionId, String text) {
        return new PlanParagraph(text, 1, null, sectionId, false);
    }

    private static ExtractedPlan plan(List<Section> sections, List<PlanParagraph> paragraphs) {
        return TestPlans.plan("方案", PlanKind.OTHER, sections, paragraphs, List.of(), List.of());
    }

    /** Parent: a part with an introduction of its own and two articles; a part with no text. */
    private static final ExtractedPlan PARENT = plan(
            List.of(
                    section("1", "一、", "完善市政设施", section("1.1", "（一）", "推动老旧小区改造"), section("1.2", "（二）", "健全防洪排涝设施")),
                    section("2", "二、", "组织实施", section("2.1", "（三）", "发展低空经济"))),
            List.of(
                    body("1", "着力完善市政设施体系，补短板、强弱项。"),
                    body("1.1", "按照基础类应改尽改原则，推进老旧小区改造，改造供排水、供气、供热、强弱电等基础设施，推进无障碍设施建设。"),
                    body("1.2", "全面普查排水管网设施，建设和改造排水管网及泵站、排涝通道，整治河道、湖塘、排洪沟。"),
                    body("2.1", "培育无人机物流、通用航空飞行服务站和低空旅游航线，建设起降场地。")));

    /** Child: sections one level down with a third level below; a top-level section without children. */
    private static final ExtractedPlan CHILD = plan(
            List.of(
                    section(
                            "1",
                            "一、",
                            "城镇建设",
                            section(
                                    "1.1",
                                    "（一）",
                                    "推动老旧小区改造",
                                    section("1.1.1", "1.", "锡尼镇老旧小区"),
                                    section("1.1.2", "2.", "棚户区")),
                            section("1.2", "（二）", "健全防洪排涝设施")),
                    section("2", "二、", "加强宣传引导")),
            List.of(
                    body("1.1", "按照基础类应改尽改原则推进改造。"),
                    body("1.1.1", "加强锡尼镇老旧小区改造，改造提升小区供排水、供气、供热、强弱电、通信、消防等基础设施。"),
                    body("1.1.2", "做好南棚户区统规自建，推进无障碍环境建设改造。"),
                    body("1.2", "全面普查排水管网设施，建设和改造排水管网及泵站、排涝通道，实施河道综合治理工程。（旗住建局、水利局）"),
                    body("2", "广泛开展宣传，发挥报刊、广播电视、政府网站、新媒体的作用。")));

    private final Alignment alignment = new AlignmentService().align(CHILD, PARENT);

    @Test
    void articlesAreTheSectionsWithBodyTextOfTheirOwn() {
        assertThat(alignment.coverage()).extracting(c -> c.article().id()).containsExactly("1", "1.1", "1.2", "2.1");
    }

    @Test
    void unitsAreTheSectionsBelowTheTopWithTheirDescendantsAndChildlessTopSections() {
        List<String> units = new ArrayList<>();
        alignment
                .coverage()
                .forEach(c -> c.matches().forEach(m -> units.add(m.section().id())));
        alignment.childOnly().forEach(s -> units.add(s.id()));
        assertThat(units).contains("1.1", "1.2", "2").doesNotContain("1", "1.1.1", "1.1.2");
    }

    @Test
    void anArticleTakenUpByASectionIsCoveredAndOneWithNoCounterpartIsNot() {
        ArticleCoverage renewal = alignment.coverage().get(1);
        assertThat(renewal.matches().get(0).section().id()).isEqualTo("1.1"); // the text is in its children
        assertThat(renewal.verdict()).isEqualTo(CoverageVerdict.COVERED);
        ArticleCoverage drainage = alignment.coverage().get(2);
        assertThat(drainage.matches().get(0).section().id()).isEqualTo("1.2");
        assertThat(drainage.verdict()).isEqualTo(CoverageVerdict.COVERED);
        ArticleCoverage lowAltitude = alignment.coverage().get(3);
        assertThat(lowAltitude.verdict()).isEqualTo(CoverageVerdict.NOT_COVERED);
        assertThat(lowAltitude.matches()).hasSize(1); // the nearest miss, shown as evidence
    }

    @Test
    void theChildsOwnSectionAnswersNoArticle() {
        assertThat(alignment.childOnly()).extracting(SectionRef::title).containsExactly("加强宣传引导");
    }

    @Test
    void aPlanWithoutHeadingsHasNoArticlesAndNoUnits() {
        Alignment empty = new AlignmentService().align(plan(List.of(), List.of()), plan(List.of(), List.of()));
        assertThat(empty.coverage()).isEmpty();
        assertThat(empty.childOnly()).isEmpty();
        assertThat(empty.floors()).isEmpty();
    }
}
