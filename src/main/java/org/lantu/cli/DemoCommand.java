package org.lantu.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.lantu.LantuApplication;
import org.lantu.demo.DemoGenerator;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code lantu demo generate}: a fictional region for demos and benchmarks. */
@Command(
        name = "demo",
        mixinStandardHelpOptions = true,
        description = "Demonstration data (模拟数据).",
        subcommands = {DemoCommand.Generate.class})
final class DemoCommand {

    @Command(
            name = "generate",
            mixinStandardHelpOptions = true,
            description = {
                "Fill a fictional region (模拟省, codes 90xxxx) with counties, each with a five-year plan and",
                "approved observations of its 40 indicators for every year from the baseline on. Names and",
                "figures are made up and marked 模拟数据; running it again with the same options changes nothing."
            })
    static final class Generate implements Callable<Integer> {

        private static final Pattern YEARS = Pattern.compile("(\\d{4})-(\\d{4})");

        @CommandLine.Option(names = "--counties", defaultValue = "12", description = "how many counties (default 12)")
        int counties = 12;

        @CommandLine.Option(
                names = "--years",
                defaultValue = "2021-2025",
                description = "the plan period (default 2021-2025); the baseline is the year before")
        String years = "2021-2025";

        @CommandLine.Option(names = "--seed", defaultValue = "1", description = "the random seed (default 1)")
        long seed = 1;

        @CommandLine.Mixin
        ServeCommand.StoreOptions store = new ServeCommand.StoreOptions();

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            PrintWriter err = spec.commandLine().getErr();
            Matcher m = YEARS.matcher(years.strip());
            if (!m.matches()) {
                err.println("lantu demo generate: --years must look like 2021-2025, not " + years);
                return 2;
            }
            SpringApplication app = new SpringApplication(LantuApplication.class);
            app.setWebApplicationType(WebApplicationType.NONE);
            app.setDefaultProperties(store.properties());
            try (ConfigurableApplicationContext context = app.run()) {
                long started = System.nanoTime();
                DemoGenerator.Summary s;
                try {
                    s = context.getBean(DemoGenerator.class)
                            .generate(counties, Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), seed);
                } catch (IllegalArgumentException e) {
                    err.println("lantu demo generate: " + e.getMessage());
                    return 2;
                }
                PrintWriter out = spec.commandLine().getOut();
                out.printf(
                        "模拟数据: %d counties, %d plans imported, %d unchanged, %d observations written (%.1f s)%n",
                        s.counties(),
                        s.plansImported(),
                        s.plansUnchanged(),
                        s.observations(),
                        (System.nanoTime() - started) / 1e9);
                out.flush();
                return 0;
            }
        }
    }
}
