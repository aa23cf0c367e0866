package org.lantu.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import org.lantu.audit.AuditLog;
import org.lantu.store.StoreBackup;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code lantu backup FILE}: the whole store into one zip, from a consistent snapshot, while Lantu runs. */
@Command(
        name = "backup",
        mixinStandardHelpOptions = true,
        description = {
            "Back up the whole store (every table of every module, the audit log included; not the",
            "sessions) into one zip file. Runs while the platform serves. Restore with lantu restore."
        })
final class BackupCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "FILE", description = "the zip file to write")
    Path file = Path.of("lantu-backup.zip");

    @CommandLine.Mixin
    ServeCommand.StoreOptions store = new ServeCommand.StoreOptions();

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        StoreBackup.Summary summary;
        try (ConfigurableApplicationContext context = AuditCommand.context(store)) {
            summary = context.getBean(StoreBackup.class).backup(file);
            context.getBean(AuditLog.class)
                    .record(
                            AuditLog.BACKUP,
                            "store",
                            null,
                            null,
                            Map.of("file", file.toAbsolutePath().toString(), "rows", summary.total()),
                            null);
        }
        PrintWriter out = spec.commandLine().getOut();
        out.println("backed up " + summary.rows().size() + " tables, " + summary.total() + " rows (schema version "
                + summary.schemaVersion() + ") to " + file);
        out.flush();
        return 0;
    }
}
