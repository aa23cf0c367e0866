package org.lantu.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lantu.LantuApplication;
import org.lantu.audit.AuditLog;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import picocli.CommandLine;

/** {@code lantu audit verify} and {@code lantu audit list} on a store of the test's own. */
class AuditCommandTests {

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
    void verifyPassesAnIntactChainAndNamesTheFirstChangedEntry() {
        try (ConfigurableApplicationContext c = new SpringApplicationBuilder(LantuApplication.class)
                .web(WebApplicationType.NONE)
                .properties(Map.of("lantu.store.data-dir", data.toString(), "lantu.audit.default-actor", "cli"))
                .run()) {
            AuditLog audit = c.getBean(AuditLog.class);
            for (int i = 1; i <= 4; i++) {
                audit.record(AuditLog.EXPORT, "plan", String.valueOf(i), null, Map.of("format", "xlsx"), null);
            }
        }
        Run intact = lantu("audit", "verify");
        assertThat(intact.exit()).as(intact.err()).isZero();
        assertThat(intact.out()).contains("intact", "4 entries");

        Run list = lantu("audit", "list", "--object", "plan:3");
        assertThat(list.exit()).isZero();
        assertThat(list.out().strip().lines())
                .singleElement()
                .satisfies(line -> assertThat(line).contains("cli", "export", "plan:3", "xlsx"));

        try (ConfigurableApplicationContext c = new SpringApplicationBuilder(LantuApplication.class)
                .web(WebApplicationType.NONE)
                .properties(Map.of("lantu.store.data-dir", data.toString()))
                .run()) {
            JdbcTemplate jdbc = c.getBean(JdbcTemplate.class);
            jdbc.execute("alter table audit.entry disable trigger entry_append_only");
            jdbc.update("update audit.entry set new_value = '{\"format\":\"csv\"}' where seq = 2");
            jdbc.execute("alter table audit.entry enable trigger entry_append_only");
        }
        Run broken = lantu("audit", "verify");
        assertThat(broken.exit()).isEqualTo(3);
        assertThat(broken.err()).contains("broken at entry 2");
    }
}
