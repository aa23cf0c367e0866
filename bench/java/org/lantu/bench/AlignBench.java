package org.lantu.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.lantu.align.Alignment;
import org.lantu.align.AlignmentService;
import org.lantu.ingest.IngestService;
import org.lantu.plan.ExtractedPlan;
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
import org.openjdk.jmh.annotations.Warmup;

/**
 * Alignment of the county plan 000 to its regional parent 003 (floors and the coverage of all 37
 * articles), from plans already extracted, in one warm JVM: the goal is under 200 ms.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 10, time = 2)
@Fork(
        value = 1,
        jvmArgsAppend = {"-Xmx256m", "-Xms256m"})
public class AlignBench {

    private ExtractedPlan child;
    private ExtractedPlan parent;
    private AlignmentService align;

    @Setup(Level.Trial)
    public void load() throws Exception {
        Path dir = Path.of(System.getProperty("lantu.seeds", "../shared/seeds"));
        try (IngestService ingest = new IngestService()) {
            child = ingest.extract(seed(dir, "000_"));
            parent = ingest.extract(seed(dir, "003_"));
        }
        align = new AlignmentService();
    }

    private static Path seed(Path dir, String prefix) throws Exception {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().startsWith(prefix))
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("no seed " + prefix + " in " + dir));
        }
    }

    @Benchmark
    public Alignment hangjinAgainstTheRegion() {
        return align.align(child, parent);
    }
}
