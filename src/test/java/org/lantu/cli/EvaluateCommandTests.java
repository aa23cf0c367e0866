package org.lantu.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lantu.Seeds;
import picocli.CommandLine;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** {@code lantu demo generate}, {@code lantu evaluate}: a real store in a data directory of the test's own. */
class EvaluateCommandTests {

    @TempDir
    Path data;

    record Run(int exit, String out, String err) {}

    private Run lantu(String... args) {
        CommandLine cl = new CommandLine(new LantuCommand());
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
    void aGeneratedRegionIsEvaluatedByPlanIdAndByDocument() throws Exception {
        Run generated = lantu("demo", "generate", "--counties", "2", "--years", "2021-2025");
        assertThat(generated.exit()).as(generated.err()).isZero();
        assertThat(generated.out()).contains("模拟数据: 2 counties, 2 plans imported", "480 observations");
        // the same again changes nothing
        assertThat(lantu("demo", "generate", "--counties", "2").out()).contains("0 plans imported, 2 unchanged");

        Run json = lantu("evaluate", "1", "--year", "2023", "--format", "json");
        assertThat(json.exit()).as(json.err()).isZero();
        JsonNode e = new ObjectMapper().readTree(json.out());
        assertThat(e.get("year").asInt()).isEqualTo(2023);
        assertThat(e.at("/plan/title").asString()).startsWith("模拟").contains("五年规划");
        assertThat(e.get("targets")).hasSizeGreaterThanOrEqualTo(40);
        JsonNode gdp = null;
        for (JsonNode t : e.get("targets")) {
            if (t.get("indicator").asString().equals("地区生产总值")) {
                gdp = t;
            }
        }
        assertThat(gdp).isNotNull();
        assertThat(gdp.at("/baseline/year").asInt()).isEqualTo(2020);
        assertThat(gdp.at("/latest/year").asInt()).isEqualTo(2023);
        assertThat(gdp.get("method").asString()).isIn("cagr", "linear");
        assertThat(gdp.get("status").asString())
                .isIn("achieved", "on_track", "needs_acceleration", "limited_progress", "deterioration");

        Run text = lantu("evaluate", "1", "--year", "2023");
        assertThat(text.exit()).isZero();
        assertThat(text.out()).contains("评估年份 2023", "地区生产总值");
        assertThat(lantu("evaluate", "1", "--year", "2023", "--lang", "en").out())
                .contains("evaluated in 2023", "targets:");
    }

    @Test
    void aPlanThatIsNotThereIsNamed() throws Exception {
        Run missing = lantu("evaluate", "42");
        assertThat(missing.exit()).isEqualTo(2);
        assertThat(missing.err()).contains("no plan 42");
        Path seed = Seeds.path(Seeds.HANGJIN_URBANIZATION);
        Run notImported = lantu("evaluate", seed.toString());
        assertThat(notImported.exit()).isEqualTo(2);
        assertThat(notImported.err()).contains("has not been imported");
        assertThat(lantu("import", seed.toString()).exit()).isZero();
        Run byDocument = lantu("evaluate", seed.toString(), "--year", "2024");
        assertThat(byDocument.exit()).as(byDocument.err()).isZero();
        assertThat(byDocument.out()).contains("杭锦旗", "常住人口城镇化率");
        assertThat(Files.exists(data)).isTrue();
    }
}
