package org.lantu.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.lantu.ingest.internal.read.Fixtures;
import org.lantu.plan.ExtractedPlan;
import org.lantu.plan.Section;

/** The same kind of plan in DOCX, HTML and PDF comes out with the same structure. */
class FormatsTests {

    private static IngestService ingest;

    @BeforeAll
    static void start() {
        ingest = new IngestService();
    }

    @AfterAll
    static void stop() {
        ingest.close();
    }

    /** A fictional plan with heading styles (标题 1/2), a real indicator table and a task paragraph. */
    static byte[] docxPlan() throws IOException {
        try (XWPFDocument doc = new XWPFDocument()) {
            para(doc, "模拟县国民经济和社会发展第十四个五年规划纲要", "Title");
            para(doc, "第一章 发展基础", "Heading1");
            para(doc, "“十三五”期间，全县地区生产总值年均增长5.2%。", null);
            para(doc, "第二章 发展目标", "Heading1");
            para(doc, "第一节 主要指标", "Heading2");
            para(doc, "模拟县“十四五”主要指标", null);
            XWPFTable table = doc.createTable(3, 6);
            String[][] cells = {
                {"序号", "指标", "单位", "2020年", "2025年", "属性"},
                {"1", "地区生产总值", "亿元", "120.5", "＞160", "预期性"},
                {"2", "森林覆盖率", "%", "21.3", "23", "约束性"}
            };
            for (int r = 0; r < cells.length; r++) {
                for (int c = 0; c < cells[r].length; c++) {
                    table.getRow(r)
                            .getCell(c)
                            .getParagraphs()
                            .get(0)
                            .createRun()
                            .setText(cells[r][c]);
                }
            }
            para(doc, "第二节 重点任务", "Heading2");
            para(doc, "建设县城停车信息平台，到2025年新增公共停车位500个以上。（县住建局、交通局、公安局）", null);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.write(out);
            return out.toByteArray();
        }
    }

    private static void para(XWPFDocument doc, String text, String style) {
        XWPFParagraph p = doc.createParagraph();
        if (style != null) {
            p.setStyle(style);
        }
        p.createRun().setText(text);
    }

    @Test
    void docxHeadingsAndTablesBecomeTheHeadingTree() throws Exception {
        ExtractedPlan plan = ingest.extract(docxPlan(), "模拟县纲要.docx");
        assertThat(plan.source().format()).isEqualTo("docx");
        assertThat(plan.plan().title()).isEqualTo("模拟县国民经济和社会发展第十四个五年规划纲要");
        assertThat(plan.plan().period().from()).isEqualTo(2021);
        assertThat(plan.sections())
                .extracting(Section::marker, Section::title)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("第一章", "发展基础"),
                        org.assertj.core.groups.Tuple.tuple("第二章", "发展目标"));
        Section goals = plan.sections().get(1);
        assertThat(goals.children()).extracting(Section::title).containsExactly("主要指标", "重点任务");
        // DOCX locations are paragraph numbers
        assertThat(goals.line()).isEqualTo(4);
        assertThat(goals.children().get(0).line()).isEqualTo(5);
        // the real Word table is an indicator table
        assertThat(plan.indicators())
                .extracting(
                        i -> i.name(),
                        i -> i.unit(),
                        i -> i.target().raw(),
                        i -> i.target().comparator().code(),
                        i -> i.attribute().label())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("地区生产总值", "亿元", "＞160", ">", "预期性"),
                        org.assertj.core.groups.Tuple.tuple("森林覆盖率", "%", "23", "=", "约束性"));
        assertThat(plan.indicators().get(0).baseline().year()).isEqualTo(2020);
        assertThat(plan.responsibilities()).singleElement().satisfies(r -> {
            assertThat(r.unitsNormalized()).containsExactly("县住建局", "县交通局", "县公安局");
            assertThat(r.lead()).isEqualTo("县住建局");
            assertThat(r.line()).isEqualTo(26);
        });
    }

    private static final String HTML = """
            <!DOCTYPE html>
            <html><head><meta charset="utf-8"><title>模拟县人民政府</title>
            <script>var tracking = "第九章 不是正文";</script></head>
            <body>
            <div class="nav"><a href="/">首页</a> <a href="/zwgk">政务公开</a></div>
            <div class="breadcrumb">当前位置:首页 &gt; 政务公开 &gt; 规划计划</div>
            <div class="article">
            <h1>模拟县推进以县城为重要载体的城镇化建设方案（2024～2026年）</h1>
            <p>一、总体要求</p>
            <p>（一）目标任务</p>
            <p>到2026年，常住人口城镇化率达到62%。</p>
            <p>二、重点任务</p>
            <p>（一）完善市政设施</p>
            <p>建设停车信息平台。（县住建局、交通局）</p>
            <table><tr><td>序号</td><td>指标</td><td>2023年</td><td>2026年</td></tr>
            <tr><td>1</td><td>常住人口城镇化率（%）</td><td>58.1</td><td>62</td></tr></table>
            </div>
            <div class="footer">主办:模拟县人民政府 蒙ICP备00000000号</div>
            </body></html>
            """;

    @Test
    void htmlPagesLoseTheirNavigationAndKeepTheirStructure() throws IngestException {
        ExtractedPlan plan = ingest.extract(HTML.getBytes(StandardCharsets.UTF_8), "plan.html");
        assertThat(plan.source().format()).isEqualTo("html");
        assertThat(plan.plan().title()).isEqualTo("模拟县推进以县城为重要载体的城镇化建设方案（2024～2026年）");
        assertThat(plan.plan().region()).isEqualTo("模拟县");
        assertThat(plan.sections()).extracting(Section::title).containsExactly("总体要求", "重点任务");
        assertThat(plan.sections().get(1).children()).extracting(Section::title).containsExactly("完善市政设施");
        assertThat(plan.paragraphs()).noneSatisfy(p -> assertThat(p.text()).contains("不是正文"));
        assertThat(plan.paragraphs()).noneSatisfy(p -> assertThat(p.text()).contains("当前位置"));
        // every section points at its source line in the HTML
        assertThat(plan.sections().get(0).line()).isEqualTo(9);
        assertThat(plan.targets()).singleElement().satisfies(t -> {
            assertThat(t.indicator()).isEqualTo("常住人口城镇化率");
            assertThat(t.value()).isEqualByComparingTo("62");
            assertThat(t.year()).isEqualTo(2026);
        });
        assertThat(plan.indicators()).singleElement().satisfies(i -> {
            assertThat(i.name()).isEqualTo("常住人口城镇化率");
            assertThat(i.unit()).isEqualTo("%");
            assertThat(i.baseline().raw()).isEqualTo("58.1");
        });
        assertThat(plan.responsibilities())
                .singleElement()
                .satisfies(r -> assertThat(r.unitsNormalized()).containsExactly("县住建局", "县交通局"));
    }

    @Test
    void pdfLinesWrappedByTheLayoutAreRejoined() throws Exception {
        Optional<Path> font = Fixtures.cjkFontFile();
        assumeThat(font)
                .as("a CJK font (fonts-wqy-microhei, installed by .ci/run)")
                .isPresent();
        byte[] pdf = Fixtures.cjkPdf(
                font.get(),
                List.of(
                        "模拟县县城建设方案（2024—2026年）",
                        "一、总体要求",
                        "坚持以人为核心推进新型城镇化，统筹县城生产、",
                        "生活、生态、安全需要，促进县城高质量发展。",
                        "二、重点任务",
                        "到2026年，县城污水处理率达到95%以上，建成",
                        "区绿地率达到40%。"));
        ExtractedPlan plan = ingest.extract(pdf, "plan.pdf");
        assertThat(plan.source().format()).isEqualTo("pdf");
        assertThat(plan.sections()).extracting(Section::title).containsExactly("总体要求", "重点任务");
        assertThat(plan.paragraphs())
                .anySatisfy(p -> assertThat(p.text()).isEqualTo("坚持以人为核心推进新型城镇化，统筹县城生产、生活、生态、安全需要，促进县城高质量发展。"));
        assertThat(plan.sections().get(1).location().page()).isEqualTo(1);
    }

    @Test
    void hostileInputGetsOneClearReason() {
        assertThatThrownBy(() -> ingest.extract(new byte[] {0, 1, 2, 3, (byte) 0xFF, 0, 7}, "x.txt"))
                .isInstanceOf(IngestException.class)
                .hasMessageStartingWith("x.txt: ");
        assertThatThrownBy(() -> ingest.extract("PK\u0003\u0004broken".getBytes(StandardCharsets.ISO_8859_1), "x.docx"))
                .isInstanceOf(IngestException.class)
                .hasMessageStartingWith("x.docx: ")
                .hasMessageNotContaining("Exception");
        assertThatThrownBy(() -> ingest.extract("%PDF-1.7 truncated".getBytes(StandardCharsets.US_ASCII), "x.pdf"))
                .isInstanceOf(IngestException.class)
                .hasMessageStartingWith("x.pdf: ");
    }
}
