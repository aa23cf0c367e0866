package org.lantu.search;

import java.util.List;

/**
 * A page of hits, the total and the facet counts over all hits (the filters applied).
 *
 * @param query the query as searched: normalised, each word with its synonyms
 * @param complete false when the index could not yet catch up with the store (another process holds it)
 */
public record SearchHits(
        List<List<String>> query,
        long total,
        int page,
        int size,
        List<SearchHit> hits,
        List<Facet> facets,
        boolean complete) {

    public int pages() {
        return (int) Math.max(1, (total + size - 1) / size);
    }
}
