package org.lantu.store.internal;

import java.nio.file.Path;
import java.sql.DriverManager;

/** A separate JVM that owns an embedded server, writes a row, says READY and waits to be killed. */
public final class PostgresChild {

    private PostgresChild() {}

    public static void main(String[] args) throws Exception {
        EmbeddedPostgresServer server = EmbeddedPostgresServer.start(Path.of(args[0]));
        try (var c = DriverManager.getConnection(server.jdbcUrl(), server.user(), "");
                var s = c.createStatement()) {
            s.execute("create table if not exists survivor (note text)");
            s.execute("insert into survivor values ('" + args[1] + "')");
        }
        System.out.println("READY " + server.port());
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
    }
}
