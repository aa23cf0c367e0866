package org.lantu.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.UUID;
import java.util.stream.Stream;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * A fresh data directory (and so a fresh embedded PostgreSQL) per test class, under {@code
 * target/test-data/}; the ones earlier runs of the same class left behind are removed first.
 */
public final class TestStore {

    /** The first start's admin gets this password (LANTU_ADMIN_PASSWORD). */
    public static final String ADMIN_PASSWORD = "Web-Tests-Passw0rd";

    private static final Path ROOT = Path.of("target", "test-data").toAbsolutePath();

    private TestStore() {}

    public static void register(DynamicPropertyRegistry registry, String name) {
        removeEarlier(name);
        Path dir = ROOT.resolve(name + "-" + UUID.randomUUID());
        registry.add("lantu.store.data-dir", dir::toString);
        registry.add("LANTU_ADMIN_PASSWORD", () -> ADMIN_PASSWORD);
    }

    private static void removeEarlier(String name) {
        if (!Files.isDirectory(ROOT)) {
            return;
        }
        try (Stream<Path> dirs = Files.list(ROOT)) {
            for (Path old : dirs.filter(d -> d.getFileName().toString().startsWith(name + "-"))
                    .toList()) {
                try (Stream<Path> files = Files.walk(old)) {
                    for (Path f : files.sorted(Comparator.reverseOrder()).toList()) {
                        Files.deleteIfExists(f);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot clear " + ROOT, e);
        }
    }
}
