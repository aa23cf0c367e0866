package org.lantu.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.lantu.Seeds;
import org.lantu.imports.ImportResult;
import org.lantu.imports.ImportService;
import org.lantu.plan.PlanService;
import org.lantu.store.internal.EmbeddedPostgresServer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * With {@code lantu.store.database-url} set, Lantu uses that PostgreSQL (here a server of the test's own,
 * standing in for a county's database server) and starts none of its own.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
class ExternalDatabaseIT {

    private static EmbeddedPostgresServer external;
    private static Path dataDir;

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) throws IOException {
        external = EmbeddedPostgresServer.start(Files.createTempDirectory("lantu-external-db"));
        dataDir = Files.createTempDirectory("lantu-external-data");
        registry.add("lantu.store.database-url", external::jdbcUrl);
        registry.add("lantu.store.database-user", external::user);
        registry.add("lantu.store.database-password", () -> "");
        registry.add("lantu.store.data-dir", dataDir::toString);
    }

    @AfterAll
    static void stop() throws IOException {
        external.close();
    }

    @Autowired
    ImportService imports;

    @Autowired
    PlanService plans;

    @Test
    void migratesAndStoresInTheExternalDatabaseAndStartsNoServerOfItsOwn() throws Exception {
        ImportResult r =
                imports.importDocument("000.txt", Files.readAllBytes(Seeds.path(Seeds.HANGJIN_URBANIZATION)), "test");
        assertThat(r.status()).isEqualTo("created");
        assertThat(plans.plans())
                .singleElement()
                .satisfies(p -> assertThat(p.unitName()).isEqualTo("杭锦旗"));
        // the data directory holds no database: the one used is the external server
        assertThat(dataDir.resolve("postgres")).doesNotExist();
        try (var c = java.sql.DriverManager.getConnection(external.jdbcUrl(), external.user(), "");
                var rs = c.createStatement().executeQuery("select count(*) from plan.plan_version")) {
            rs.next();
            assertThat(rs.getInt(1)).isEqualTo(1);
        }
    }
}
