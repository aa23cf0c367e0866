package org.lantu.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.lantu.LantuApplication;
import org.lantu.audit.AuditLog;
import org.lantu.store.StoreBackup;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code lantu restore FILE}: a backup into a new, empty store. */
@Command(
        name = "restore",
        mixinStandardHelpOptions = true,
        description = {
            "Restore a backup made by lantu backup into a new store (a data directory without one, or an",
            "empty external database); refuses a store that holds anything. All or nothing.",
            "Exit code 1 when it cannot restore."
        })
final class RestoreCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "FILE", description = "the backup zip")
    Path file = Path.of("lantu-backup.zip");

    @CommandLine.Mixin
    ServeCommand.StoreOptions store = new ServeCommand.StoreOptions();

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        if (!Files.isRegularFile(file)) {
            err.println("lantu restore: no such file: " + file);
            return 1;
        }
        Map<String, Object> props = store.properties();
        if (!props.containsKey("lantu.store.database-url")) {
            Path pg = (store.dataDir != null ? store.dataDir : Path.of("lantu-data")).resolve("postgres");
            if (Files.isDirectory(pg)) {
                try (Stream<Path> files = Files.list(pg)) {
                    if (files.findAny().isPresent()) {
                        err.println("lantu restore: " + pg.getParent()
                                + " already holds a store; restore into a new data directory");
                        return 1;
                    }
                }
            }
        }
        String version = StoreBackup.schemaVersion(file);
        if (version != null) {
            props.put("spring.flyway.target", version);
        }
        SpringApplication app = new SpringApplication(LantuApplication.class);
        app.setWebApplicationType(WebApplicationType.NONE);
        app.setDefaultProperties(props);
        StoreBackup.Summary summary;
        try (ConfigurableApplicationContext context = app.run()) {
            StoreBackup backup = context.getBean(StoreBackup.class);
            try {
                summary = backup.restore(file);
            } catch (IllegalStateException e) {
                err.println("lantu restore: " + e.getMessage());
                return 1;
            }
            backup.migrateToLatest();
            context.getBean(AuditLog.class)
                    .record(
                            AuditLog.RESTORE,
                            "store",
                            null,
                            null,
                            Map.of("file", file.toAbsolutePath().toString(), "rows", summary.total()),
                            null);
        }
        PrintWriter out = spec.commandLine().getOut();
        out.println("restored " + summary.rows().size() + " tables, " + summary.total() + " rows from " + file);
        out.flush();
        return 0;
    }
}
