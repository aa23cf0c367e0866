package org.lantu.search.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Searches take turns: never more at once than allowed, the waiting ones in the order they came. */
class SearchTurnsTests {

    @Test
    void noMoreRunAtOnceThanAllowed() throws Exception {
        SearchTurns turns = new SearchTurns(2);
        AtomicInteger running = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Integer>> done = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                int n = i;
                done.add(pool.submit(() -> turns.take(() -> {
                    most.accumulateAndGet(running.incrementAndGet(), Math::max);
                    sleep(5);
                    running.decrementAndGet();
                    return n;
                })));
            }
            for (int i = 0; i < done.size(); i++) {
                assertThat(done.get(i).get(10, TimeUnit.SECONDS)).isEqualTo(i);
            }
        } finally {
            pool.shutdownNow();
        }
        // 8 threads asking, 2 turns: both used, never a third
        assertThat(most.get()).isEqualTo(2);
    }

    @Test
    void theWaitingRunInTheOrderTheyCame() throws Exception {
        SearchTurns turns = new SearchTurns(1);
        CountDownLatch holding = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        List<Integer> order = new CopyOnWriteArrayList<>();
        List<Thread> threads = new ArrayList<>();
        threads.add(start(() -> turns.take(() -> {
            holding.countDown();
            await(release);
            return null;
        })));
        assertThat(holding.await(10, TimeUnit.SECONDS)).isTrue();
        for (int i = 1; i <= 5; i++) {
            int n = i;
            threads.add(start(() -> turns.take(() -> order.add(n))));
            // the next one comes only once this one waits
            long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (turns.waiting() < i && System.nanoTime() < until) {
                Thread.onSpinWait();
            }
            assertThat(turns.waiting()).isEqualTo(i);
        }
        release.countDown();
        for (Thread t : threads) {
            t.join(10_000);
        }
        assertThat(order).containsExactly(1, 2, 3, 4, 5);
    }

    @Test
    void aFailedSearchGivesItsTurnBack() throws Exception {
        SearchTurns turns = new SearchTurns(1);
        assertThatThrownBy(() -> turns.take(() -> {
                    throw new IOException("index file gone");
                }))
                .isInstanceOf(IOException.class)
                .hasMessage("index file gone");
        assertThat(turns.take(() -> "next")).isEqualTo("next");
    }

    @Test
    void zeroIsOnePerCoreAndLessIsRefused() {
        assertThat(new SearchTurns(0).size()).isEqualTo(Runtime.getRuntime().availableProcessors());
        assertThat(new SearchTurns(3).size()).isEqualTo(3);
        assertThatThrownBy(() -> new SearchTurns(-1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("lantu.search.concurrency must be 0 (one search per core) or more, not -1");
    }

    interface Blocking {
        Object run() throws Exception;
    }

    private static Thread start(Blocking work) {
        Thread t = new Thread(() -> {
            try {
                work.run();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        t.start();
        return t;
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
