package org.lantu.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code lantu}: the top-level command; its subcommands do the work. */
@Command(
        name = "lantu",
        mixinStandardHelpOptions = true,
        versionProvider = LantuCommand.Version.class,
        description = {"Lantu (蓝图): county plans read, checked, monitored and reported.", ""},
        subcommands = {
            ExtractCommand.class,
            AlignCommand.class,
            ReviewCommand.class,
            ImportCommand.class,
            EvaluateCommand.class,
            DemoCommand.class,
            ObservationsCommand.class,
            SearchCommand.class,
            ReportCommand.class,
            ServeCommand.class,
            UsersCommand.class,
            AuditCommand.class,
            BackupCommand.class,
            RestoreCommand.class,
            CommandLine.HelpCommand.class
        })
public final class LantuCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** The configured command line: UTF-8 output, one-line errors, exit 1 on an unexpected failure. */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new LantuCommand());
        cl.setOut(new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true));
        cl.setErr(new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true));
        cl.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            // a bad setting fails the Spring context; its message names the bean, the cause names the problem
            Throwable shown = e instanceof org.springframework.beans.BeansException
                    ? org.springframework.core.NestedExceptionUtils.getMostSpecificCause(e)
                    : e;
            commandLine
                    .getErr()
                    .println("lantu: " + (shown.getMessage() != null ? shown.getMessage() : shown.toString()));
            if (System.getenv("LANTU_DEBUG") != null) {
                e.printStackTrace(commandLine.getErr());
            }
            return 1;
        });
        return cl;
    }

    /** The version from the build. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() throws IOException {
            Properties p = new Properties();
            try (InputStream in = LantuCommand.class.getResourceAsStream("/lantu-version.properties")) {
                if (in != null) {
                    p.load(in);
                }
            }
            return new String[] {"lantu " + p.getProperty("version", "unknown")};
        }
    }
}
