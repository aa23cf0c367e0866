package org.lantu.search.internal;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The index on disk and what it holds. Which versions it holds (and the last correction it has seen) is
 * kept in the commit's user data, so every process that opens it knows, and {@link #catchUp} brings it
 * level with the store: versions missing (imported by another process, or whose indexing after commit
 * failed) are added, corrected ones re-read, deleted ones removed. Only the process holding the writer
 * lock changes it; another one searches what was last committed.
 */
public final class SearchIndex implements Closeable {

    /** Raise when the documents or analysers change: an index of another format is rebuilt. */
    public static final String FORMAT = "2";

    private static final Logger log = LoggerFactory.getLogger(SearchIndex.class);

    private final Path path;
    private final StoreReader store;
    private final Analyzers analyzers;
    private final Queries queries;
    private @Nullable FSDirectory directory;
    private volatile @Nullable IndexWriter writer;
    private volatile @Nullable SearcherManager searchers;
    /** Held while the index changes (or is opened); searches do not wait on it for long. */
    private final java.util.concurrent.locks.ReentrantLock lock = new java.util.concurrent.locks.ReentrantLock();
    /** What the searchers' index holds; in writer mode, what was last committed. */
    private volatile Holdings holdings = Holdings.EMPTY;
    /** Versions that failed to index in this process: not retried before a rebuild. */
    private final Set<Long> failed = Collections.synchronizedSet(new HashSet<>());

    private volatile Set<String> dictionary = Set.of();

    public SearchIndex(Path path, StoreReader store) {
        this.path = path;
        this.store = store;
        this.analyzers = new Analyzers(new WordSegmenter(List.of()));
        this.queries = new Queries(analyzers);
    }

    public Queries queries() {
        return queries;
    }

    Analyzers analyzers() {
        return analyzers;
    }

    /**
     * The versions the index holds (version id → plan id), the last correction it has read, and the latest
     * version of each plan.
     */
    record Holdings(Map<Long, Long> versions, long corrections) {

        static final Holdings EMPTY = new Holdings(Map.of(), 0);

        boolean matches(StoreReader.State s) {
            long max =
                    versions.keySet().stream().mapToLong(Long::longValue).max().orElse(0);
            return versions.size() == s.versions() && max == s.maxVersionId() && corrections == s.maxCorrectionId();
        }

        Map<Long, Long> latestByPlan() {
            Map<Long, Long> latest = new HashMap<>();
            versions.forEach((v, p) -> latest.merge(p, v, Math::max));
            return latest;
        }

        Map<String, String> userData() {
            StringBuilder b = new StringBuilder();
            for (Long v : new TreeSet<>(versions.keySet())) {
                if (!b.isEmpty()) {
                    b.append(',');
                }
                b.append(versions.get(v)).append(':').append(v);
            }
            return Map.of("format", FORMAT, "versions", b.toString(), "corrections", String.valueOf(corrections));
        }

        static Holdings of(Map<String, String> data) {
            Map<Long, Long> versions = new LinkedHashMap<>();
            String list = data.getOrDefault("versions", "");
            if (!list.isEmpty()) {
                for (String pv : list.split(",")) {
                    String[] p = pv.split(":");
                    versions.put(Long.parseLong(p[1]), Long.parseLong(p[0]));
                }
            }
            return new Holdings(Map.copyOf(versions), Long.parseLong(data.getOrDefault("corrections", "0")));
        }
    }

    /** A searcher and what its index holds, to release after use. */
    public final class Snapshot implements Closeable {
        final IndexSearcher searcher;
        private final SearcherManager manager;

        Snapshot(SearcherManager manager) throws IOException {
            this.manager = manager;
            this.searcher = manager.acquire();
        }

        /** What the searcher's index holds (read from its commit unless this process writes it). */
        Holdings holdings() {
            return writer != null ? SearchIndex.this.holdings : holdingsOf(searcher);
        }

        @Override
        public void close() throws IOException {
            manager.release(searcher);
        }
    }

    /** The current searcher, or null when there is no index yet (and this process cannot build it). */
    @Nullable
    Snapshot snapshot() throws IOException {
        SearcherManager current = searchers;
        if (current == null) {
            lock.lock();
            try {
                if (searchers == null) {
                    openReadOnly();
                }
                current = searchers;
            } finally {
                lock.unlock();
            }
        }
        return current == null ? null : new Snapshot(current);
    }

    /**
     * {@link #catchUp()} for a search: answers at once when the index is level with the store, and waits at
     * most {@code waitMillis} for another thread's catching up (a rebuild) before answering false, so that
     * a search then runs on what the index holds rather than waiting for the rebuild.
     */
    public boolean catchUp(long waitMillis) {
        StoreReader.State state = store.state();
        // level: nothing to do, and no lock taken (searches run side by side). Read only (another process
        // holds the writer), the searcher's commit is as new as the store: nothing newer to refresh to.
        if (searchers != null && !dictionary.isEmpty() && holdings.matches(state)) {
            return true;
        }
        try {
            if (!lock.tryLock(waitMillis, java.util.concurrent.TimeUnit.MILLISECONDS)) {
                return false;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
        try {
            return catchUp(state);
        } finally {
            lock.unlock();
        }
    }

    /**
     * Brings the index level with the store, building it when missing or of an older format. Cheap when it
     * is (one query of counts). Returns false when it cannot: another process holds the writer.
     */
    public boolean catchUp() {
        lock.lock();
        try {
            return catchUp(store.state());
        } finally {
            lock.unlock();
        }
    }

    private boolean catchUp(StoreReader.State state) {
        if (dictionary.isEmpty()) {
            // queries must be segmented with the dictionary the documents were
            refreshDictionary();
        }
        if (writer == null) {
            // what another process committed last
            try {
                if (searchers == null) {
                    openReadOnly();
                } else {
                    refresh();
                    holdings = holdingsOf(searchers);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        if (holdings.matches(state) && searchers != null) {
            return true;
        }
        if (!openWriter()) {
            return false;
        }
        IndexWriter w = writer;
        Map<Long, Long> stored = store.versions();
        Holdings held = holdings;
        Set<Long> todo = new TreeSet<>();
        for (Long v : stored.keySet()) {
            if (!held.versions().containsKey(v) && !failed.contains(v)) {
                todo.add(v);
            }
        }
        if (state.maxCorrectionId() != held.corrections()) {
            for (Long v : store.correctedAfter(held.corrections())) {
                if (stored.containsKey(v) && !failed.contains(v)) {
                    todo.add(v);
                }
            }
        }
        Set<Long> removed = new HashSet<>(held.versions().keySet());
        removed.removeAll(stored.keySet());
        if (todo.isEmpty() && removed.isEmpty() && held.corrections() == state.maxCorrectionId()) {
            return true;
        }
        try {
            if (!todo.isEmpty()) {
                // new responsible units come with new versions
                refreshDictionary();
            }
            Map<Long, Long> now = new HashMap<>(held.versions());
            Set<Long> touched = new HashSet<>();
            for (Long v : removed) {
                touched.add(held.versions().get(v));
                w.deleteDocuments(new Term(Fields.VERSION, String.valueOf(v)));
                now.remove(v);
            }
            long start = System.nanoTime();
            int docs = 0;
            for (Long v : todo) {
                List<Document> documents;
                try {
                    StoreReader.Version version = store.version(v);
                    documents = VersionDocuments.of(version, store.items(v), store.paragraphs(v));
                } catch (RuntimeException e) {
                    log.warn("search: version {} could not be indexed; it stays out until a rebuild", v, e);
                    failed.add(v);
                    continue;
                }
                w.updateDocuments(new Term(Fields.VERSION, String.valueOf(v)), documents);
                now.put(v, stored.get(v));
                docs += documents.size();
                touched.add(stored.get(v));
            }
            markLatest(w, now, touched);
            Holdings next = new Holdings(Map.copyOf(now), state.maxCorrectionId());
            w.setLiveCommitData(next.userData().entrySet());
            w.commit();
            searchers.maybeRefreshBlocking();
            holdings = next;
            if (!todo.isEmpty()) {
                log.info(
                        "search: indexed {} version(s), {} documents, in {} ms",
                        todo.size(),
                        docs,
                        (System.nanoTime() - start) / 1_000_000);
            }
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException("the search index at " + path + " could not be updated", e);
        }
    }

    /**
     * Sets the {@link Fields#LATEST} doc values of every version of the plans whose versions changed: 1 for
     * the newest version the index holds of each, 0 for the others (a version's documents come with 0).
     */
    private static void markLatest(IndexWriter w, Map<Long, Long> versions, Set<Long> plans) throws IOException {
        Map<Long, Long> latest = new HashMap<>();
        versions.forEach((v, p) -> {
            if (plans.contains(p)) {
                latest.merge(p, v, Math::max);
            }
        });
        for (Map.Entry<Long, Long> e : versions.entrySet()) {
            if (plans.contains(e.getValue())) {
                w.updateNumericDocValue(
                        new Term(Fields.VERSION, String.valueOf(e.getKey())),
                        Fields.LATEST,
                        latest.get(e.getValue()).equals(e.getKey()) ? 1 : 0);
            }
        }
    }

    /** Rebuilds the index from the store. */
    public void rebuild() {
        lock.lock();
        try {
            rebuildLocked();
        } finally {
            lock.unlock();
        }
    }

    private void rebuildLocked() {
        if (!openWriter()) {
            throw new IllegalStateException("the search index at " + path
                    + " is held by another Lantu process (a running lantu serve): stop it to rebuild");
        }
        try {
            writer.deleteAll();
            failed.clear();
            holdings = Holdings.EMPTY;
            writer.setLiveCommitData(Holdings.EMPTY.userData().entrySet());
            writer.commit();
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        catchUp();
    }

    /** Whether this process holds the writer (and so keeps the index current itself). */
    public boolean writable() {
        return writer != null;
    }

    private void refreshDictionary() {
        Set<String> terms = store.dictionary();
        if (!terms.equals(dictionary)) {
            analyzers.dictionary(new WordSegmenter(terms));
            dictionary = terms;
        }
    }

    private boolean openWriter() {
        if (writer != null) {
            return true;
        }
        try {
            FSDirectory dir = directory();
            Map<String, String> data = DirectoryReader.indexExists(dir)
                    ? SegmentInfos.readLatestCommit(dir).getUserData()
                    : Map.of();
            boolean current = FORMAT.equals(data.get("format"));
            IndexWriterConfig config = new IndexWriterConfig(analyzers.perField)
                    .setOpenMode(current ? IndexWriterConfig.OpenMode.APPEND : IndexWriterConfig.OpenMode.CREATE);
            IndexWriter w = new IndexWriter(dir, config);
            if (!current) {
                log.info(
                        "search: {} the index at {}",
                        data.isEmpty() ? "building" : "rebuilding (format " + data.get("format") + ")",
                        path);
                w.setLiveCommitData(Holdings.EMPTY.userData().entrySet());
                w.commit();
            }
            writer = w;
            holdings = current ? Holdings.of(data) : Holdings.EMPTY;
            SearcherManager old = searchers;
            searchers = new SearcherManager(w, null);
            if (old != null) {
                old.close();
            }
            return true;
        } catch (LockObtainFailedException e) {
            return false;
        } catch (IOException e) {
            throw new UncheckedIOException("the search index at " + path + " cannot be opened", e);
        }
    }

    private void openReadOnly() throws IOException {
        FSDirectory dir = directory();
        if (DirectoryReader.indexExists(dir)
                && FORMAT.equals(
                        SegmentInfos.readLatestCommit(dir).getUserData().get("format"))) {
            searchers = new SearcherManager(dir, null);
            holdings = holdingsOf(searchers);
        }
    }

    private void refresh() {
        try {
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Holdings holdingsOf(SearcherManager manager) {
        try {
            IndexSearcher s = manager.acquire();
            try {
                return holdingsOf(s);
            } finally {
                manager.release(s);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Holdings holdingsOf(IndexSearcher searcher) {
        try {
            return Holdings.of(((DirectoryReader) searcher.getIndexReader())
                    .getIndexCommit()
                    .getUserData());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private FSDirectory directory() throws IOException {
        if (directory == null) {
            directory = FSDirectory.open(path);
        }
        return directory;
    }

    /**
     * The text of every document of the latest versions, by {@link #key}: the ground truth a measurement
     * of recall compares hits with.
     */
    public Map<String, String> texts() {
        try (Snapshot s = snapshot()) {
            Map<String, String> out = new HashMap<>();
            if (s == null) {
                return out;
            }
            Set<Long> latest = new HashSet<>(s.holdings().latestByPlan().values());
            org.apache.lucene.index.StoredFields stored = s.searcher.storedFields();
            for (int doc = 0; doc < s.searcher.getIndexReader().maxDoc(); doc++) {
                org.apache.lucene.util.Bits live =
                        org.apache.lucene.index.MultiBits.getLiveDocs(s.searcher.getIndexReader());
                if (live != null && !live.get(doc)) {
                    continue;
                }
                Document d = stored.document(doc);
                long version = d.getField(Fields.VERSION_ID).numericValue().longValue();
                if (latest.contains(version)) {
                    org.apache.lucene.index.IndexableField item = d.getField(Fields.ITEM_ID);
                    out.put(
                            key(
                                    d.get(Fields.TYPE),
                                    version,
                                    d.getField(Fields.LINE).numericValue().intValue(),
                                    item != null ? item.numericValue().longValue() : null),
                            d.get(Fields.TEXT));
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A document's identity across rebuilds. */
    public static String key(String type, long versionId, int line, @Nullable Long itemId) {
        return type + ":" + versionId + ":" + line + ":" + itemId;
    }

    /** Versions of the index for tests and benchmarks. */
    public List<Long> versions() {
        return new ArrayList<>(new TreeSet<>(holdings.versions().keySet()));
    }

    @Override
    public void close() throws IOException {
        lock.lock();
        try {
            closeLocked();
        } finally {
            lock.unlock();
        }
    }

    private void closeLocked() throws IOException {
        if (searchers != null) {
            searchers.close();
            searchers = null;
        }
        if (writer != null) {
            writer.close();
            writer = null;
        }
        if (directory != null) {
            directory.close();
            directory = null;
        }
    }
}
