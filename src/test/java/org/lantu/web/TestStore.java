package org.lantu.web;

import java.nio.file.Path;
import java.util.UUID;
import org.springframework.test.context.DynamicPropertyRegistry;

/** A fresh data directory (and so a fresh embedded PostgreSQL) per test class, under {@code target/}. */
final class TestStore {

    /** The first start's admin gets this password (LANTU_ADMIN_PASSWORD). */
    static final String ADMIN_PASSWORD = "Web-Tests-Passw0rd";

    private TestStore() {}

    static void register(DynamicPropertyRegistry registry, String name) {
        Path dir =
                Path.of("target", "test-data", name + "-" + UUID.randomUUID()).toAbsolutePath();
        registry.add("lantu.store.data-dir", dir::toString);
        registry.add("LANTU_ADMIN_PASSWORD", () -> ADMIN_PASSWORD);
    }
}
