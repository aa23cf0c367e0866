package org.lantu.ingest.internal.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.lantu.ingest.IngestLimits;
import org.lantu.ingest.internal.Pipeline;
import org.lantu.ingest.internal.doc.RawDocument;
import org.lantu.ingest.internal.read.TextReader;
import org.lantu.ingest.internal.read.UnreadableDocumentException;
import org.lantu.ingest.internal.structure.StructuredDocument;

/** Seeds and fixtures read into structured documents, for the extractor tests. */
final class TestDocs {

    private static final Map<String, StructuredDocument> CACHE = new ConcurrentHashMap<>();

    private TestDocs() {}

    /** The seed whose file name starts with the prefix (000, 002 …), from the directory in {@code lantu.seeds}. */
    static StructuredDocument seed(String prefix) {
        return CACHE.computeIfAbsent("seed:" + prefix, k -> structure(read(seedPath(prefix))));
    }

    static Path seedPath(String prefix) {
        String dir = System.getProperty("lantu.seeds");
        assertThat(dir).as("system property lantu.seeds").isNotBlank();
        try (Stream<Path> files = Files.list(Path.of(dir))) {
            List<Path> matches =
                    new ArrayList<>(files.filter(p -> p.getFileName().toString().startsWith(prefix + "_"))
                            .toList());
            assertThat(matches).as("seed " + prefix + " in " + dir).hasSize(1);
            return matches.get(0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Path> allSeeds() {
        try (Stream<Path> files = Files.list(Path.of(System.getProperty("lantu.seeds")))) {
            return files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A text fixture under {@code src/test/resources/fixtures/ingest/txt/}. */
    static StructuredDocument fixture(String name) {
        return CACHE.computeIfAbsent("fixture:" + name, k -> {
            try (InputStream in = TestDocs.class.getResourceAsStream("/fixtures/ingest/txt/" + name)) {
                assertThat(in).as("fixture " + name).isNotNull();
                return structure(in.readAllBytes());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    static byte[] read(Path path) {
        try {
            return Files.readAllBytes(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static StructuredDocument structure(byte[] bytes) {
        try {
            return structure(new TextReader().read(bytes, IngestLimits.defaults()));
        } catch (UnreadableDocumentException e) {
            throw new IllegalStateException(e);
        }
    }

    static StructuredDocument structure(RawDocument raw) {
        return new Pipeline().structure(raw);
    }
}
