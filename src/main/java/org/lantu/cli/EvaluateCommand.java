package org.lantu.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.lantu.LantuApplication;
import org.lantu.monitor.EvaluatedTarget;
import org.lantu.monitor.EvaluationJson;
import org.lantu.monitor.EvaluationService;
import org.lantu.monitor.PlanEvaluation;
import org.lantu.monitor.StatusCounts;
import org.lantu.monitor.TargetEvaluation;
import org.lantu.monitor.TargetSpec;
import org.lantu.monitor.YearValue;
import org.lantu.plan.PlanJson;
import org.lantu.plan.PlanService;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code lantu evaluate PLAN}: where every target of a stored plan stands. */
@Command(
        name = "evaluate",
        mixinStandardHelpOptions = true,
        description = {
            "Evaluate every target of a stored plan against the approved observations of its unit: status,",
            "the ratio R, the method, the projection and the pace now required. PLAN is a plan id or the",
            "path of a document already imported. Exit code 2 if there is no such plan."
        })
final class EvaluateCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "PLAN", description = "a plan id, or an imported document")
    String plan = "";

    @CommandLine.Option(names = "--year", description = "the year to evaluate (default: the latest year observed)")
    @Nullable
    Integer year;

    @CommandLine.Option(names = "--format", defaultValue = "text", description = "text (default) or json")
    String format = "text";

    @CommandLine.Option(names = "--lang", defaultValue = "zh", description = "zh (default) or en, for text")
    String lang = "zh";

    @CommandLine.Mixin
    ServeCommand.StoreOptions store = new ServeCommand.StoreOptions();

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        if (!format.equals("text") && !format.equals("json")) {
            err.println("lantu evaluate: --format must be text or json, not " + format);
            return 2;
        }
        SpringApplication app = new SpringApplication(LantuApplication.class);
        app.setWebApplicationType(WebApplicationType.NONE);
        app.setDefaultProperties(store.properties());
        try (ConfigurableApplicationContext context = app.run()) {
            long planId;
            try {
                planId = PlanArgument.resolve(context.getBean(PlanService.class), plan);
            } catch (IllegalArgumentException e) {
                err.println("lantu evaluate: " + e.getMessage());
                return 2;
            }
            PlanEvaluation evaluation = context.getBean(EvaluationService.class)
                    .evaluate(planId, year)
                    .orElseThrow();
            PrintWriter out = spec.commandLine().getOut();
            if (format.equals("json")) {
                out.println(PlanJson.write(EvaluationJson.of(evaluation)));
            } else {
                print(evaluation, out, lang.equals("en"));
            }
            out.flush();
            return 0;
        }
    }

    private static void print(PlanEvaluation e, PrintWriter out, boolean en) {
        out.println(e.title() + (e.unitName() != null ? " [" + e.unitName() + "]" : "") + " — "
                + (en ? "evaluated in " : "评估年份 ") + e.year());
        StatusCounts c = e.counts();
        out.println(
                en
                        ? String.format(
                                Locale.ROOT,
                                "%d targets: %d achieved, %d on track, %d at risk, %d off track, %d without data",
                                c.total(),
                                c.achieved(),
                                c.onTrack(),
                                c.atRisk(),
                                c.offTrack(),
                                c.noData())
                        : String.format(
                                Locale.ROOT,
                                "共%d项目标：已实现%d，进展顺利%d，需关注%d，滞后%d，数据不足或待评定%d",
                                c.total(),
                                c.achieved(),
                                c.onTrack(),
                                c.atRisk(),
                                c.offTrack(),
                                c.noData()));
        out.println();
        for (EvaluatedTarget t : e.targets()) {
            TargetSpec s = t.target().spec();
            TargetEvaluation v = t.evaluation();
            String status = en ? v.status().en() : v.status().zh();
            if (v.category() != null) {
                status += " · " + (en ? v.category().en() : v.category().zh());
            }
            out.printf(
                    Locale.ROOT,
                    "%-4s L%-5d %s%s%n      %s → %s %s | %s: %s%s | %s%n",
                    t.target().itemType().equals("indicator") ? (en ? "row" : "表") : (en ? "text" : "文"),
                    t.target().line(),
                    s.indicator(),
                    s.unit() != null ? "（" + s.unit() + "）" : "",
                    value(s.baseline()),
                    t.target().raw().length() > 24
                            ? value(s.target())
                            : t.target().raw(),
                    s.target() != null ? "(" + s.target().year() + ")" : "",
                    en ? "latest" : "最新",
                    value(v.latest()),
                    v.ratio() != null ? " R=" + v.ratio() : "",
                    status);
            out.println("      " + (en ? v.explanationEn() : v.explanation()));
        }
    }

    private static String value(@Nullable YearValue v) {
        return v == null ? "—" : v.value().stripTrailingZeros().toPlainString() + " (" + v.year() + ")";
    }
}
