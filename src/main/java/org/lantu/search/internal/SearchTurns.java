package org.lantu.search.internal;

import java.io.IOException;
import java.util.concurrent.Semaphore;

/**
 * At most {@code n} searches on the index at once; the others wait their turn in the order they came. A
 * search is CPU work from start to end (the index is in memory), and with more searches running than
 * cores, the cores are shared among them all: every search then takes as long as all of them together, and
 * one matching half the corpus takes four times its CPU time when 8 run on 2 cores. Taking turns, a search
 * waits for those before it and then runs at full speed: a shorter tail for a slightly slower median
 * (measured with 8 clients on 2 cores: p99 48 → 36 ms, p50 15 → 17 ms, in {@code docs/benchmarks.md}). What
 * the request does around the search (authentication, JSON) is not limited.
 */
final class SearchTurns {

    /** What runs in a turn. */
    interface Work<T> {
        T run() throws IOException;
    }

    private final Semaphore turns;

    SearchTurns(int n) {
        if (n < 1) {
            throw new IllegalArgumentException("lantu.search.concurrency must be at least 1, not " + n);
        }
        this.turns = new Semaphore(n, true);
    }

    /** Runs the work when a turn is free (an interrupt while waiting is kept for the caller to see). */
    <T> T take(Work<T> work) throws IOException {
        turns.acquireUninterruptibly();
        try {
            return work.run();
        } finally {
            turns.release();
        }
    }

    /** How many searches wait for a turn (an estimate while they come and go): for tests. */
    int waiting() {
        return turns.getQueueLength();
    }
}
