package org.lantu.cli;

import java.io.PrintWriter;
import java.util.Map;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.lantu.LantuApplication;
import org.lantu.audit.AuditEntry;
import org.lantu.audit.AuditLog;
import org.lantu.audit.AuditPage;
import org.lantu.audit.AuditQuery;
import org.lantu.audit.AuditVerification;
import org.lantu.plan.PlanJson;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code lantu audit verify|list}: the audit log's hash chain checked, its entries listed. */
@Command(
        name = "audit",
        mixinStandardHelpOptions = true,
        description = {"Check and read the audit log.", ""},
        subcommands = {AuditCommand.Verify.class, AuditCommand.ListEntries.class, CommandLine.HelpCommand.class})
final class AuditCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    static ConfigurableApplicationContext context(ServeCommand.StoreOptions store) {
        Map<String, Object> props = store.properties();
        SpringApplication app = new SpringApplication(LantuApplication.class);
        app.setWebApplicationType(WebApplicationType.NONE);
        app.setDefaultProperties(props);
        return app.run();
    }

    /** {@code lantu audit verify}: exit 0 when the chain holds, 3 naming the first broken entry. */
    @Command(
            name = "verify",
            mixinStandardHelpOptions = true,
            description = {
                "Check the audit log's hash chain: every entry's link to the one before and its own hash.",
                "Exit code 0 when intact (the last hash is printed: keep it elsewhere), 3 when broken."
            })
    static final class Verify implements Callable<Integer> {

        @CommandLine.Mixin
        ServeCommand.StoreOptions store = new ServeCommand.StoreOptions();

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            AuditVerification v;
            try (ConfigurableApplicationContext context = context(store)) {
                v = context.getBean(AuditLog.class).verify();
            }
            PrintWriter out = spec.commandLine().getOut();
            if (v.intact()) {
                out.println("audit log intact: " + v.entries() + " entries"
                        + (v.headHash() != null ? ", last hash " + v.headHash() : ""));
                out.flush();
                return 0;
            }
            PrintWriter err = spec.commandLine().getErr();
            err.println("lantu audit verify: broken at entry " + v.firstBroken() + ": " + v.problem());
            err.flush();
            return 3;
        }
    }

    /** {@code lantu audit list [--actor A] [--action X] [--object T[:ID]] [--from D] [--to D]}. */
    @Command(
            name = "list",
            mixinStandardHelpOptions = true,
            description = {"List audit entries, newest first (tab-separated, or JSON with --format json)."})
    static final class ListEntries implements Callable<Integer> {

        @Option(names = "--actor", description = "user name")
        @Nullable
        String actor;

        @Option(names = "--action", description = "action, or a prefix ending in a dot (login.)")
        @Nullable
        String action;

        @Option(names = "--object", paramLabel = "TYPE[:ID]", description = "object type, or type:id (plan:12)")
        @Nullable
        String object;

        @Option(names = "--from", description = "date (2026-01-31) or ISO-8601 time")
        @Nullable
        String from;

        @Option(names = "--to", description = "date (to its end) or ISO-8601 time")
        @Nullable
        String to;

        @Option(names = "--limit", defaultValue = "100", description = "at most this many (default 100)")
        int limit = 100;

        @Option(names = "--format", defaultValue = "text", description = "text (default) or json")
        String format = "text";

        @CommandLine.Mixin
        ServeCommand.StoreOptions store = new ServeCommand.StoreOptions();

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            AuditQuery query = AuditQuery.parse(actor, action, object, from, to, 0, limit);
            AuditPage page;
            try (ConfigurableApplicationContext context = context(store)) {
                page = context.getBean(AuditLog.class).list(query);
            }
            PrintWriter out = spec.commandLine().getOut();
            if ("json".equals(format)) {
                out.println(PlanJson.write(page));
            } else {
                for (AuditEntry e : page.entries()) {
                    out.println(String.join(
                            "\t",
                            String.valueOf(e.seq()),
                            e.at().toString(),
                            e.actor(),
                            e.action(),
                            e.objectType() + (e.objectId() != null ? ":" + e.objectId() : ""),
                            e.newValue() != null ? e.newValue() : "",
                            e.reason() != null ? e.reason() : ""));
                }
            }
            out.flush();
            return 0;
        }
    }
}
