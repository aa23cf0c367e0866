package org.lantu.store;

/**
 * Whether the database answers, and how busy the connection pool is: what tells "the database is down"
 * (503, try again later) from "every connection is in use" (503 busy, try again in a moment).
 *
 * <p>A probe keeps one connection of its own, outside the pool, and runs {@code select 1} on it every
 * {@code lantu.store.probe-interval} (2 s); {@link #reachable()} is its latest answer, and while that is
 * "down" each call checks again (at most every 250 ms), so that a database that is back is seen at once.
 */
public interface DatabaseHealth {

    /** Does the database answer now (the probe's latest result, re-checked while it is down)? */
    boolean reachable();

    /** The pool at this moment. */
    PoolState pool();

    /**
     * A request found a connection of the pool broken. The others were opened to the same server and are
     * most likely broken too (a database restarted between two probes leaves every one of them dead, and
     * the pool checks a connection only when it has been idle for half a second): all are evicted, so that
     * the next requests open new ones instead of failing one by one on the old. The database is checked
     * at once too, so that if it is really down the next requests are answered by the probe, not left to
     * wait for a connection that cannot be opened.
     */
    void connectionLost();

    /**
     * A snapshot of the pool (Hikari's MXBean).
     *
     * @param active connections lent to requests
     * @param idle connections waiting in the pool
     * @param total active + idle
     * @param waiting threads waiting for a connection
     * @param max the pool's maximum size
     */
    record PoolState(int active, int idle, int total, int waiting, int max) {
        /** Every connection the pool may have is lent out. */
        public boolean exhausted() {
            return max > 0 && active >= max;
        }

        @Override
        public String toString() {
            return "active " + active + "/" + max + ", idle " + idle + ", waiting " + waiting;
        }
    }
}
