package org.lantu.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.lantu.LantuApplication;
import org.lantu.monitor.CellError;
import org.lantu.monitor.ImportReport;
import org.lantu.monitor.MonitorException;
import org.lantu.monitor.ObservationFiles;
import org.lantu.monitor.ObservationRow;
import org.lantu.monitor.ObservationService;
import org.lantu.security.CurrentUser;
import org.lantu.security.Role;
import org.lantu.security.UserService;
import org.lantu.security.UserSummary;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code lantu observations import FILE}: monitoring figures into the store. */
@Command(
        name = "observations",
        mixinStandardHelpOptions = true,
        description = "Monitoring figures (监测数据) of indicators per unit and year.",
        subcommands = {ObservationsCommand.Import.class})
final class ObservationsCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(
            name = "import",
            mixinStandardHelpOptions = true,
            description = {
                "Import observations from a CSV (unit,indicator,year,value,source,note; UTF-8 or GBK) or a JSON",
                "array, all or nothing: any bad row and nothing is written (exit 2, every bad cell listed).",
                "Re-importing the same values changes nothing."
            })
    static final class Import implements Callable<Integer> {

        @Parameters(paramLabel = "FILE", description = "a .csv or .json file")
        Path file;

        @CommandLine.Option(
                names = "--as",
                paramLabel = "USER",
                description = "act as this user, with the user's scope and departments (default: an admin)")
        @Nullable
        String as;

        @CommandLine.Mixin
        ServeCommand.StoreOptions store = new ServeCommand.StoreOptions();

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws IOException {
            byte[] content = Files.readAllBytes(file);
            boolean json =
                    file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json");
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            Map<String, Object> props = store.properties();
            SpringApplication app = new SpringApplication(LantuApplication.class);
            app.setWebApplicationType(WebApplicationType.NONE);
            app.setDefaultProperties(props);
            try (ConfigurableApplicationContext context = app.run()) {
                CurrentUser user = new CurrentUser("cli", Role.ADMIN, null, List.of());
                if (as != null) {
                    UserSummary u = context.getBean(UserService.class)
                            .find(as)
                            .orElseThrow(() -> new CommandLine.ParameterException(spec.commandLine(), "no user " + as));
                    user = new CurrentUser(
                            u.username(), Role.parse(u.role()).orElseThrow(), u.unitId(), u.departments());
                }
                SecurityContextHolder.getContext()
                        .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                                user,
                                null,
                                List.of(new SimpleGrantedAuthority(user.role().authority()))));
                try {
                    List<ObservationRow> rows = json ? ObservationFiles.json(content) : ObservationFiles.csv(content);
                    ImportReport report =
                            context.getBean(ObservationService.class).importRows(rows, null);
                    if (!report.applied()) {
                        err.println(
                                file + ": nothing imported, " + report.errors().size() + " problem(s):");
                        for (CellError e : report.errors()) {
                            err.println("  " + e);
                        }
                        err.flush();
                        return 2;
                    }
                    out.printf(
                            "%s: %d value(s): %d new, %d changed, %d unchanged%n",
                            file, report.rows(), report.created(), report.changed(), report.unchanged());
                    out.flush();
                    return 0;
                } catch (MonitorException e) {
                    err.println(file + ": " + e.getMessage());
                    err.flush();
                    return 2;
                } finally {
                    SecurityContextHolder.clearContext();
                }
            }
        }
    }
}
