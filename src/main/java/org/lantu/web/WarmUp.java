package org.lantu.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.lantu.monitor.EvaluationService;
import org.lantu.monitor.PlanEvaluation;
import org.lantu.store.DatabaseHealth;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The warm-up of {@code lantu serve}: once the server is ready, one background thread evaluates the latest
 * version of every stored plan into {@link EvaluationService}'s cache, so that the first view of a plan after a
 * start does not evaluate it (issue 8's load test: reads p95 4.9 s on the first run after a start, 0.4 s on
 * the next). On the national-scale set that is about 45 KB of heap a plan (the evaluation and its targets:
 * 128 MB for 2,844 plans).
 *
 * <p>With {@code lantu.warm-up.prerender} (on by default) it also writes each plan's API JSON (57 KB a plan,
 * indented) and renders the tab's table of targets (34,000 characters), which a first view would otherwise
 * write: some 4–7 ms of CPU once per evaluation. On the national-scale set the heap after a full GC holds
 * 168 MB with evaluations only and 379 MB with both. That is what use fills anyway once every plan has been
 * viewed, so prerendering changes when the memory is taken, not how much. In issue 8's first load run after
 * a start, reads p95 was 849 ms in one start without it and 300–904 ms in three with it; most of what is
 * left is the JIT (docs/benchmarks.md). Prerendered tables stop at the table cache's cap ({@value
 * MonitoringViews#TABLE_LIMIT}), past which that cache starts again empty.
 *
 * <p>It never competes with requests for the pool: between batches of {@value #BATCH} plans it waits while
 * any pool connection is lent out or a thread waits for one (requests are running; each evaluates what it
 * needs itself), at most {@value #MAX_PAUSE_MS} ms at a time, so that it still ends under steady load. The
 * thread has the lowest priority and is a daemon; HotSpot on Linux ignores Java priorities (unless run as
 * root with {@code -XX:ThreadPriorityPolicy=1}), so the pauses are what keeps it out of the way.
 *
 * <p>Correct while data changes: {@link EvaluationService#warm} reads the plans and their units' generations
 * before what they guard, so what a change makes stale is cached under the old generation and evaluated
 * again by the next request. The tables are keyed by the evaluation object, so the same holds for them.
 *
 * <p>Runs only where a web server takes requests (not in {@code lantu import}, {@code evaluate} and the other
 * commands, which start Spring without one, nor in tests with a mock environment); off with {@code
 * lantu.warm-up=false} (the tests' {@code config/application.properties} sets that: a thread evaluating in
 * the background would add to the statements some tests count). {@code lantu.warm-up.years} (a list; empty:
 * the default year, the one a plan's page shows without {@code ?year=}) says which years are evaluated.
 */
@Component
class WarmUp implements DisposableBean {

    private static final Logger LOG = LoggerFactory.getLogger(WarmUp.class);

    static final int BATCH = 20;
    static final long MAX_PAUSE_MS = 2_000;

    private final EvaluationService evaluations;
    private final MonitoringViews views;
    private final DatabaseHealth health;
    private final boolean enabled;
    private final List<Integer> years;
    private final boolean prerender;
    private volatile boolean stopping;
    private volatile @Nullable Thread thread;

    WarmUp(
            EvaluationService evaluations,
            MonitoringViews views,
            DatabaseHealth health,
            @Value("${lantu.warm-up:true}") boolean enabled,
            @Value("${lantu.warm-up.years:}") List<Integer> years,
            @Value("${lantu.warm-up.prerender:true}") boolean prerender) {
        this.evaluations = evaluations;
        this.views = views;
        this.health = health;
        this.enabled = enabled;
        this.years = List.copyOf(years);
        this.prerender = prerender;
    }

    /** What one warm-up did. */
    record Result(
            int plans,
            int evaluations,
            long millis,
            long evaluatingMillis,
            long renderingMillis,
            long jsonBytes,
            long tableChars,
            boolean complete) {}

    @EventListener
    void ready(ApplicationReadyEvent event) {
        if (event.getApplicationContext() instanceof WebServerApplicationContext) {
            start();
        }
    }

    /** Starts the thread, unless switched off; false if it was not started. */
    boolean start() {
        if (!enabled) {
            LOG.info("warm-up: off (lantu.warm-up=false)");
            return false;
        }
        Thread t = new Thread(this::runLogged, "lantu-warm-up");
        t.setDaemon(true);
        t.setPriority(Thread.MIN_PRIORITY);
        thread = t;
        t.start();
        return true;
    }

    /** Waits for the thread to end (tests); false if it did not within the time given. */
    boolean await(long millis) throws InterruptedException {
        Thread t = thread;
        if (t != null) {
            t.join(millis);
            return !t.isAlive();
        }
        return true;
    }

    private void runLogged() {
        try {
            Result r = run();
            LOG.info(
                    "warm-up: {} plans{}, {} evaluations in {} s ({} s evaluating{}, {} s rendering tables;"
                            + " held: {} MB of API JSON, {} characters of tables){}",
                    r.plans(),
                    years.isEmpty() ? " (default year)" : " (years " + years + ")",
                    r.evaluations(),
                    seconds(r.millis()),
                    seconds(r.evaluatingMillis()),
                    prerender ? " and writing JSON" : "",
                    seconds(r.renderingMillis()),
                    String.format(Locale.ROOT, "%.1f", r.jsonBytes() / 1e6),
                    r.tableChars(),
                    r.complete() ? "" : "; stopped before the end");
        } catch (RuntimeException e) {
            if (stopping) {
                LOG.info("warm-up: stopped ({})", e.toString());
            } else {
                LOG.warn("warm-up: failed, the caches fill on first use instead", e);
            }
        }
    }

    private static String seconds(long millis) {
        return String.format(Locale.ROOT, "%.1f", millis / 1000.0);
    }

    /** The warm-up itself, in the calling thread. */
    Result run() {
        long start = System.nanoTime();
        List<Long> ids = evaluations.planIds();
        List<@Nullable Integer> which = new ArrayList<>(years);
        if (which.isEmpty()) {
            which.add(null);
        }
        int evaluated = 0;
        long chars = 0;
        long evaluating = 0;
        long rendering = 0;
        boolean complete = true;
        outer:
        for (Integer year : which) {
            for (int i = 0; i < ids.size(); i += BATCH) {
                if (!pause()) {
                    complete = false;
                    break outer;
                }
                long t0 = System.nanoTime();
                List<PlanEvaluation> batch =
                        evaluations.warm(ids.subList(i, Math.min(ids.size(), i + BATCH)), year, prerender);
                long t1 = System.nanoTime();
                evaluating += t1 - t0;
                // never more tables than the cache holds: past its cap it starts again, empty
                if (prerender && evaluated + batch.size() <= MonitoringViews.TABLE_LIMIT) {
                    for (PlanEvaluation e : batch) {
                        String html = views.targetTable(e, year, Locale.SIMPLIFIED_CHINESE);
                        chars += html == null ? 0 : html.length();
                    }
                    rendering += System.nanoTime() - t1;
                }
                evaluated += batch.size();
            }
        }
        return new Result(
                ids.size(),
                evaluated,
                (System.nanoTime() - start) / 1_000_000,
                evaluating / 1_000_000,
                rendering / 1_000_000,
                evaluations.cachedJsonBytes(),
                chars,
                complete);
    }

    /** Waits while requests use the pool (at most {@link #MAX_PAUSE_MS}); false when stopping. */
    private boolean pause() {
        long until = System.currentTimeMillis() + MAX_PAUSE_MS;
        while (!stopping) {
            DatabaseHealth.PoolState pool = health.pool();
            if ((pool.active() == 0 && pool.waiting() == 0) || System.currentTimeMillis() >= until) {
                return true;
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return false;
    }

    /** At shutdown: the thread ends after the batch it is in (at most a few seconds; it is a daemon anyway). */
    @Override
    public void destroy() throws InterruptedException {
        stopping = true;
        Thread t = thread;
        if (t != null) {
            t.interrupt();
            t.join(10_000);
        }
    }
}
