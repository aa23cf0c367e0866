package org.lantu.web;

import java.nio.file.Path;
import java.util.UUID;
import org.springframework.test.context.DynamicPropertyRegistry;

/** A fresh data directory (and so a fresh embedded PostgreSQL) per test class, under {@code target/}. */
final class TestStore {

    private TestStore() {}

    static void register(DynamicPropertyRegistry registry, String name) {
        Path dir =
                Path.of("target", "test-data", name + "-" + UUID.randomUUID()).toAbsolutePath();
        registry.add("lantu.store.data-dir", dir::toString);
    }
}
