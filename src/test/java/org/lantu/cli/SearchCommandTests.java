package org.lantu.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lantu.Seeds;
import org.lantu.plan.PlanJson;
import picocli.CommandLine;
import tools.jackson.databind.JsonNode;

/** {@code lantu search}: a real store in a data directory of the test's own, filled by {@code lantu import}. */
class SearchCommandTests {

    @TempDir
    Path data;

    record Run(int exit, String out, String err) {}

    private Run lantu(String... args) {
        CommandLine cl = LantuCommand.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        String[] all = new String[args.length + 2];
        System.arraycopy(args, 0, all, 0, args.length);
        all[args.length] = "--data-dir";
        all[args.length + 1] = data.toString();
        return new Run(cl.execute(all), out.toString(), err.toString());
    }

    @Test
    void importedPlansAreFoundAndARebuildFindsTheSame() throws Exception {
        assertThat(lantu(
                                "import",
                                Seeds.path(Seeds.HANGJIN_URBANIZATION).toString(),
                                Seeds.path(Seeds.REGIONAL_URBANIZATION).toString())
                        .exit())
                .isZero();
        Run text = lantu("search", "停车信息平台");
        assertThat(text.exit()).as(text.err()).isZero();
        assertThat(text.out()).contains("【停车信息平台】").contains("杭锦旗");

        Run json = lantu("search", "污水处理率", "--type", "target", "--format", "json", "--limit", "5");
        assertThat(json.exit()).isZero();
        JsonNode hits = PlanJson.mapper().readTree(json.out());
        assertThat(hits.get("hits").size()).isBetween(1, 5);
        assertThat(hits.get("hits").get(0).get("type").asString()).isEqualTo("target");

        Run unit = lantu("search", "停车信息平台", "--unit", "杭锦旗", "--format", "json");
        assertThat(PlanJson.mapper().readTree(unit.out()).get("hits"))
                .allSatisfy(h -> assertThat(h.get("unit_name").asString()).isEqualTo("杭锦旗"));

        Run rebuilt = lantu("search", "--reindex", "污水处理率", "--type", "target", "--format", "json", "--limit", "5");
        assertThat(rebuilt.err()).contains("search index rebuilt: 2 plan version(s)");
        assertThat(PlanJson.mapper().readTree(rebuilt.out()).get("hits")).isEqualTo(hits.get("hits"));

        Run none = lantu("search", "完全不存在的词语组合");
        assertThat(none.exit()).isEqualTo(1);
        assertThat(none.out()).contains("0 hit(s)");
        assertThat(lantu("search").exit()).isEqualTo(2);
    }
}
