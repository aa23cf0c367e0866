package org.lantu.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.lantu.ingest.IngestException;
import org.lantu.ingest.IngestService;
import org.lantu.plan.Baseline;
import org.lantu.plan.Comparator;
import org.lantu.plan.ExtractedPlan;
import org.lantu.plan.Indicator;
import org.lantu.plan.IndicatorNature;
import org.lantu.plan.ProjectBox;
import org.lantu.plan.ProjectItem;
import org.lantu.plan.ProjectSummary;
import org.lantu.plan.Responsibility;
import org.lantu.plan.SourceInfo;
import org.lantu.plan.SourceLocation;
import org.lantu.plan.Target;
import org.lantu.plan.TargetKind;
import org.lantu.plan.TargetValue;

/**
 * The fictional example plan (示例旗) of {@code examples/}, and a version of it whose items are fixed here,
 * whatever the extractors of the day find: the pages' tests and screenshots need known indicators, tasks
 * and projects at known lines of the example's text.
 */
final class ExamplePlan {

    static final Path TXT = Path.of("examples/shiliqi-urbanization-plan.txt");
    static final Path HTML = Path.of("examples/shiliqi-urbanization-plan.html");

    /** Lines of the example's text the items below sit on. */
    static final int UNEMPLOYMENT_LINE = 26;

    static final int ROADS_TASK_LINE = 37;

    private ExamplePlan() {}

    static byte[] bytes(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The example as read, with its own headings and paragraphs, and these items: three indicator rows,
     * one prose target, two tasks (旗住建局 leads the first, 旗发改委 the second), a project box and a
     * project-list summary. Its sha256 differs from the file's, so storing it makes a new version.
     */
    static ExtractedPlan withItems(IngestService ingest) throws IngestException {
        ExtractedPlan read = ingest.extract(bytes(TXT), TXT.getFileName().toString());
        SourceInfo s = read.source();
        SourceInfo source =
                new SourceInfo(s.file(), s.format(), s.encoding(), "e".repeat(64), s.characters(), s.lines());
        String table = "示例旗城镇化建设主要指标";
        List<Indicator> indicators = List.of(
                indicator(table, 1, "经济发展", "地区生产总值", "亿元", "88.6", "88.6", ">110", "110", Comparator.GT, 24),
                indicator(table, 3, "民生福祉", "城镇登记失业率", "%", "3.8", "3.8", "≤4", "4", Comparator.LE, 26),
                indicator(table, 5, "绿色生态", "县城污水处理率", "%", "91", "91", "96以上", "96", Comparator.GE, 28));
        List<Target> targets = List.of(new Target(
                "县城污水处理率达到96%以上",
                "县城污水处理率",
                new BigDecimal("96"),
                "%",
                2026,
                Comparator.GE,
                TargetKind.LEVEL,
                "目标任务",
                "2.2",
                19,
                at(19, "到2026年，全旗地区生产总值突破110亿元，常住人口城镇化率达到62%，县城污水处理率达到96%以上")));
        List<Responsibility> tasks = List.of(
                new Responsibility(
                        "畅通县城交通",
                        "3.1.1",
                        "新建改造县城道路12公里，完善公共停车设",
                        "新建改造县城道路12公里，完善公共停车设施，建设停车信息平台，到2026年新增公共停车位800个以上。",
                        ROADS_TASK_LINE,
                        List.of("旗住建局", "交通局", "公安局"),
                        List.of("旗住建局", "旗交通局", "旗公安局"),
                        "旗住建局",
                        at(ROADS_TASK_LINE, "新建改造县城道路12公里")),
                new Responsibility(
                        "组织实施",
                        "4",
                        "建立旗级工作专班，明确牵头部门和责任单",
                        "建立旗级工作专班，明确牵头部门和责任单位，每年开展监测评估，定期报告进展情况。",
                        56,
                        List.of("旗发改委", "财政局", "统计局"),
                        List.of("旗发改委", "旗财政局", "旗统计局"),
                        "旗发改委",
                        at(56, "建立旗级工作专班")));
        List<ProjectBox> projects = List.of(new ProjectBox(
                "1",
                "重点建设项目",
                "提升公共服务",
                "3.2",
                47,
                List.of(
                        new ProjectItem("示例旗县城道路改造工程", null, new BigDecimal("3.2"), "亿元", "2024-2025", 50),
                        new ProjectItem("示例旗老化管网更新项目", null, new BigDecimal("1.8"), "亿元", "2024-2026", 51),
                        new ProjectItem("示例旗社区托育中心建设项目", null, new BigDecimal("0.6"), "亿元", "2025-2026", 52)),
                at(47, "专栏 1 重点建设项目")));
        List<ProjectSummary> summaries = List.of(new ProjectSummary(
                "示例旗重点项目清单",
                new ProjectSummary.ProjectCount(18, new BigDecimal("12.6"), "亿元"),
                List.of(
                        new ProjectSummary.ProjectCategory("基础设施类", 9, new BigDecimal("8.1")),
                        new ProjectSummary.ProjectCategory("公共服务类", 6, new BigDecimal("3.0")),
                        new ProjectSummary.ProjectCategory("生态环保类", 3, new BigDecimal("1.5"))),
                60,
                at(60, "梳理收录三大类18个项目")));
        return new ExtractedPlan(
                source,
                read.plan(),
                read.sections(),
                indicators,
                targets,
                tasks,
                projects,
                summaries,
                read.toc(),
                read.paragraphs(),
                read.dropped());
    }

    private static Indicator indicator(
            String table,
            int seq,
            String category,
            String name,
            String unit,
            String baseRaw,
            String base,
            String targetRaw,
            String target,
            Comparator comparator,
            int line) {
        return new Indicator(
                table,
                seq,
                category,
                name,
                unit,
                new Baseline(2023, baseRaw, new BigDecimal(base)),
                new TargetValue(2026, targetRaw, new BigDecimal(target), comparator, TargetKind.LEVEL),
                comparator == Comparator.LE || comparator == Comparator.GE
                        ? IndicatorNature.BINDING
                        : IndicatorNature.EXPECTED,
                line,
                List.of(),
                at(line, seq + " " + category + " " + name));
    }

    private static SourceLocation at(int line, String quote) {
        return new SourceLocation(line, null, null, null, quote, List.of());
    }
}
