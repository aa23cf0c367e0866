package org.lantu.ingest.internal.extract;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.lantu.ingest.IngestLimits;
import org.lantu.ingest.internal.Pipeline;
import org.lantu.ingest.internal.read.TextReader;
import org.lantu.ingest.internal.read.UnreadableDocumentException;
import org.lantu.ingest.internal.structure.StructuredDocument;
import org.lantu.plan.ExtractedPlan;

/** Seeds (from {@code -Dlantu.seeds}) and fixtures run through the pipeline, cached for the test run. */
final class ProseDocuments {

    private static final Map<String, ExtractedPlan> PLANS = new ConcurrentHashMap<>();
    private static final Map<String, StructuredDocument> STRUCTURES = new ConcurrentHashMap<>();

    private ProseDocuments() {}

    static Path seedsDir() {
        String dir = System.getProperty("lantu.seeds", "../shared/seeds");
        return Path.of(dir);
    }

    /** The seed whose file name starts with the given number, e.g. {@code 000}. */
    static Path seed(String number) {
        try (Stream<Path> files = Files.list(seedsDir())) {
            return files.filter(p -> p.getFileName().toString().startsWith(number + "_"))
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("no seed " + number + " in " + seedsDir()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] seedBytes(String number) {
        try {
            return Files.readAllBytes(seed(number));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ExtractedPlan seedPlan(String number) {
        return PLANS.computeIfAbsent(
                "seed:" + number, k -> run(seedBytes(number), seed(number).toString()));
    }

    static StructuredDocument seedStructure(String number) {
        return STRUCTURES.computeIfAbsent(number, k -> structure(seedBytes(number)));
    }

    static ExtractedPlan run(byte[] bytes, String name) {
        try {
            return new Pipeline().run(new TextReader().read(bytes, IngestLimits.defaults()), name, "sha");
        } catch (UnreadableDocumentException e) {
            throw new IllegalStateException(e);
        }
    }

    static ExtractedPlan runText(String text) {
        return run(text.getBytes(StandardCharsets.UTF_8), "fixture.txt");
    }

    static StructuredDocument structure(byte[] bytes) {
        try {
            return new Pipeline().structure(new TextReader().read(bytes, IngestLimits.defaults()));
        } catch (UnreadableDocumentException e) {
            throw new IllegalStateException(e);
        }
    }

    static ExtractedPlan fixture(String resource) {
        return PLANS.computeIfAbsent("fixture:" + resource, k -> run(resourceBytes(resource), resource));
    }

    static byte[] resourceBytes(String resource) {
        try (InputStream in = ProseDocuments.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String resourceText(String resource) {
        return new String(resourceBytes(resource), StandardCharsets.UTF_8);
    }
}
