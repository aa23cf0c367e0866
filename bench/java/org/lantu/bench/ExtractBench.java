package org.lantu.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.lantu.ingest.IngestException;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Extraction of all five seed documents, in memory, in one warm JVM: the goal is under 100 ms for
 * the five together (≥ 5 MB/s) with a heap of 256 MB.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 10, time = 2)
@Fork(
        value = 1,
        jvmArgsAppend = {"-Xmx256m", "-Xms256m"})
public class ExtractBench {

    private final List<String> names = new ArrayList<>();
    private final List<byte[]> contents = new ArrayList<>();
    private IngestService ingest;

    @Setup(Level.Trial)
    public void load() throws IOException {
        Path dir = Path.of(System.getProperty("lantu.seeds", "../shared/seeds"));
        try (Stream<Path> files = Files.list(dir)) {
            for (Path p :
                    files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                names.add(p.getFileName().toString());
                contents.add(Files.readAllBytes(p));
            }
        }
        if (contents.size() != 5) {
            throw new IllegalStateException("expected the five seeds in " + dir + ", found " + contents.size());
        }
        ingest = new IngestService();
    }

    @TearDown(Level.Trial)
    public void close() {
        ingest.close();
    }

    @Benchmark
    public void allFiveSeeds(Blackhole bh) throws IngestException {
        for (int i = 0; i < contents.size(); i++) {
            ExtractedPlan plan = ingest.extract(contents.get(i), names.get(i));
            bh.consume(plan);
        }
    }
}
