package org.lantu.store.internal;

import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.HikariPoolMXBean;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Properties;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.lantu.store.DatabaseHealth;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link DatabaseHealth} by a connection of its own (not the pool's, so that a busy pool never makes the
 * database look down): {@code select 1} every interval with a 2-second socket timeout; a broken connection
 * is opened again at the next check.
 */
final class DatabaseProbe implements DatabaseHealth, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(DatabaseProbe.class);
    private static final long RECHECK_NANOS = TimeUnit.MILLISECONDS.toNanos(250);

    private final @Nullable HikariDataSource pool;
    private final ScheduledExecutorService timer;
    private volatile boolean reachable = true;
    private volatile long checkedAt = System.nanoTime();
    private final AtomicBoolean checkPending = new AtomicBoolean();
    private @Nullable Connection connection;

    DatabaseProbe(DataSource dataSource, Duration interval) {
        this.pool = dataSource instanceof HikariDataSource h ? h : null;
        this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "lantu-database-probe");
            t.setDaemon(true);
            return t;
        });
        if (pool != null) {
            long ms = Math.max(100, interval.toMillis());
            timer.scheduleWithFixedDelay(this::check, ms, ms, TimeUnit.MILLISECONDS);
        }
    }

    @Override
    public boolean reachable() {
        if (!reachable && System.nanoTime() - checkedAt > RECHECK_NANOS) {
            check();
        }
        return reachable;
    }

    @Override
    public PoolState pool() {
        HikariPoolMXBean bean = pool != null ? pool.getHikariPoolMXBean() : null;
        if (bean == null) {
            return new PoolState(0, 0, 0, 0, pool != null ? pool.getMaximumPoolSize() : 0);
        }
        return new PoolState(
                bean.getActiveConnections(),
                bean.getIdleConnections(),
                bean.getTotalConnections(),
                bean.getThreadsAwaitingConnection(),
                pool.getMaximumPoolSize());
    }

    /**
     * Evicts the pool's connections and checks the database at once, in the background: if it is down,
     * the next requests are answered 503 by the probe's answer instead of each waiting for a new connection
     * that cannot be opened (the pool tries for its whole connection timeout).
     */
    @Override
    public void connectionLost() {
        evictPool();
        // one check for the requests that fail together, not one each
        if (pool != null && checkPending.compareAndSet(false, true)) {
            try {
                timer.execute(() -> {
                    checkPending.set(false);
                    check();
                });
            } catch (RejectedExecutionException closing) {
                // the probe is closed: nothing to check
                checkPending.set(false);
            }
        }
    }

    /** Idle connections are closed now, lent ones when they come back. */
    private void evictPool() {
        HikariPoolMXBean bean = pool != null ? pool.getHikariPoolMXBean() : null;
        if (bean != null) {
            bean.softEvictConnections();
        }
    }

    /**
     * Runs {@code select 1} on the probe's connection, opening it if need be; records the answer. A failure
     * is tried once more on a new connection before the database counts as down: on two cores starved by
     * other work, one probe can miss its two seconds while the database answers every request (seen in a
     * load test: a false "down" turned 265 good requests into 503s). A database that is really down refuses
     * the new connection at once, so an outage is still seen within one check.
     */
    synchronized void check() {
        if (pool == null) {
            return;
        }
        HikariDataSource target = pool;
        String failure = probe(target);
        if (failure != null) {
            failure = probe(target);
        }
        boolean ok = failure == null;
        if (ok != reachable) {
            if (ok) {
                log.info("the database answers again");
            } else {
                log.warn("the database does not answer: {}", failure);
            }
            // the pool's connections were opened to the server that went away
            evictPool();
        }
        reachable = ok;
        checkedAt = System.nanoTime();
    }

    /** {@code select 1}: null when answered, else why not (the connection is then closed). */
    private @Nullable String probe(HikariDataSource target) {
        try {
            if (connection == null || connection.isClosed()) {
                connection = open(target);
            }
            try (Statement s = connection.createStatement()) {
                s.setQueryTimeout(2);
                s.execute("select 1");
            }
            return null;
        } catch (SQLException | RuntimeException e) {
            closeQuietly();
            return e.getClass().getSimpleName() + ": " + e.getMessage();
        }
    }

    private static Connection open(HikariDataSource pool) throws SQLException {
        Properties p = new Properties();
        if (pool.getUsername() != null) {
            p.setProperty("user", pool.getUsername());
        }
        if (pool.getPassword() != null) {
            p.setProperty("password", pool.getPassword());
        }
        p.setProperty("connectTimeout", "2");
        p.setProperty("loginTimeout", "2");
        p.setProperty("socketTimeout", "3");
        p.setProperty("ApplicationName", "lantu-probe");
        return DriverManager.getConnection(pool.getJdbcUrl(), p);
    }

    private void closeQuietly() {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException ignored) {
                // it is broken already
            }
            connection = null;
        }
    }

    @Override
    public synchronized void close() {
        timer.shutdownNow();
        closeQuietly();
    }
}
