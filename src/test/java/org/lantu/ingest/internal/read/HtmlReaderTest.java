package org.lantu.ingest.internal.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.lantu.ingest.IngestLimits;
import org.lantu.ingest.internal.doc.RawBlock;
import org.lantu.ingest.internal.doc.RawDocument;
import org.lantu.ingest.internal.doc.SourceLine;
import org.lantu.ingest.internal.doc.SourceTable;
import org.lantu.ingest.internal.doc.SourceTable.SourceCell;

class HtmlReaderTest {

    private static final IngestLimits LIMITS = IngestLimits.defaults();
    private static final Charset GBK = Charset.forName("GBK");

    private final HtmlReader reader = new HtmlReader();

    private RawDocument read(String html) throws UnreadableDocumentException {
        return reader.read(html.getBytes(StandardCharsets.UTF_8), LIMITS);
    }

    private static List<String> texts(RawDocument document) {
        return document.blocks().stream()
                .filter(SourceLine.class::isInstance)
                .map(b -> ((SourceLine) b).text())
                .toList();
    }

    @Test
    void readsTheArticleWithSourceLinesHeadingsAndATableAndDropsTheSiteChrome() throws Exception {
        RawDocument document = read(Fixtures.HTML);

        assertThat(document.format()).isEqualTo("html");
        assertThat(document.encoding()).isEqualTo("UTF-8");
        assertThat(document.lineCount()).isEqualTo(33);
        List<RawBlock> blocks = document.blocks();
        assertThat(blocks)
                .containsExactly(
                        new SourceLine(16, null, null, "示例旗国民经济和社会发展第十四个五年规划纲要", 1),
                        new SourceLine(17, null, null, "第一章 发展基础", 2),
                        new SourceLine(18, null, null, "“十三五”时期，示例旗经济持续健康发展。", null),
                        new SourceLine(20, null, null, "第一行", null),
                        new SourceLine(20, null, null, "第二行 with spaces", null),
                        new SourceLine(21, null, null, "建设生态示范区", null),
                        new SourceLine(21, null, null, "推进乡村振兴", null),
                        new SourceLine(22, null, null, "直接文字", null),
                        new SourceLine(22, null, null, "段落文字", null),
                        new SourceLine(24, null, null, "专栏1 主要指标", null),
                        new SourceTable(
                                23,
                                List.of(
                                        List.of(new SourceCell("指标", 25, 1), new SourceCell("2025年", 25, 2)),
                                        List.of(
                                                new SourceCell("常住人口", 26, 1),
                                                new SourceCell("10.5", 26, 1),
                                                new SourceCell("万人", 26, 1)))));
    }

    @Test
    void dropsNavigationByRoleClassIdHiddenAndBreadcrumbTextButKeepsTheContent() throws Exception {
        String html = """
                <html><body>
                <div role="navigation">首页 | 机构</div>
                <div id="header-wrap">示例旗人民政府</div>
                <ul class="subnav"><li>概况</li></ul>
                <div class="left-sidebar">热点</div>
                <div class="mainMenu">菜单</div>
                <div class="pos"><span>当前位置：</span><a href="/">首页</a> &gt; <a>规划</a></div>
                <p hidden>隐藏段落</p>
                <p style="display: none">也是隐藏</p>
                <div class="content"><div class="article-header"><h1>模拟县规划</h1></div>
                <p>模拟县正文第一段。</p></div>
                <div class="canvas-area">画布区域的正文</div>
                </body></html>
                """;

        assertThat(texts(read(html))).containsExactly("模拟县规划", "模拟县正文第一段。", "画布区域的正文");
    }

    @Test
    void keepsAFormThatWrapsTheWholePage() throws Exception {
        String body = "模拟县坚持生态优先、绿色发展，推进以县城为重要载体的城镇化建设。".repeat(20);
        String html = "<html><body><form id=\"form1\" action=\"default.aspx\"><div class=\"nav\">首页</div><p>" + body
                + "</p><input type=\"hidden\" value=\"x\"></form></body></html>";

        assertThat(texts(read(html))).containsExactly(body);
    }

    /** The outer table only lays the page out; the inner one is a real table. */
    @Test
    void readsALayoutTableAsBlocks() throws Exception {
        String html = """
                <html><body>
                <table width="100%"><tr><td>
                <p>第一章 总体要求</p>
                <table><tr><td>甲</td><td>乙</td></tr></table>
                </td></tr></table>
                </body></html>
                """;

        RawDocument document = read(html);

        assertThat(document.blocks())
                .containsExactly(
                        new SourceLine(3, null, null, "第一章 总体要求", null),
                        new SourceTable(4, List.of(List.of(new SourceCell("甲", 4, 1), new SourceCell("乙", 4, 1)))));
    }

    @Test
    void keepsTheLinesOfPre() throws Exception {
        RawDocument document = read("<html><body><pre>指标\t2025年\n人口\t10</pre></body></html>");

        assertThat(document.blocks())
                .containsExactly(
                        new SourceLine(1, null, null, "指标\t2025年", null),
                        new SourceLine(2, null, null, "人口\t10", null));
    }

    @Test
    void decodesTheMetaCharset() throws Exception {
        String html = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\">"
                + "</head><body><p>示例旗推进城镇化建设</p></body></html>";

        RawDocument document = reader.read(html.getBytes(GBK), LIMITS);

        assertThat(document.encoding()).isEqualTo("GBK");
        assertThat(texts(document)).containsExactly("示例旗推进城镇化建设");
    }

    @Test
    void guessesTheCharsetWithoutMetaAndWhenMetaLies() throws Exception {
        String plain = "<html><body><p>示例旗推进以县城为重要载体的城镇化建设，完善公共服务设施。</p></body></html>";
        RawDocument guessed = reader.read(plain.getBytes(GBK), LIMITS);
        assertThat(guessed.encoding()).isEqualTo("GBK");
        assertThat(texts(guessed)).containsExactly("示例旗推进以县城为重要载体的城镇化建设，完善公共服务设施。");

        String lying = "<html><head><meta charset=\"utf-8\"></head><body><p>模拟县完善公共服务设施，提升县城品质。</p></body></html>";
        RawDocument fallback = reader.read(lying.getBytes(GBK), LIMITS);
        assertThat(fallback.encoding()).isEqualTo("GBK");
        assertThat(texts(fallback)).containsExactly("模拟县完善公共服务设施，提升县城品质。");
    }

    @Test
    void refusesEmptyBinaryAndNonHtmlFiles() throws Exception {
        assertThatThrownBy(() -> reader.read(new byte[0], LIMITS))
                .isInstanceOf(UnreadableDocumentException.class)
                .hasMessage("the file is empty");
        byte[] garbage = new byte[4096];
        new Random(7).nextBytes(garbage);
        garbage[0] = 0x13;
        assertThatThrownBy(() -> reader.read(garbage, LIMITS))
                .isInstanceOf(UnreadableDocumentException.class)
                .hasMessageStartingWith("the file is not a readable HTML page: ");
        byte[] pdf = Fixtures.textPdf();
        assertThatThrownBy(() -> reader.read(pdf, LIMITS))
                .isInstanceOf(UnreadableDocumentException.class)
                .hasMessage("the file is not an HTML page (it is a PDF document)");
    }

    @Test
    void stopsWhenTheTimeBoxIsUsedUp() {
        IngestLimits noTime = new IngestLimits(LIMITS.maxBytes(), LIMITS.maxExpandedBytes(), 0.01, Duration.ZERO);
        assertThatThrownBy(() -> reader.read(Fixtures.HTML.getBytes(StandardCharsets.UTF_8), noTime))
                .isInstanceOf(UnreadableDocumentException.class)
                .hasMessageStartingWith("reading the document took longer than the limit");
    }

    @Test
    void collapsesWhitespaceButJoinsBrokenChineseLines() {
        assertThat(HtmlReader.collapse("  第一章\n   发展基础 ")).isEqualTo("第一章发展基础");
        assertThat(HtmlReader.collapse("第一章  发展基础")).isEqualTo("第一章 发展基础");
        assertThat(HtmlReader.collapse("Example\n  Banner\u00A0 plan")).isEqualTo("Example Banner plan");
        assertThat(HtmlReader.collapse("\u3000\u3000第一节")).isEqualTo("\u3000\u3000第一节");
    }
}
