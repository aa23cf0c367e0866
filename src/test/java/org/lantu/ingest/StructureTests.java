package org.lantu.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.lantu.Seeds;
import org.lantu.plan.ExtractedPlan;
import org.lantu.plan.PlanKind;
import org.lantu.plan.PlanPeriod;
import org.lantu.plan.Section;

/** Heading trees, tables of contents and metadata of the seed documents. */
class StructureTests {

    private static IngestService ingest;

    @BeforeAll
    static void start() {
        ingest = new IngestService();
    }

    @AfterAll
    static void stop() {
        ingest.close();
    }

    private static ExtractedPlan seed(String number) throws IngestException {
        return ingest.extract(Seeds.path(number));
    }

    private static List<Section> flatten(List<Section> sections) {
        List<Section> out = new ArrayList<>();
        for (Section s : sections) {
            out.add(s);
            out.addAll(flatten(s.children()));
        }
        return out;
    }

    @Test
    void regionalPlanHasNinePartsAndThirtySevenArticlesNumberedInOneSequence() throws IngestException {
        ExtractedPlan plan = seed(Seeds.REGIONAL_URBANIZATION);
        assertThat(plan.sections()).hasSize(9);
        assertThat(plan.sections())
                .extracting(Section::marker)
                .containsExactly("一、", "二、", "三、", "四、", "五、", "六、", "七、", "八、", "九、");
        List<Section> articles =
                plan.sections().stream().flatMap(s -> s.children().stream()).toList();
        assertThat(articles).hasSize(37);
        assertThat(articles).allSatisfy(a -> assertThat(a.level()).isEqualTo(2));
        assertThat(articles.stream().map(Section::children))
                .allSatisfy(c -> assertThat(c).isEmpty());
        // the articles are numbered （一） … （三十七） across the parts
        for (int i = 0; i < articles.size(); i++) {
            assertThat(org.lantu.ingest.internal.text.Markers.ordinal(
                            articles.get(i).marker().replaceAll("[（）()]", "")))
                    .as("article %d", i + 1)
                    .isEqualTo(i + 1);
        }
        // titles survive newspaper columns: spaced characters, titles running onto the next line
        assertThat(plan.sections().get(1).title()).isEqualTo("聚焦功能定位，引导县城分类错位发展");
        assertThat(plan.sections().get(6).title()).isEqualTo("提高县城辐射带动乡村能力，促进县乡村功能衔接互补");
        assertThat(articles.get(4).title()).isEqualTo("合理发展农产品主产区县城");
        assertThat(articles.get(23).marker()).isEqualTo("（二十四）");
        assertThat(articles.get(23).title()).isEqualTo("加强历史文化保护传承");
        assertThat(articles.get(26).title()).isEqualTo("完善垃圾收集处理体系");
        assertThat(articles.get(11).title()).isEqualTo("完善市政交通设施");
        assertThat(articles.get(11).line()).isEqualTo(250);
    }

    @Test
    void regionalPlanMetadataComesFromTheNewspaperIntroduction() throws IngestException {
        ExtractedPlan plan = seed(Seeds.REGIONAL_URBANIZATION);
        assertThat(plan.plan().title()).isEqualTo("关于推进以县城为重要载体的城镇化建设总体方案（2023—2025年）");
        assertThat(plan.plan().kind()).isEqualTo(PlanKind.REGIONAL_PLAN);
        assertThat(plan.plan().region()).isEqualTo("内蒙古自治区");
        assertThat(plan.plan().period()).isEqualTo(new PlanPeriod(2023, 2025, null));
    }

    @Test
    void countyUrbanizationPlanHasNinePartsWithTheirArticlesAndItems() throws IngestException {
        ExtractedPlan plan = seed(Seeds.HANGJIN_URBANIZATION);
        assertThat(plan.plan().title()).isEqualTo("杭锦旗推进以县城为重要载体的城镇化建设总体方案（2023～2025年）");
        assertThat(plan.plan().kind()).isEqualTo(PlanKind.URBANIZATION_PLAN);
        assertThat(plan.plan().region()).isEqualTo("杭锦旗");
        assertThat(plan.plan().period()).isEqualTo(new PlanPeriod(2023, 2025, null));
        assertThat(plan.sections())
                .extracting(Section::title)
                .containsExactly(
                        "发展基础",
                        "总体要求",
                        "坚持产业培育带动，提升县域集聚发展能力",
                        "完善配套设施建设，夯实城镇运行基础支撑",
                        "优化公共服务供给，集中力量办好民生实事",
                        "加强生态环境保护，改善县城人居环境质量",
                        "促进城乡融合发展，发挥县城辐射带动作用",
                        "深化体制机制创新，持续释放改革发展活力",
                        "组织实施");
        assertThat(plan.sections().stream().map(s -> s.children().size())).containsExactly(2, 3, 7, 7, 5, 4, 3, 3, 4);
        Section industry = plan.sections().get(2).children().get(0);
        assertThat(industry.children())
                .extracting(Section::marker, Section::title, Section::level, Section::line)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("1.", "打造风光氢储及绿色甲醇清洁能源产业集群", 3, 145),
                        org.assertj.core.groups.Tuple.tuple("2.", "打造天然气生产及综合利用产业集群", 3, 153),
                        org.assertj.core.groups.Tuple.tuple("3.", "打造绿色化工及新材料产业集群", 3, 160));
        assertThat(plan.sections().get(1).children().get(2).id()).isEqualTo("2.3");
    }

    @Test
    void fiveYearPlanKeepsItsTableOfContentsApartFromTheBody() throws IngestException {
        ExtractedPlan plan = seed(Seeds.URAD_REAR_FYP);
        assertThat(plan.plan().title()).isEqualTo("乌拉特后旗国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要");
        assertThat(plan.plan().kind()).isEqualTo(PlanKind.FIVE_YEAR_PLAN);
        assertThat(plan.plan().region()).isEqualTo("乌拉特后旗");
        assertThat(plan.plan().period()).isEqualTo(new PlanPeriod(2021, 2025, 2035));
        // 12 chapters and 43 sections (2+5+3+3+2+4+7+2+3+4+4+4) in the printed table of contents
        assertThat(plan.toc()).hasSize(12 + 43);
        assertThat(plan.toc().get(0).title()).isEqualTo("发展基础");
        assertThat(plan.toc().get(0).page()).isEqualTo(4);
        assertThat(plan.toc().get(plan.toc().size() - 1).title()).isEqualTo("强化规划实施评估");
        assertThat(plan.toc().get(plan.toc().size() - 1).page()).isEqualTo(103);
        // the body: the same 12 chapters, starting after the TOC
        assertThat(plan.sections()).hasSize(12);
        assertThat(plan.sections().get(0).line()).isEqualTo(70);
        assertThat(plan.sections().get(11).title()).isEqualTo("规划保障");
        assertThat(plan.sections())
                .allSatisfy(s -> assertThat(s.marker()).startsWith("第").endsWith("章"));
        Section ecology = plan.sections().get(2);
        assertThat(ecology.children().get(1).children())
                .extracting(Section::title)
                .containsExactly("强化大气污染防治", "强化水污染防治", "强化土壤污染综合防治", "强化固体废弃物综合防治", "推进绿色矿山建设");
        assertThat(flatten(plan.sections()))
                .extracting(Section::line)
                .isSorted()
                .doesNotHaveDuplicates();
    }

    @Test
    void scrapedWebPageDropsNavigationAndFootersAndListsThem() throws IngestException {
        ExtractedPlan plan = seed(Seeds.OTOG_FYP);
        assertThat(plan.plan().title()).isEqualTo("鄂托克旗国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要");
        assertThat(plan.plan().region()).isEqualTo("鄂托克旗");
        assertThat(plan.plan().period()).isEqualTo(new PlanPeriod(2021, 2025, 2035));
        assertThat(plan.dropped())
                .extracting(d -> d.line())
                .contains(1, 4, 6, 8)
                .allSatisfy(l -> assertThat(l)
                        .satisfiesAnyOf(
                                x -> assertThat(x).isLessThan(10),
                                x -> assertThat(x).isGreaterThan(1305)));
        assertThat(plan.dropped()).anySatisfy(d -> assertThat(d.text()).contains("ICP备"));
        assertThat(plan.sections()).hasSize(11);
        assertThat(plan.sections().get(0).line()).isEqualTo(398);
        assertThat(plan.sections()).allSatisfy(s -> assertThat(s.marker()).endsWith("篇"));
        assertThat(plan.sections().get(7).title()).isEqualTo("深入推进新型城镇化,发挥城镇综合带动作用");
        assertThat(flatten(plan.sections())).hasSize(plan.toc().size());
    }

    @Test
    void interpretationIsRecognisedAsSuch() throws IngestException {
        ExtractedPlan plan = seed(Seeds.HANGJIN_INTERPRETATION);
        assertThat(plan.plan().kind()).isEqualTo(PlanKind.INTERPRETATION);
        assertThat(plan.plan().region()).isEqualTo("杭锦旗");
        assertThat(plan.plan().period()).isEqualTo(new PlanPeriod(2023, 2025, null));
        assertThat(plan.dropped()).anySatisfy(d -> assertThat(d.reason()).isEqualTo("web breadcrumb"));
        assertThat(plan.sections()).extracting(Section::title).startsWith("制定背景", "政策依据", "政策目的", "重要举措");
    }
}
