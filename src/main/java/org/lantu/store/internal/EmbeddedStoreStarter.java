package org.lantu.store.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;

/**
 * Starts the embedded PostgreSQL on a background thread as soon as the context is created, before its
 * beans: the server's start (initdb on a new data directory) overlaps with Spring's own. The DataSource
 * bean takes the started server; without this initializer (a test context) it starts it itself.
 */
public final class EmbeddedStoreStarter implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    private static final Map<Path, CompletableFuture<EmbeddedPostgresServer>> STARTING = new ConcurrentHashMap<>();

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        Environment env = context.getEnvironment();
        String url = env.getProperty("lantu.store.database-url");
        if (url != null && !url.isBlank()) {
            return;
        }
        Path dir =
                Path.of(env.getProperty("lantu.store.data-dir", "lantu-data")).resolve("postgres");
        STARTING.computeIfAbsent(dir.toAbsolutePath().normalize(), EmbeddedStoreStarter::startAsync);
    }

    /** The server starting (or started) for the data directory, starting it now if nobody has. */
    static CompletableFuture<EmbeddedPostgresServer> take(Path dataDir) {
        Path dir = dataDir.resolve("postgres").toAbsolutePath().normalize();
        CompletableFuture<EmbeddedPostgresServer> f = STARTING.remove(dir);
        return f != null ? f : startAsync(dir);
    }

    private static CompletableFuture<EmbeddedPostgresServer> startAsync(Path dir) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                return EmbeddedPostgresServer.start(dir);
            } catch (IOException e) {
                throw new UncheckedIOException(
                        "cannot start the embedded PostgreSQL in " + dir + ": " + e.getMessage(), e);
            }
        });
    }
}
