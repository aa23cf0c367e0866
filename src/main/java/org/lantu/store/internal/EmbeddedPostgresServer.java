package org.lantu.store.internal;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An embedded PostgreSQL server (the binaries io.zonky ships in a Maven artifact) on a data directory
 * kept between runs. Durable: the embedded defaults turn fsync and synchronous commit off; they are on
 * here. A server left running by a killed Lantu ({@code kill -9}) is shut down before the new one starts,
 * and PostgreSQL's own crash recovery does the rest.
 */
public final class EmbeddedPostgresServer implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);

    private static final String OWNER = "lantu-owner.pid";

    private final @Nullable EmbeddedPostgres postgres;
    private final int port;
    private final Path directory;

    private EmbeddedPostgresServer(@Nullable EmbeddedPostgres postgres, int port, Path directory) {
        this.postgres = postgres;
        this.port = port;
        this.directory = directory;
    }

    /**
     * Starts the server on the directory, or attaches to the one another live Lantu process (a running
     * {@code lantu serve}) already runs there, so that {@code lantu import} lands in the same store.
     */
    public static EmbeddedPostgresServer start(Path directory) throws IOException {
        Files.createDirectories(directory);
        Optional<Integer> shared = liveServerOfAnotherLantu(directory);
        if (shared.isPresent()) {
            log.info("using the PostgreSQL server that a running Lantu keeps on {} (port {})", directory, shared.get());
            return new EmbeddedPostgresServer(null, shared.get(), directory);
        }
        stopStaleServer(directory);
        EmbeddedPostgres pg = EmbeddedPostgres.builder()
                .setDataDirectory(directory)
                .setCleanDataDirectory(false)
                .setPort(freePort())
                .setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("full_page_writes", "on")
                .setServerConfig("max_connections", "100")
                .setServerConfig("listen_addresses", "localhost")
                .setPGStartupWait(Duration.ofSeconds(60))
                .setRegisterShutdownHook(true)
                .start();
        Files.writeString(
                directory.resolve(OWNER), Long.toString(ProcessHandle.current().pid()));
        log.info("embedded PostgreSQL on port {} with data in {}", pg.getPort(), directory);
        return new EmbeddedPostgresServer(pg, pg.getPort(), directory);
    }

    /** The port of a postmaster whose owning Lantu process is alive, if there is one. */
    static Optional<Integer> liveServerOfAnotherLantu(Path directory) throws IOException {
        Path owner = directory.resolve(OWNER);
        Path pidFile = directory.resolve("postmaster.pid");
        if (!Files.exists(owner) || !Files.exists(pidFile)) {
            return Optional.empty();
        }
        Optional<ProcessHandle> lantu = pid(Files.readString(owner))
                .flatMap(ProcessHandle::of)
                .filter(ProcessHandle::isAlive)
                .filter(p -> p.pid() != ProcessHandle.current().pid())
                .filter(p -> p.info().command().map(c -> c.endsWith("java")).orElse(false));
        List<String> lines = Files.readAllLines(pidFile, StandardCharsets.UTF_8);
        Optional<ProcessHandle> postmaster = lines.isEmpty()
                ? Optional.empty()
                : pid(lines.get(0)).flatMap(ProcessHandle::of).filter(ProcessHandle::isAlive);
        // postmaster.pid: pid, data directory, start time, port, …
        if (lantu.isPresent() && postmaster.isPresent() && lines.size() > 3) {
            return pid(lines.get(3)).map(Long::intValue);
        }
        return Optional.empty();
    }

    private static Optional<Long> pid(String text) {
        try {
            return Optional.of(Long.parseLong(text.strip()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + port + "/postgres";
    }

    public String user() {
        return "postgres";
    }

    public int port() {
        return port;
    }

    /**
     * A postmaster whose Java parent died keeps running and holds the data directory; the next start
     * would fail on its lock file after waiting. Ask it to shut down (SIGTERM: smart shutdown, its clients
     * are gone), and kill it if it does not.
     */
    static void stopStaleServer(Path directory) throws IOException {
        Path pidFile = directory.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        List<String> lines = Files.readAllLines(pidFile, StandardCharsets.UTF_8);
        Optional<ProcessHandle> process =
                lines.isEmpty() ? Optional.empty() : pid(lines.get(0)).flatMap(ProcessHandle::of);
        Optional<ProcessHandle> postmaster = process.filter(ProcessHandle::isAlive)
                .filter(p -> p.info().command().map(c -> c.endsWith("postgres")).orElse(false));
        if (postmaster.isPresent()) {
            ProcessHandle p = postmaster.get();
            log.warn(
                    "a PostgreSQL server (pid {}) from an earlier run still holds {}; stopping it", p.pid(), directory);
            p.destroy();
            try {
                p.onExit().get(15, java.util.concurrent.TimeUnit.SECONDS);
            } catch (Exception e) {
                p.destroyForcibly();
                try {
                    p.onExit().get(10, java.util.concurrent.TimeUnit.SECONDS);
                } catch (Exception ignored) {
                    throw new IOException(
                            "cannot stop the PostgreSQL server (pid " + p.pid() + ") that holds " + directory);
                }
            }
        }
        // the postmaster is gone; a lock file it left behind would only make the new one hesitate
        Files.deleteIfExists(pidFile);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        }
    }

    /** Stops the server if this process started it; an attached one belongs to its owner. */
    @Override
    public void close() throws IOException {
        if (postgres != null) {
            postgres.close();
            Files.deleteIfExists(directory.resolve(OWNER));
        }
    }
}
