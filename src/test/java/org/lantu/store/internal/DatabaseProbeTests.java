package org.lantu.store.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.lantu.web.TestStore;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The probe does not call a database down for one failed check: its connection broken under it (as a
 * starved or restarted backend would leave it) is opened again and asked once more. The outage itself (a
 * stopped server) is {@code ReliabilityIT}'s.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
class DatabaseProbeTests {

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) {
        TestStore.register(registry, "database-probe");
    }

    @Autowired
    DataSource dataSource;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aProbeConnectionKilledUnderItIsNotAnOutage() {
        try (DatabaseProbe probe = new DatabaseProbe(dataSource, Duration.ofHours(1))) {
            probe.check();
            assertThat(probe.reachable()).isTrue();
            int killed = jdbc.sql("""
                            select count(*) from (select pg_terminate_backend(pid) from pg_stat_activity
                            where application_name = 'lantu-probe' and pid <> pg_backend_pid()) k""").query(Integer.class).single();
            assertThat(killed).isPositive();

            probe.check();
            assertThat(probe.reachable()).isTrue();
            assertThat(jdbc.sql("select count(*) from pg_stat_activity where application_name = 'lantu-probe'")
                            .query(Integer.class)
                            .single())
                    .as("a new connection of its own")
                    .isPositive();
        }
    }
}
