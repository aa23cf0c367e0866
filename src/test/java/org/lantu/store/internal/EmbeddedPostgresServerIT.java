package org.lantu.store.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedded server survives a killed Lantu, and a second Lantu shares a live one. */
class EmbeddedPostgresServerIT {

    /** Starts a child JVM owning a server on the directory; returns it once its row is committed. */
    private static Process child(Path dir, String note) throws Exception {
        Process p = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-cp",
                        System.getProperty("java.class.path"),
                        PostgresChild.class.getName(),
                        dir.toString(),
                        note)
                .redirectErrorStream(true)
                .start();
        BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        String line;
        while ((line = out.readLine()) != null) {
            if (line.startsWith("READY")) {
                return p;
            }
        }
        throw new AssertionError("the child server never got ready (exit " + p.waitFor() + ")");
    }

    private static List<String> notes(EmbeddedPostgresServer server) throws Exception {
        List<String> notes = new ArrayList<>();
        try (var c = DriverManager.getConnection(server.jdbcUrl(), server.user(), "");
                var r = c.createStatement().executeQuery("select note from survivor order by note")) {
            while (r.next()) {
                notes.add(r.getString(1));
            }
        }
        return notes;
    }

    @Test
    void recoversAfterTheOwningProcessIsKilled(@TempDir Path dir) throws Exception {
        Process owner = child(dir, "before the crash");
        owner.destroyForcibly(); // SIGKILL: its postmaster lives on, holding the directory
        assertThat(owner.waitFor(30, TimeUnit.SECONDS)).isTrue();

        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(dir)) {
            assertThat(notes(server)).containsExactly("before the crash");
        }
        // and once more after a clean stop
        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(dir)) {
            assertThat(notes(server)).containsExactly("before the crash");
        }
    }

    @Test
    void attachesToTheServerOfALiveLantuInsteadOfStoppingIt(@TempDir Path dir) throws Exception {
        Process owner = child(dir, "owner");
        try {
            try (EmbeddedPostgresServer second = EmbeddedPostgresServer.start(dir)) {
                assertThat(notes(second)).containsExactly("owner");
                try (var c = DriverManager.getConnection(second.jdbcUrl(), second.user(), "")) {
                    c.createStatement().execute("insert into survivor values ('second')");
                }
            }
            // closing the attached handle left the owner's server running
            assertThat(owner.isAlive()).isTrue();
            try (EmbeddedPostgresServer third = EmbeddedPostgresServer.start(dir)) {
                assertThat(notes(third)).containsExactly("owner", "second");
            }
        } finally {
            owner.destroyForcibly();
            owner.waitFor(30, TimeUnit.SECONDS);
            // stop the postmaster the killed owner leaves behind
            EmbeddedPostgresServer.start(dir).close();
        }
    }
}
