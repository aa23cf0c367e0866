package org.lantu.search.internal;

import java.io.IOException;
import java.util.concurrent.Semaphore;

/**
 * At most {@code n} searches on the index at once; the others wait their turn in the order they came. A
 * search is CPU work from start to end (the index is in the page cache), and with more searches running than
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
    private final int size;

    /** @param setting {@code lantu.search.concurrency}: how many at once; 0 for one per core */
    SearchTurns(int setting) {
        if (setting < 0) {
            throw new IllegalArgumentException(
                    "lantu.search.concurrency must be 0 (one search per core) or more, not " + setting);
        }
        this.size = setting > 0 ? setting : Runtime.getRuntime().availableProcessors();
        this.turns = new Semaphore(size, true);
    }

    /** How many searches may run at once. */
    int size() {
        return size;
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
