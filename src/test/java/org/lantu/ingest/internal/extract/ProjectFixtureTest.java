package org.lantu.ingest.internal.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.lantu.ingest.internal.doc.RawBlock;
import org.lantu.ingest.internal.doc.RawDocument;
import org.lantu.ingest.internal.doc.SourceLine;
import org.lantu.ingest.internal.doc.SourceTable;
import org.lantu.ingest.internal.doc.SourceTable.SourceCell;
import org.lantu.plan.ProjectBox;
import org.lantu.plan.ProjectItem;
import org.lantu.plan.ProjectSummary;

/** Project boxes and summaries in layouts the seeds do not have, from a fictional plan. */
class ProjectFixtureTest {

    private final ProjectExtractor extractor = new ProjectExtractor();

    @Test
    void boxesOfTheFixture() {
        List<ProjectBox> boxes = extractor.extractBoxes(TestDocs.fixture("projects.txt"));
        // 专栏4 holds an indicator table: not a project box
        assertThat(boxes)
                .extracting(
                        ProjectBox::box,
                        ProjectBox::title,
                        ProjectBox::section,
                        ProjectBox::sectionId,
                        ProjectBox::line)
                .containsExactly(
                        tuple("1", "市政设施重点项目", "完善市政设施", "1.1", 9),
                        tuple("2", "公共服务补短板项目", "发展公共服务", "1.2", 25),
                        tuple("3", "产业平台项目", "建设产业平台", "1.3", 33));
    }

    @Test
    void boxTableWithInvestmentAndPeriodColumns() {
        ProjectBox box =
                extractor.extractBoxes(TestDocs.fixture("projects.txt")).get(0);
        // category rows (一、供水排水) group the projects; 合计 is no project; a cell in 万元 keeps its unit
        assertThat(box.items())
                .containsExactly(
                        new ProjectItem("示例旗城区供水管网改造工程", "供水排水", new BigDecimal("1.2"), "亿元", "2023-2024", 14),
                        new ProjectItem("示例旗污水处理厂提标改造项目", "供水排水", new BigDecimal("0.85"), "亿元", "2023—2025年", 15),
                        new ProjectItem("示例旗北环路新建工程", "道路交通", new BigDecimal("2.4"), "亿元", "2024-2025", 17),
                        new ProjectItem("示例旗城区停车场建设项目", "道路交通", new BigDecimal("3500"), "万元", "2024", 18));
    }

    @Test
    void numberedItemsAreNeverSplit() {
        ProjectBox box =
                extractor.extractBoxes(TestDocs.fixture("projects.txt")).get(1);
        assertThat(box.items())
                .extracting(ProjectItem::name, ProjectItem::line)
                .containsExactly(tuple("示例旗人民医院综合楼建设项目", 27), tuple("示例旗第三小学、幼儿园新建工程", 28), tuple("示例旗养老服务中心项目", 29));
    }

    @Test
    void categoryLinesEndAtTheProseAfterThem() {
        ProjectBox box =
                extractor.extractBoxes(TestDocs.fixture("projects.txt")).get(2);
        assertThat(box.items())
                .extracting(ProjectItem::category, ProjectItem::name)
                .containsExactly(
                        tuple("园区配套项目", "示例旗工业园区标准化厂房项目"),
                        tuple("园区配套项目", "园区供热管网工程"),
                        tuple("园区配套项目", "园区污水处理厂提标改造工程"),
                        tuple("园区配套项目", "中水回用设施建设项目"),
                        tuple("园区配套项目", "智慧园区平台"),
                        tuple("文旅项目", "草原风情小镇建设项目"),
                        tuple("文旅项目", "湖滨步道工程"),
                        // none of the parts ends like a project name: a list of short names
                        tuple("配套产业", "风电"),
                        tuple("配套产业", "光伏"),
                        tuple("配套产业", "储能"));
        assertThat(box.items()).extracting(ProjectItem::line).containsExactly(35, 35, 35, 35, 35, 36, 36, 37, 37, 37);
    }

    @Test
    void splittingRules() {
        assertThat(ProjectExtractor.splitItems("甲镇、乙镇农田灌溉工程，丙镇污水处理厂提标改造工程、中水回用项目。"))
                .containsExactly("甲镇、乙镇农田灌溉工程", "丙镇污水处理厂提标改造工程", "中水回用项目");
        assertThat(ProjectExtractor.splitItems("3个检查站（甲镇、乙镇）建设项目、“四好”公路工程"))
                .containsExactly("3个检查站（甲镇、乙镇）建设项目", "“四好”公路工程");
        assertThat(ProjectExtractor.splitItems("风电、光伏、储能；氢能")).containsExactly("风电", "光伏", "储能", "氢能");
    }

    @Test
    void proseSummaryWithCategoriesInAnotherUnit() {
        List<ProjectSummary> summaries = extractor.extractSummaries(TestDocs.fixture("projects.txt"));
        assertThat(summaries).hasSize(2);
        ProjectSummary s = summaries.get(0);
        assertThat(s.title()).isEqualTo("项目储备");
        assertThat(s.line()).isEqualTo(49);
        assertThat(s.total()).isEqualTo(new ProjectSummary.ProjectCount(56, new BigDecimal("125.6"), "亿元"));
        assertThat(s.categories()).hasSize(2);
        assertThat(s.categories().get(0))
                .isEqualTo(new ProjectSummary.ProjectCategory("产业类", 20, new BigDecimal("125.144")));
        // 4560万元, in the summary's unit
        assertThat(s.categories().get(1).name()).isEqualTo("基础设施类");
        assertThat(s.categories().get(1).count()).isEqualTo(36);
        assertThat(s.categories().get(1).investment()).isEqualByComparingTo("0.456");
    }

    @Test
    void summaryTable() {
        ProjectSummary s =
                extractor.extractSummaries(TestDocs.fixture("projects.txt")).get(1);
        assertThat(s.title()).isEqualTo("示例旗重点项目汇总表");
        assertThat(s.total()).isEqualTo(new ProjectSummary.ProjectCount(77, new BigDecimal("211.05"), "亿元"));
        assertThat(s.categories())
                .containsExactly(
                        new ProjectSummary.ProjectCategory("产业发展类", 40, new BigDecimal("156.3")),
                        new ProjectSummary.ProjectCategory("基础设施类", 25, new BigDecimal("48.7")),
                        new ProjectSummary.ProjectCategory("公共服务类", 12, new BigDecimal("6.05")));
        assertThat(s.location().notes()).containsExactly("table layout: pipe");
    }

    @Test
    void summaryTableWithoutATotalRowIsSummed() {
        SourceTable table = new SourceTable(
                3,
                List.of(
                        List.of(cell("类别", 3), cell("项目个数", 3), cell("总投资(万元)", 3)),
                        List.of(cell("生态环保类", 4), cell("6", 4), cell("12000", 4)),
                        List.of(cell("乡村振兴类", 5), cell("9", 5), cell("8500.5", 5))));
        List<RawBlock> blocks = List.of(
                new SourceLine(1, null, null, "模拟县项目汇总", 1), new SourceLine(2, null, null, "模拟县储备项目分类表", null), table);
        List<ProjectSummary> summaries =
                extractor.extractSummaries(TestDocs.structure(new RawDocument("docx", "docx", blocks, 5)));
        assertThat(summaries).hasSize(1);
        assertThat(summaries.get(0).title()).isEqualTo("模拟县储备项目分类表");
        assertThat(summaries.get(0).total())
                .isEqualTo(new ProjectSummary.ProjectCount(15, new BigDecimal("20500.5"), "万元"));
    }

    @Test
    void projectTableWithoutACaptionInARealTable() {
        SourceTable table = new SourceTable(
                3,
                List.of(
                        List.of(cell("序号", 3), cell("项目名称", 3), cell("总投资（万元）", 3), cell("建设期限", 3)),
                        List.of(new SourceCell("产业发展类", 4, 4)),
                        List.of(cell("1", 5), cell("模拟县光伏治沙项目", 5), cell("26000", 5), cell("2024—2026年", 5)),
                        List.of(cell("2", 6), cell("模拟县物流园区（一期）工程", 6), cell("—", 6), cell("", 6))));
        List<RawBlock> blocks = List.of(
                new SourceLine(1, null, null, "第五章 重大项目", 1), new SourceLine(2, null, null, "附表1 重大项目表", null), table);
        List<ProjectBox> boxes = extractor.extractBoxes(TestDocs.structure(new RawDocument("docx", "docx", blocks, 6)));
        assertThat(boxes).hasSize(1);
        assertThat(boxes.get(0).box()).isEmpty();
        assertThat(boxes.get(0).title()).isEqualTo("附表1重大项目表");
        assertThat(boxes.get(0).items())
                .containsExactly(
                        new ProjectItem("模拟县光伏治沙项目", "产业发展类", new BigDecimal("26000"), "万元", "2024—2026年", 5),
                        new ProjectItem("模拟县物流园区（一期）工程", "产业发展类", null, null, null, 6));
    }

    @Test
    void categoryAndListInTwoColumnsAndNumberedItemsTakenForHeadings() {
        List<ProjectBox> boxes = extractor.extractBoxes(TestDocs.fixture("projects_more.txt"));
        assertThat(boxes)
                .extracting(ProjectBox::box, ProjectBox::title)
                .containsExactly(tuple("2-1", "新能源项目"), tuple("2-2", "农牧业项目"));
        assertThat(boxes.get(0).items())
                .extracting(ProjectItem::category, ProjectItem::name, ProjectItem::line)
                .containsExactly(
                        tuple("风电项目", "模拟县北山风电场一期项目", 7),
                        tuple("风电项目", "模拟县北山风电场二期项目", 7),
                        tuple("光伏项目", "模拟县采煤沉陷区光伏治理工程", 8));
        // 1.… lines read as headings by the structure are still the box's items; 注：… ends the box
        assertThat(boxes.get(1).items()).extracting(ProjectItem::name).containsExactly("模拟县高标准农田建设项目", "模拟县肉牛养殖基地");
    }

    @Test
    void proseSummaryWithCategoriesNamedWithoutLei() {
        List<ProjectSummary> summaries = extractor.extractSummaries(TestDocs.fixture("projects_more.txt"));
        assertThat(summaries).hasSize(1);
        assertThat(summaries.get(0).total())
                .isEqualTo(new ProjectSummary.ProjectCount(48, new BigDecimal("96.5"), "亿元"));
        assertThat(summaries.get(0).categories())
                .containsExactly(
                        new ProjectSummary.ProjectCategory("产业发展", 30, new BigDecimal("80.2")),
                        new ProjectSummary.ProjectCategory("民生保障", 18, new BigDecimal("16.3")));
    }

    @Test
    void boxDrawnAsASingleCellTable() {
        // a DOCX box: one cell holding the caption and the items, one paragraph each
        SourceTable table = new SourceTable(
                2, List.of(List.of(new SourceCell("专栏5 示例旗乡村振兴项目\n1、示例村道路硬化工程\n2、示例村饮水安全工程\n设施农业：温室大棚、冷库", 2, 1))));
        List<RawBlock> blocks = List.of(new SourceLine(1, null, null, "（三）推进乡村振兴", 2), table);
        List<ProjectBox> boxes = extractor.extractBoxes(TestDocs.structure(new RawDocument("docx", "docx", blocks, 2)));
        assertThat(boxes).hasSize(1);
        assertThat(boxes.get(0).box()).isEqualTo("5");
        assertThat(boxes.get(0).title()).isEqualTo("示例旗乡村振兴项目");
        assertThat(boxes.get(0).section()).isEqualTo("推进乡村振兴");
        assertThat(boxes.get(0).items())
                .extracting(ProjectItem::category, ProjectItem::name)
                .containsExactly(
                        tuple(null, "示例村道路硬化工程"), tuple(null, "示例村饮水安全工程"), tuple("设施农业", "温室大棚"), tuple("设施农业", "冷库"));
    }

    private static SourceCell cell(String text, int line) {
        return new SourceCell(text, line, 1);
    }
}
