package org.lantu.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.lantu.LantuApplication;
import org.lantu.plan.PlanService;
import org.lantu.plan.PlanSummary;
import org.lantu.region.AdminUnit;
import org.lantu.region.RegionService;
import org.lantu.report.Report;
import org.lantu.report.ReportRequest;
import org.lantu.report.ReportService;
import org.lantu.security.CurrentUser;
import org.lantu.security.Role;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code lantu report PLAN | --unit UNIT}: the annual monitoring or mid-term evaluation report as a file. */
@Command(
        name = "report",
        mixinStandardHelpOptions = true,
        description = {
            "Write a plan's annual monitoring report (年度监测报告) or mid-term evaluation (中期评估报告) as DOCX, PDF,",
            "HTML or XLSX; with --unit, the report of every county under a unit, compared and ranked. PLAN is a",
            "plan id or the path of an imported document. Exit code 2 if there is no such plan or unit."
        })
final class ReportCommand implements Callable<Integer> {

    @Parameters(index = "0", arity = "0..1", paramLabel = "PLAN", description = "a plan id, or an imported document")
    @Nullable
    String plan;

    @Option(names = "--unit", description = "a unit's name or code (鄂尔多斯市, 150600): every county under it")
    @Nullable
    String unit;

    @Option(names = "--kind", defaultValue = "annual", description = "annual (default) or midterm")
    String kind = "annual";

    @Option(names = "--year", description = "the year reported on (default: the latest year observed)")
    @Nullable
    Integer year;

    @Option(names = "--format", defaultValue = "docx", description = "docx (default), pdf, html or xlsx")
    String format = "docx";

    @Option(names = "--lang", defaultValue = "zh", description = "zh (default) or en")
    String lang = "zh";

    @Option(names = "--out", description = "the file to write (default: a name of unit, kind and year, here)")
    @Nullable
    Path out;

    @CommandLine.Mixin
    ServeCommand.StoreOptions store = new ServeCommand.StoreOptions();

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        if ((plan == null) == (unit == null)) {
            err.println("lantu report: give a PLAN or --unit UNIT (one of them)");
            return 2;
        }
        ReportRequest request;
        try {
            request = ReportRequest.parse(kind, year, format, lang);
        } catch (IllegalArgumentException e) {
            err.println("lantu report: " + e.getMessage());
            return 2;
        }
        SpringApplication app = new SpringApplication(LantuApplication.class);
        app.setWebApplicationType(WebApplicationType.NONE);
        app.setDefaultProperties(store.properties());
        try (ConfigurableApplicationContext context = app.run()) {
            CurrentUser user = new CurrentUser("cli", Role.ADMIN, null, List.of());
            SecurityContextHolder.getContext()
                    .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                            user,
                            null,
                            List.of(new SimpleGrantedAuthority(user.role().authority()))));
            try {
                ReportService reports = context.getBean(ReportService.class);
                long start = System.nanoTime();
                Report report;
                if (plan != null) {
                    long planId;
                    try {
                        planId = PlanArgument.resolve(context.getBean(PlanService.class), plan);
                    } catch (IllegalArgumentException e) {
                        err.println("lantu report: " + e.getMessage());
                        return 2;
                    }
                    report = reports.planReport(planId, request).orElseThrow();
                } else {
                    RegionService regions = context.getBean(RegionService.class);
                    AdminUnit u = regions.find(unit).orElse(null);
                    if (u == null) {
                        err.println("lantu report: no unit " + unit);
                        return 2;
                    }
                    List<PlanSummary> plans =
                            context.getBean(PlanService.class).plansOfUnits(regions.withDescendants(u.id()));
                    report = reports.regionReport(u.name(), plans, request);
                }
                Path file = out != null ? out : Path.of(report.fileName());
                Files.write(file, report.bytes());
                spec.commandLine()
                        .getOut()
                        .printf(
                                java.util.Locale.ROOT,
                                "%s: %d bytes (%.2f s)%n",
                                file,
                                report.bytes().length,
                                (System.nanoTime() - start) / 1e9);
                spec.commandLine().getOut().flush();
                return 0;
            } catch (IllegalStateException e) {
                err.println("lantu report: " + e.getMessage());
                return 2;
            } finally {
                SecurityContextHolder.clearContext();
            }
        }
    }
}
