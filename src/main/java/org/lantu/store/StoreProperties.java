package org.lantu.store;

import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where Lantu keeps its data ({@code lantu.store.*}).
 *
 * @param dataDir the data directory (default {@code ./lantu-data}); the embedded database lives in its
 *     {@code postgres/} folder
 * @param databaseUrl a JDBC URL of an external PostgreSQL; when set, no embedded server is started
 */
@ConfigurationProperties("lantu.store")
public record StoreProperties(
        @Nullable Path dataDir,
        @Nullable String databaseUrl,
        @Nullable String databaseUser,
        @Nullable String databasePassword) {

    public Path dataDirOrDefault() {
        return dataDir != null ? dataDir : Path.of("lantu-data");
    }
}
