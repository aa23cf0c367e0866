package org.lantu.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lantu.Seeds;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code lantu align}: the JSON contract, the text tables, exit codes and error lines. */
class AlignCommandTests {

    private static final String CHILD = Seeds.path(Seeds.HANGJIN_URBANIZATION).toString();
    private static final String PARENT = Seeds.path(Seeds.REGIONAL_URBANIZATION).toString();

    @Test
    void jsonFollowsTheContract() {
        ExtractCommandTests.Run r = ExtractCommandTests.run("align", CHILD, PARENT);
        assertThat(r.exit()).isZero();
        assertThat(r.err()).isEmpty();
        JsonNode json = JsonMapper.shared().readTree(r.out());
        assertThat(json.propertyNames()).containsExactly("parent", "child", "floors", "coverage", "child_only");
        assertThat(json.get("parent").get("title").asString()).contains("以县城为重要载体的城镇化建设总体方案");
        assertThat(json.get("child").get("title").asString()).startsWith("杭锦旗");
        assertThat(json.get("floors").isArray()).isTrue();

        JsonNode coverage = json.get("coverage");
        assertThat(coverage.size()).isEqualTo(37);
        JsonNode transport = coverage.get(11);
        assertThat(transport.propertyNames()).containsExactly("article", "matches", "verdict");
        assertThat(transport.get("article").propertyNames()).containsExactly("id", "marker", "title");
        assertThat(transport.get("article").get("marker").asString()).isEqualTo("（十二）");
        assertThat(transport.get("article").get("title").asString()).isEqualTo("完善市政交通设施");
        assertThat(transport.get("verdict").asString()).isEqualTo("covered");
        JsonNode best = transport.get("matches").get(0);
        assertThat(best.propertyNames()).containsExactly("section", "score");
        assertThat(best.get("section").get("id").asString()).isEqualTo("4.1");
        assertThat(best.get("section").get("title").asString()).isEqualTo("完善市政交通设施");
        assertThat(best.get("score").isNumber()).isTrue();
        assertThat(best.get("score").asDouble()).isBetween(0.0, 1.0);

        JsonNode childOnly = json.get("child_only");
        assertThat(childOnly.isArray()).isTrue();
        assertThat(childOnly.get(0).propertyNames()).containsExactly("id", "marker", "title");
    }

    @Test
    void textIsAReadableTable() {
        ExtractCommandTests.Run r = ExtractCommandTests.run("align", "--format", "text", CHILD, PARENT);
        assertThat(r.exit()).isZero();
        assertThat(r.out())
                .contains("Coverage", "（十二）完善市政交通设施", "4.1 （一）完善市政交通设施", "covered")
                .contains("37 articles")
                .contains("Child's own sections", "加强宣传引导")
                .contains("Floors");
    }

    @Test
    void anUnreadableFileExitsWithTwoAndOneLineNamingIt(@TempDir Path dir) throws Exception {
        ExtractCommandTests.Run missing =
                ExtractCommandTests.run("align", CHILD, dir.resolve("nope.txt").toString());
        assertThat(missing.exit()).isEqualTo(2);
        assertThat(missing.out()).isEmpty();
        assertThat(missing.err().lines()).singleElement().asString().contains("nope.txt: no such file");

        Path empty = Files.writeString(dir.resolve("empty.txt"), "");
        ExtractCommandTests.Run r = ExtractCommandTests.run("align", empty.toString(), PARENT);
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err().lines()).singleElement().asString().contains("empty.txt");
        assertThat(r.err()).doesNotContain("Exception");
    }

    @Test
    void bothFilesAreRequired() {
        ExtractCommandTests.Run r = ExtractCommandTests.run("align", CHILD);
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("PARENT");
    }

    @Test
    void theCommandIsListedInTheHelp() {
        assertThat(ExtractCommandTests.run("--help").out()).contains("align");
    }
}
