package org.lantu.store.internal;

import java.io.IOException;
import org.jspecify.annotations.Nullable;

/** Holds the embedded server, if any, so that Spring closes it after the DataSource. */
record EmbeddedServerHolder(@Nullable EmbeddedPostgresServer server) implements AutoCloseable {

    @Override
    public void close() throws IOException {
        if (server != null) {
            server.close();
        }
    }
}
