package org.lantu.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.lantu.plan.ExtractedPlan;
import org.lantu.plan.PlanKind;
import org.lantu.plan.Section;

/** Normalisation and paragraph layout on fixtures written for layouts the seeds do not all have. */
class LayoutTests {

    private static final Path FIXTURES = Path.of("src/test/resources/fixtures/ingest/txt");
    private static IngestService ingest;

    @BeforeAll
    static void start() {
        ingest = new IngestService();
    }

    @AfterAll
    static void stop() {
        ingest.close();
    }

    @Test
    void newspaperColumnsAreRejoinedAndHeadingsKeptWhole() throws IngestException {
        ExtractedPlan plan = ingest.extract(FIXTURES.resolve("newspaper-columns.txt"));
        assertThat(plan.plan().title()).isEqualTo("模拟自治区县城建设三年行动方案（2024—2026年）");
        assertThat(plan.plan().region()).isEqualTo("模拟自治区");
        assertThat(plan.plan().kind()).isEqualTo(PlanKind.REGIONAL_PLAN);
        assertThat(plan.sections()).extracting(Section::title).containsExactly("总体要求", "聚焦功能定位，推动县城分类发展", "组织实施");
        List<Section> articles =
                plan.sections().stream().flatMap(s -> s.children().stream()).toList();
        assertThat(articles)
                .extracting(Section::marker, Section::title)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("（一）", "指导思想"),
                        org.assertj.core.groups.Tuple.tuple("（二）", "目标任务"),
                        org.assertj.core.groups.Tuple.tuple("（三）", "发展城市化地区县城"),
                        org.assertj.core.groups.Tuple.tuple("（四）", "建设生态功能型县城"),
                        org.assertj.core.groups.Tuple.tuple("（五）", "强化规划引领"));
        // the heading that ran onto the next line starts where it is printed, and says it was joined
        Section second = plan.sections().get(1);
        assertThat(second.line()).isEqualTo(20);
        assertThat(second.location().endLine()).isEqualTo(21);
        assertThat(second.location().notes()).contains("joined lines 20–21");
    }

    @Test
    void traditionalAndFullWidthTextIsNormalisedAndTheOriginalKept() throws IngestException {
        ExtractedPlan plan = ingest.extract(FIXTURES.resolve("traditional-fullwidth.txt"));
        assertThat(plan.plan().title()).isEqualTo("模拟县城镇化建设方案（2024～2026年）");
        assertThat(plan.plan().period().from()).isEqualTo(2024);
        assertThat(plan.plan().region()).isEqualTo("模拟县");
        Section goals = plan.sections().get(0);
        assertThat(goals.title()).isEqualTo("发展目标");
        assertThat(goals.location().quote()).isEqualTo("一、發展目標");
        assertThat(goals.location().notes()).contains("traditional characters converted to simplified");
        assertThat(goals.children()).extracting(Section::title).containsExactly("主要目标", "重点任务");
    }

    @Test
    void gbkTextIsDetectedAndReadTheSame(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        String text = Files.readString(FIXTURES.resolve("newspaper-columns.txt"));
        Path gbk = Files.write(dir.resolve("gbk.txt"), text.getBytes(Charset.forName("GBK")));
        ExtractedPlan fromGbk = ingest.extract(gbk);
        ExtractedPlan fromUtf8 = ingest.extract(FIXTURES.resolve("newspaper-columns.txt"));
        assertThat(fromGbk.source().encoding()).isEqualTo("GBK");
        assertThat(fromGbk.sections()).isEqualTo(fromUtf8.sections());
        assertThat(fromGbk.plan()).isEqualTo(fromUtf8.plan());
    }

    @Test
    void controlCharactersAreDroppedSoNothingDownstreamChokesOnThem() throws IngestException {
        byte[] text = "模拟县建设方案（2024～2026年）\n\n一、总体\u0000要求\n\n到2026年，城镇化率达到\u000c62%。\n"
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        ExtractedPlan plan = ingest.extract(text, "controls.txt");
        assertThat(plan.sections()).extracting(Section::title).containsExactly("总体要求");
        assertThat(org.lantu.plan.PlanJson.write(plan))
                .doesNotContain("\\u0000")
                .doesNotContain("\\f");
    }
}
