package org.lantu.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lantu.Seeds;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code lantu review}: the JSON contract, the text form, exit codes and error lines. */
class ReviewCommandTests {

    private static final String PLAN = Seeds.path(Seeds.HANGJIN_URBANIZATION).toString();
    private static final String INTERPRETATION =
            Seeds.path(Seeds.HANGJIN_INTERPRETATION).toString();

    @Test
    void oneFileGivesOneObjectWithThePlanAndItsFindings() {
        ExtractCommandTests.Run r = ExtractCommandTests.run("review", PLAN);
        assertThat(r.exit()).isZero();
        assertThat(r.err()).isEmpty();
        JsonNode json = JsonMapper.shared().readTree(r.out());
        assertThat(json.propertyNames()).containsExactly("plan", "findings");
        assertThat(json.get("plan").get("title").asString()).startsWith("杭锦旗");
        assertThat(json.get("plan").get("kind").asString()).isEqualTo("urbanization_plan");
        JsonNode first = json.get("findings").get(0);
        assertThat(first.propertyNames()).containsExactly("kind", "severity", "message_zh", "message_en", "evidence");
        assertThat(first.get("kind").asString()).isEqualTo("conflicting_figures");
        assertThat(first.get("severity").asString()).isEqualTo("error");
        JsonNode evidence = first.get("evidence").get(0);
        assertThat(evidence.propertyNames()).containsExactly("quote", "line", "section", "file");
        assertThat(evidence.get("line").isInt()).isTrue();
        assertThat(evidence.get("file").asString()).isEqualTo(PLAN);
    }

    @Test
    void severalFilesGiveAnArrayInTheirOrderAndAreCheckedAgainstEachOther() {
        ExtractCommandTests.Run r = ExtractCommandTests.run("review", PLAN, INTERPRETATION);
        assertThat(r.exit()).isZero();
        JsonNode json = JsonMapper.shared().readTree(r.out());
        assertThat(json.isArray()).isTrue();
        assertThat(json.size()).isEqualTo(2);
        assertThat(json.get(1).get("plan").get("kind").asString()).isEqualTo("interpretation");
        assertThat(json.get(1).get("findings").get(0).get("kind").asString()).isEqualTo("figure_not_in_source");
    }

    @Test
    void textShowsEachFindingWithItsEvidence() {
        ExtractCommandTests.Run r = ExtractCommandTests.run("review", "--format", "text", PLAN);
        assertThat(r.exit()).isZero();
        assertThat(r.out())
                .contains("10 findings")
                .contains("[error] conflicting_figures")
                .contains("63.47%")
                .contains(PLAN + ":83");
    }

    @Test
    void anUnreadableFileExitsWithTwoAndOneLine(@TempDir Path dir) throws Exception {
        Path missing = dir.resolve("missing.txt");
        ExtractCommandTests.Run r = ExtractCommandTests.run("review", PLAN, missing.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err().lines())
                .singleElement()
                .satisfies(l -> assertThat(l).startsWith("lantu review: ").contains("missing.txt"));
        Path binary = Files.write(dir.resolve("plan.xyz"), new byte[] {1, 2, 3});
        ExtractCommandTests.Run b = ExtractCommandTests.run("review", binary.toString());
        assertThat(b.exit()).isEqualTo(2);
        assertThat(b.err().lines()).hasSize(1);
    }
}
