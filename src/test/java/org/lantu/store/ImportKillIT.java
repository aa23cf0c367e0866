package org.lantu.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.lantu.LantuApplication;
import org.lantu.audit.AuditLog;
import org.lantu.imports.ImportResult;
import org.lantu.imports.ImportService;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/** Lantu killed (SIGKILL) in the middle of a large import leaves no part of the plan behind. */
class ImportKillIT {

    /** The example plan with two thousand more task paragraphs: a large document. */
    static String largeDocument() throws Exception {
        StringBuilder text = new StringBuilder(Files.readString(Path.of("examples/shiliqi-urbanization-plan.txt")));
        text.append("\n十、补充任务\n\n");
        for (int i = 1; i <= 2000; i++) {
            text.append("（")
                    .append(i)
                    .append("）推进第")
                    .append(i)
                    .append("号片区老旧小区改造，改造面积达到")
                    .append(i % 90 + 10)
                    .append("万平方米。（牵头单位：旗住建局；责任单位：旗发改委）\n\n");
        }
        return text.toString();
    }

    @Test
    @Timeout(600)
    void aKilledImportLeavesNothingAndTheStoreTakesTheDocumentAfterTheRestart() throws Exception {
        Path root = Files.createDirectories(Path.of("target", "test-data"));
        Path data = Files.createTempDirectory(root, "import-kill-");
        Path document = data.resolve("large.txt");
        Files.writeString(document, largeDocument(), StandardCharsets.UTF_8);

        Process child = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-cp",
                        System.getProperty("java.class.path"),
                        ImportChild.class.getName(),
                        data.toString(),
                        document.toString())
                .redirectErrorStream(true)
                .start();
        try (BufferedReader out =
                new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            boolean stored = false;
            while ((line = out.readLine()) != null) {
                if (line.startsWith("STORED")) {
                    stored = true;
                    break;
                }
            }
            assertThat(stored)
                    .as("the child stored the plan (exit " + (child.isAlive() ? "-" : child.exitValue()) + ")")
                    .isTrue();
            child.destroyForcibly(); // SIGKILL, in the middle of the transaction
            assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
        }

        try (ConfigurableApplicationContext restarted = new SpringApplicationBuilder(LantuApplication.class)
                .web(WebApplicationType.NONE)
                .properties(Map.of("lantu.store.data-dir", data.toString()))
                .run()) {
            JdbcTemplate jdbc = restarted.getBean(JdbcTemplate.class);
            for (String table : new String[] {"plan.plan", "plan.plan_version", "plan.item", "audit.entry"}) {
                assertThat(jdbc.queryForObject("select count(*) from " + table, Long.class))
                        .as(table)
                        .isZero();
            }
            ImportResult again = restarted
                    .getBean(ImportService.class)
                    .importDocument("large.txt", Files.readAllBytes(document), "test");
            assertThat(again.status()).isEqualTo("created");
            assertThat(jdbc.queryForObject("select count(*) from plan.item", Long.class))
                    .isGreaterThan(2000);
            assertThat(restarted.getBean(AuditLog.class).verify().intact()).isTrue();
        }
    }
}
