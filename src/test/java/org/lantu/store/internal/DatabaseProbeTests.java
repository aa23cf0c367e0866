package org.lantu.store.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
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
 * starved or restarted backend would leave it) is opened again and asked once more. And when a request
 * finds a pooled connection broken, the pool's others are let go, so that a database restarted between
 * two probes costs one failed request, not one per stale connection. The outage itself (a stopped server)
 * is {@code ReliabilityIT}'s.
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

    /** Runs {@code select 1} on {@code n} pool connections held at once; returns how many failed. */
    private int selectOneOnConnectionsHeldTogether(int n) throws SQLException {
        List<Connection> held = new ArrayList<>();
        int failed = 0;
        try {
            for (int i = 0; i < n; i++) {
                Connection c = dataSource.getConnection();
                held.add(c);
                try (Statement s = c.createStatement()) {
                    s.execute("select 1");
                } catch (SQLException e) {
                    failed++;
                }
            }
        } finally {
            for (Connection c : held) {
                c.close();
            }
        }
        return failed;
    }

    @Test
    void aBrokenPoolConnectionLetsTheOthersGoSoTheNextRequestsOpenNewOnes() throws SQLException {
        try (DatabaseProbe probe = new DatabaseProbe(dataSource, Duration.ofHours(1))) {
            assertThat(selectOneOnConnectionsHeldTogether(5)).isZero();
            // every backend of the pool but this one dies, as in a restart the probe did not see: the pool
            // does not check them again, they were used less than half a second ago
            int killed;
            try (Connection c = dataSource.getConnection();
                    Statement s = c.createStatement();
                    var rs = s.executeQuery("""
                            select count(*) from (select pg_terminate_backend(pid) from pg_stat_activity
                            where datname = current_database() and pid <> pg_backend_pid()
                            and application_name <> 'lantu-probe' and backend_type = 'client backend') k""")) {
                rs.next();
                killed = rs.getInt(1);
            }
            assertThat(killed).isGreaterThanOrEqualTo(4);

            probe.connectionLost();

            assertThat(selectOneOnConnectionsHeldTogether(5))
                    .as("connections opened afresh")
                    .isZero();
        }
    }
}
