package org.lantu.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.jspecify.annotations.Nullable;
import org.lantu.LantuApplication;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code lantu serve}: the platform — web UI and REST API on the store. */
@Command(
        name = "serve",
        mixinStandardHelpOptions = true,
        description = {"Start the Lantu platform (web UI and REST API).", ""})
final class ServeCommand implements Callable<Integer> {

    @Option(names = "--port", defaultValue = "8080", description = "HTTP port (default 8080)")
    int port = 8080;

    @Option(
            names = "--import",
            paramLabel = "PATH",
            arity = "1..*",
            description = "documents or folders to import first")
    List<Path> imports = new ArrayList<>();

    @Option(
            names = "--require-2fa",
            description =
                    "admins and planners sign in with a TOTP code after their password (enrolled at first sign-in)")
    boolean requireSecondFactor;

    @Option(names = "--public", description = "let anyone read, without logging in (read-only)")
    boolean publicRead;

    @CommandLine.Mixin
    StoreOptions store = new StoreOptions();

    @Override
    public Integer call() {
        Map<String, Object> props = store.properties();
        props.put("server.port", port);
        props.put("lantu.web.public-read", publicRead);
        props.put("lantu.security.require-2fa", requireSecondFactor);
        props.put("lantu.audit.default-actor", "system");
        SpringApplication app = new SpringApplication(LantuApplication.class);
        app.setDefaultProperties(props);
        CountDownLatch closed = new CountDownLatch(1);
        app.addListeners((ContextClosedEvent e) -> closed.countDown());
        ConfigurableApplicationContext context = app.run();
        if (!imports.isEmpty()) {
            int failed = ImportCommand.importAll(context, imports, null);
            if (failed > 0) {
                System.err.println("lantu serve: " + failed + " document(s) could not be imported (see above)");
            }
        }
        System.out.println("Lantu is running at http://localhost:" + port + "/  (Ctrl-C stops it)");
        try {
            closed.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return 0;
    }

    /** Options naming the store, shared by every command that uses it. */
    static final class StoreOptions {

        @Option(names = "--data-dir", paramLabel = "DIR", description = "data directory (default ./lantu-data)")
        @Nullable
        Path dataDir;

        @Option(
                names = "--database-url",
                paramLabel = "JDBC_URL",
                description = "an external PostgreSQL (default: $LANTU_DATABASE_URL, else the embedded one)")
        @Nullable
        String databaseUrl = System.getenv("LANTU_DATABASE_URL");

        @Option(names = "--database-user", description = "default: $LANTU_DATABASE_USER")
        @Nullable
        String databaseUser = System.getenv("LANTU_DATABASE_USER");

        @Option(names = "--database-password", description = "default: $LANTU_DATABASE_PASSWORD")
        @Nullable
        String databasePassword = System.getenv("LANTU_DATABASE_PASSWORD");

        Map<String, Object> properties() {
            Map<String, Object> props = new HashMap<>();
            // what commands change outside a request is audited as done by "cli"
            props.put("lantu.audit.default-actor", "cli");
            if (dataDir != null) {
                props.put("lantu.store.data-dir", dataDir.toString());
            }
            if (databaseUrl != null && !databaseUrl.isBlank()) {
                props.put("lantu.store.database-url", databaseUrl);
                if (databaseUser != null) {
                    props.put("lantu.store.database-user", databaseUser);
                }
                if (databasePassword != null) {
                    props.put("lantu.store.database-password", databasePassword);
                }
            }
            return props;
        }
    }
}
