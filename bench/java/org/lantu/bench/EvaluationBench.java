package org.lantu.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.lantu.LantuApplication;
import org.lantu.demo.DemoGenerator;
import org.lantu.monitor.EvaluatedTarget;
import org.lantu.monitor.EvaluationEngine;
import org.lantu.monitor.EvaluationService;
import org.lantu.monitor.PlanEvaluation;
import org.lantu.monitor.TargetSpec;
import org.lantu.monitor.YearValue;
import org.lantu.plan.PlanService;
import org.lantu.plan.PlanSummary;
import org.lantu.region.RegionService;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Evaluation of the national-scale fictional data set that {@code bench/monitor.sh} generates (2,844
 * counties × 40 indicators × 6 years): every plan of 模拟省 recomputed from the store (observations read in
 * bulk, targets warm), and the engine alone over the same targets and series held in memory. The goal
 * is the whole evaluation under 1 s warm.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(
        value = 1,
        jvmArgsAppend = {"-Xmx2g", "-Xms2g"})
public class EvaluationBench {

    private ConfigurableApplicationContext context;
    private EvaluationService evaluations;
    private List<PlanSummary> plans;
    private final List<TargetSpec> specs = new ArrayList<>();
    private final List<List<YearValue>> series = new ArrayList<>();

    @Setup(Level.Trial)
    public void start() {
        Path data = Path.of(System.getProperty("lantu.bench.data", "target/bench-data"));
        if (!Files.isDirectory(data)) {
            throw new IllegalStateException(data + " does not exist: run bench/monitor.sh first");
        }
        SpringApplication app = new SpringApplication(LantuApplication.class);
        app.setWebApplicationType(WebApplicationType.NONE);
        app.setDefaultProperties(Map.of("lantu.store.data-dir", data.toString()));
        context = app.run();
        evaluations = context.getBean(EvaluationService.class);
        RegionService regions = context.getBean(RegionService.class);
        long region = regions.find(DemoGenerator.REGION_CODE).orElseThrow().id();
        java.util.Set<Long> units = java.util.Set.copyOf(regions.withDescendants(region));
        plans = context.getBean(PlanService.class).plans().stream()
                .filter(p -> p.unitId() != null && units.contains(p.unitId()))
                .toList();
        List<PlanEvaluation> first = evaluations.recomputeAll(plans, 2023);
        // the engine's inputs, as the service gave them to it, read once here outside the measurement
        Map<String, List<YearValue>> all = new HashMap<>();
        context.getBean(org.springframework.jdbc.core.simple.JdbcClient.class)
                .sql("""
                        select unit_id, indicator_code, year, value from monitor.observation
                        where status = 'approved' and quarter is null order by unit_id, indicator_code, year""")
                .query((rs, n) -> all.computeIfAbsent(rs.getLong(1) + ":" + rs.getString(2), k -> new ArrayList<>())
                        .add(new YearValue(rs.getInt(3), rs.getBigDecimal(4))))
                .list();
        for (PlanEvaluation e : first) {
            for (EvaluatedTarget t : e.targets()) {
                specs.add(t.target().spec());
                String code = t.target().indicatorCode();
                series.add(code == null ? List.of() : all.getOrDefault(e.unitId() + ":" + code, List.of()));
            }
        }
        System.err.printf(
                "%n%d plans, %d targets, %d observations in memory%n",
                plans.size(), specs.size(), series.stream().mapToInt(List::size).sum());
    }

    @TearDown(Level.Trial)
    public void stop() {
        context.close();
    }

    /** Every plan of the region evaluated from the store, without the cache of evaluations. */
    @Benchmark
    public int wholeRegionFromStore() {
        return evaluations.recomputeAll(plans, 2023).size();
    }

    /** The same targets and observations, the engine alone. */
    @Benchmark
    public int engineOnly() {
        int onTrack = 0;
        for (int i = 0; i < specs.size(); i++) {
            if (EvaluationEngine.evaluate(specs.get(i), series.get(i), 2023, null)
                    .status()
                    .belowOnTrack()) {
                onTrack++;
            }
        }
        return onTrack;
    }
}
