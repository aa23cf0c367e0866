package org.lantu.search;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.jspecify.annotations.Nullable;
import org.lantu.imports.PlanVersionImported;
import org.lantu.region.AdminUnit;
import org.lantu.region.RegionService;
import org.lantu.search.internal.Queries;
import org.lantu.search.internal.Search;
import org.lantu.search.internal.SearchIndex;
import org.lantu.search.internal.StoreReader;
import org.lantu.security.AccessService;
import org.lantu.store.StoreProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.web.context.WebApplicationContext;

/**
 * Full-text search across every stored plan, in Chinese. The index lives under the data directory
 * ({@code <data-dir>/search-index}); it is built when missing, follows every import once it has committed,
 * and catches up before each search with what another process imported. Results respect the caller's
 * scope ({@link AccessService}). The last {@code lantu.search.cache-size} results (default {@value
 * Search#DEFAULT_CACHE_SIZE}; 0: none) are kept until the index changes. At most {@code
 * lantu.search.concurrency} searches (default: one per core) run on the index at once, the others in turn.
 */
@Service
public class SearchService implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(SearchService.class);

    /** How long a search waits for a catch-up running in another thread (a rebuild) before it answers. */
    private static final long SEARCH_WAIT_MILLIS = 2000;

    private final SearchIndex index;
    private final Search search;
    private final RegionService regions;
    private final AccessService access;
    private final ExecutorService background = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "search-index");
        t.setDaemon(true);
        return t;
    });

    SearchService(
            StoreProperties store,
            JdbcClient jdbc,
            org.lantu.plan.PlanService plans,
            RegionService regions,
            AccessService access,
            @Value("${lantu.search.cache-size:" + Search.DEFAULT_CACHE_SIZE + "}") int cacheSize,
            @Value("${lantu.search.concurrency:0}") int concurrency) {
        Path path = store.dataDirOrDefault().resolve("search-index");
        this.index = new SearchIndex(path, new StoreReader(jdbc, plans));
        this.search = new Search(index, cacheSize, concurrency);
        this.regions = regions;
        this.access = access;
    }

    /** Searches what the caller may read (their scope; everything in public-read mode). */
    public SearchHits search(SearchQuery query) {
        return search(query, access.readableUnitIds());
    }

    /** Searches every plan, whoever asks: for the command line, which has the store to itself anyway. */
    public SearchHits searchEverything(SearchQuery query) {
        return search(query, null);
    }

    /** The same search with one or only some of the fields, for the benchmark (not scoped). */
    public SearchHits searchMeasured(SearchQuery query, String mode) {
        return run(query, null, Queries.Mode.valueOf(mode));
    }

    private SearchHits search(SearchQuery query, @Nullable List<Long> readable) {
        return run(query, readable, Queries.Mode.COMBINED);
    }

    private SearchHits run(SearchQuery query, @Nullable List<Long> readable, Queries.Mode mode) {
        List<Long> unitFilter = null;
        if (query.unit() != null && !query.unit().isBlank()) {
            AdminUnit unit = unit(query.unit());
            unitFilter = regions.withDescendants(unit.id());
        }
        boolean complete;
        try {
            complete = index.catchUp(SEARCH_WAIT_MILLIS);
        } catch (RuntimeException e) {
            log.warn("search: the index could not catch up with the store", e);
            complete = false;
        }
        return search.run(query, readable, unitFilter, mode, complete);
    }

    private AdminUnit unit(String unit) {
        String u = unit.strip();
        if (u.matches("\\d{1,5}")) {
            return regions.byId(Long.parseLong(u))
                    .orElseThrow(() -> new IllegalArgumentException("no administrative unit with id " + u));
        }
        return regions.find(u).orElseThrow(() -> new IllegalArgumentException("no administrative unit '" + u + "'"));
    }

    /**
     * Brings the index level with the store; false when another process holds it and it lags behind.
     * Never throws: a search then answers from what the index holds.
     */
    public boolean catchUp() {
        try {
            return index.catchUp();
        } catch (RuntimeException e) {
            log.warn("search: the index could not catch up with the store", e);
            return false;
        }
    }

    /** Rebuilds the index from the store ({@code lantu search --reindex}). */
    public void reindex() {
        index.rebuild();
    }

    /** Every indexed text of the latest versions by document key, for measuring recall. */
    java.util.Map<String, String> indexedTexts() {
        catchUp();
        return index.texts();
    }

    /** A hit's document key, as {@link #indexedTexts} has it. */
    static String key(SearchHit h) {
        return SearchIndex.key(h.type(), h.versionId(), h.line(), h.itemId());
    }

    /** The plan versions the index holds. */
    public List<Long> indexedVersions() {
        return index.versions();
    }

    /** After an import's commit (never for one rolled back): index the new version. */
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void imported(PlanVersionImported event) {
        if (!catchUp()) {
            log.info(
                    "search: version {} is stored; the index is held by another process, which will catch up",
                    event.versionId());
        }
    }

    /** A server brings the index level with the store as it starts, in the background. */
    @EventListener
    void started(ApplicationReadyEvent event) {
        if (event.getApplicationContext() instanceof WebApplicationContext) {
            background.execute(this::catchUp);
        }
    }

    @Override
    public void destroy() throws IOException {
        background.shutdownNow();
        index.close();
    }
}
