package org.lantu.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.lantu.LantuApplication;
import org.lantu.audit.AuditLog;
import org.lantu.cli.LantuCommand;
import org.lantu.imports.ImportResult;
import org.lantu.imports.ImportService;
import org.lantu.plan.PlanService;
import org.lantu.security.CreateUser;
import org.lantu.security.UserService;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import picocli.CommandLine;
import tools.jackson.databind.node.JsonNodeFactory;

/** {@code lantu backup} → {@code lantu restore} gives the same store, table by table, row by row. */
class BackupRestoreIT {

    private static ConfigurableApplicationContext store(Path dataDir) {
        return new SpringApplicationBuilder(LantuApplication.class)
                .web(WebApplicationType.NONE)
                .properties(Map.of("lantu.store.data-dir", dataDir.toString()))
                .run();
    }

    /** Every backed-up table's rows, as one digest each (the audit log up to {@code auditEntries}). */
    private static Map<String, String> contents(ConfigurableApplicationContext context, long auditEntries) {
        StoreBackup backup = context.getBean(StoreBackup.class);
        JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
        Map<String, String> out = new LinkedHashMap<>();
        for (String table : backup.tables()) {
            String where = table.equals("audit.entry") ? " where seq <= " + auditEntries : "";
            out.put(
                    table,
                    jdbc.queryForObject(
                            "select count(*) || ':' || coalesce(md5(string_agg(t::text, '|' order by t::text)), '')"
                                    + " from " + StoreBackup.quoted(table) + " t" + where,
                            String.class));
        }
        return out;
    }

    private static int lantu(StringWriter err, String... args) {
        CommandLine cl = LantuCommand.commandLine();
        cl.setErr(new PrintWriter(err, true));
        cl.setOut(new PrintWriter(new StringWriter(), true));
        return cl.execute(args);
    }

    @Test
    @Timeout(600)
    void aRestoredBackupEqualsTheStoreItWasMadeFromAndANonEmptyStoreIsRefused() throws Exception {
        Path root = Files.createDirectories(Path.of("target", "test-data"));
        Path source = Files.createTempDirectory(root, "backup-source-");
        Path target = Files.createTempDirectory(root, "backup-target-");
        Path zip = root.resolve(source.getFileName() + ".zip");

        Map<String, String> before;
        long auditEntries;
        try (ConfigurableApplicationContext a = store(source)) {
            ImportResult r = a.getBean(ImportService.class)
                    .importDocument(
                            "shiliqi.txt",
                            Files.readAllBytes(Path.of("examples/shiliqi-urbanization-plan.txt")),
                            "test");
            assertThat(r.failed()).isFalse();
            PlanService plans = a.getBean(PlanService.class);
            long item = plans.currentItems(r.versionId(), "indicator")
                    .get(0)
                    .get("item_id")
                    .asLong();
            plans.correct(item, "name", JsonNodeFactory.instance.stringNode("改正的名称"), "核对原文", "test");
            a.getBean(UserService.class)
                    .create(new CreateUser("backup-reporter", null, "reporter", "杭锦旗", List.of("旗住建局")), null);
            auditEntries = a.getBean(AuditLog.class).verify().entries();
            assertThat(auditEntries).isGreaterThanOrEqualTo(3);
            before = contents(a, auditEntries);
            assertThat(before)
                    .containsKeys("plan.plan", "plan.item", "security.users", "audit.entry", "region.admin_unit")
                    .doesNotContainKeys("public.flyway_schema_history", "web_session.spring_session");
            StoreBackup.Summary s = a.getBean(StoreBackup.class).backup(zip);
            assertThat(s.rows().get("plan.item")).isPositive();
        }

        StringWriter err = new StringWriter();
        assertThat(lantu(err, "restore", "--data-dir", target.toString(), zip.toString()))
                .as(err.toString())
                .isZero();

        try (ConfigurableApplicationContext b = store(target)) {
            assertThat(contents(b, auditEntries)).isEqualTo(before);
            AuditLog audit = b.getBean(AuditLog.class);
            assertThat(audit.verify().intact()).isTrue();
            assertThat(audit.verify().entries()).isEqualTo(auditEntries + 1); // + the restore itself
            // identities go on after the restored rows
            b.getBean(UserService.class)
                    .create(new CreateUser("after-restore", null, "viewer", "杭锦旗", List.of()), null);
        }

        StringWriter refused = new StringWriter();
        assertThat(lantu(refused, "restore", "--data-dir", target.toString(), zip.toString()))
                .isEqualTo(1);
        assertThat(refused.toString()).contains("already holds a store");
    }
}
