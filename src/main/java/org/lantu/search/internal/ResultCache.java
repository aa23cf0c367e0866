package org.lantu.search.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.IndexReader;
import org.jspecify.annotations.Nullable;
import org.lantu.search.SearchHits;
import org.lantu.search.SearchQuery;

/**
 * The last searches' results, for the index as one reader sees it: a search repeated (the same words,
 * filters, page and scope, the next page's request for the facets, a reload) on an index that has not
 * changed is answered without searching again. Emptied as soon as a search sees another reader (the index
 * changed: an import, a correction, a rebuild); bounded to the most recently used.
 */
final class ResultCache {

    private final int size;

    /**
     * What a result depends on besides the index.
     *
     * @param units the caller's scope (null: everything)
     * @param unitFilter the unit filter resolved to a unit and those below it
     */
    record Key(
            SearchQuery query,
            @Nullable List<Long> units,
            @Nullable List<Long> unitFilter,
            Queries.Mode mode) {}

    private @Nullable IndexReader reader;

    private final Map<Key, SearchHits> entries;

    /** @param size how many results to keep at most; 0 for none */
    ResultCache(int size) {
        if (size < 0) {
            throw new IllegalArgumentException("the cache size must be 0 or more");
        }
        this.size = size;
        this.entries = new LinkedHashMap<>(Math.max(16, size * 2), 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<Key, SearchHits> eldest) {
                return size() > ResultCache.this.size;
            }
        };
    }

    synchronized @Nullable SearchHits get(IndexReader current, Key key) {
        return current == reader ? entries.get(key) : null;
    }

    synchronized void put(IndexReader current, Key key, SearchHits hits) {
        if (size == 0) {
            return;
        }
        if (current != reader) {
            // a newer reader (or, rarely, a search that started on the older one and finished last)
            entries.clear();
            reader = current;
        }
        entries.put(key, hits);
    }
}
