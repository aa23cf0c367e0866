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
import org.lantu.review.Review;
import org.lantu.review.ReviewService;
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
 * Review of all five seed documents together (each plan's own checks, and the interpretation against its plan),
 * from plans already extracted, in one warm JVM: the goal is under 200 ms.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 10, time = 2)
@Fork(
        value = 1,
        jvmArgsAppend = {"-Xmx256m", "-Xms256m"})
public class ReviewBench {

    private final List<ExtractedPlan> plans = new ArrayList<>();
    private ReviewService review;

    @Setup(Level.Trial)
    public void load() throws IOException, IngestException {
        Path dir = Path.of(System.getProperty("lantu.seeds", "../shared/seeds"));
        try (Stream<Path> files = Files.list(dir);
                IngestService ingest = new IngestService()) {
            for (Path p :
                    files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                plans.add(ingest.extract(p));
            }
        }
        if (plans.size() != 5) {
            throw new IllegalStateException("expected the five seeds in " + dir + ", found " + plans.size());
        }
        review = new ReviewService();
    }

    @Benchmark
    public List<Review> allFiveSeeds() {
        return review.review(plans);
    }
}
