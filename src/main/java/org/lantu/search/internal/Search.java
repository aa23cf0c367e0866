package org.lantu.search.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopFieldCollector;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.jspecify.annotations.Nullable;
import org.lantu.search.Facet;
import org.lantu.search.SearchHit;
import org.lantu.search.SearchHits;
import org.lantu.search.SearchQuery;

/** One search on a snapshot of the index: the query, its filters, a page of hits and the facet counts. */
public final class Search {

    /** Best first; equal scores in plan order, so that the same index content gives the same page. */
    private static final Sort BY_SCORE = new Sort(
            SortField.FIELD_SCORE,
            new SortField(Fields.SORT_PLAN, SortField.Type.LONG),
            new SortField(Fields.SORT_VERSION, SortField.Type.LONG, true),
            new SortField(Fields.SORT_LINE, SortField.Type.LONG));

    private static final Sort BY_PLAN = new Sort(
            new SortField(Fields.SORT_PLAN, SortField.Type.LONG),
            new SortField(Fields.SORT_VERSION, SortField.Type.LONG, true),
            new SortField(Fields.SORT_LINE, SortField.Type.LONG));

    /** The most values a facet lists: the dimensions with many (plans, units) show their largest. */
    static final int MAX_FACET_VALUES = 20;

    /** How many results are kept, at most, for searches repeated on an unchanged index. */
    public static final int DEFAULT_CACHE_SIZE = 256;

    private final SearchIndex index;
    private final ResultCache cache;
    private final FacetOrdinals ordinals = new FacetOrdinals();
    private final SearchTurns turns;

    /**
     * @param cacheSize how many results to keep for repeated searches; 0 for none
     * @param concurrency how many searches run on the index at once, 0 for one per core; the others wait
     *     their turn ({@link SearchTurns})
     */
    public Search(SearchIndex index, int cacheSize, int concurrency) {
        this.index = index;
        this.cache = new ResultCache(cacheSize);
        this.turns = new SearchTurns(concurrency);
    }

    /**
     * @param units the administrative units whose plans the caller may read; null for all
     * @param unitFilter the units the query asks for (a unit and those below it); null for no filter
     */
    public SearchHits run(
            SearchQuery q,
            @Nullable List<Long> units,
            @Nullable List<Long> unitFilter,
            Queries.Mode mode,
            boolean complete) {
        try (SearchIndex.Snapshot snapshot = index.snapshot()) {
            if (snapshot == null) {
                Queries.Parsed parsed = index.queries().parse(q.text(), mode);
                return new SearchHits(parsed.words(), 0, q.page(), q.size(), List.of(), List.of(), false);
            }
            ResultCache.Key key = new ResultCache.Key(q, units, unitFilter, mode);
            SearchHits hits = cache.get(snapshot.searcher.getIndexReader(), key);
            if (hits == null) {
                hits = turns.take(() -> run(snapshot, q, units, unitFilter, mode));
                cache.put(snapshot.searcher.getIndexReader(), key, hits);
            }
            return complete == hits.complete() ? hits : withComplete(hits, complete);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private SearchHits run(
            SearchIndex.Snapshot snapshot,
            SearchQuery q,
            @Nullable List<Long> units,
            @Nullable List<Long> unitFilter,
            Queries.Mode mode)
            throws IOException {
        Queries.Parsed parsed = index.queries().parse(q.text(), mode);
        Query query = base(parsed.query(), q, units);
        int wanted = Math.min(q.page() * q.size(), 10_000);
        boolean byScore = q.order() == SearchQuery.Order.RELEVANCE;
        // one pass over what the text matches: the page, the total and the facet counts (drill sideways)
        FacetCounts.Result result = snapshot.searcher.search(
                query,
                new FacetCounts(
                        new TopFieldCollectorManager(
                                byScore ? BY_SCORE : BY_PLAN, wanted, null, Integer.MAX_VALUE, false),
                        facetFilters(q, unitFilter),
                        ordinals));
        ScoreDoc[] top = result.top().scoreDocs;
        if (!byScore) {
            TopFieldCollector.populateScores(top, snapshot.searcher, query);
        }
        StoredFields stored = snapshot.searcher.storedFields();
        List<LeafReaderContext> leaves = snapshot.searcher.getIndexReader().leaves();
        List<SearchHit> hits = new ArrayList<>();
        for (int i = (q.page() - 1) * q.size(); i < top.length; i++) {
            ScoreDoc sd = top[i];
            float score = byScore ? ((Float) ((FieldDoc) sd).fields[0]) : sd.score;
            hits.add(hit(stored.document(sd.doc), Float.isNaN(score) ? 0f : score, parsed, latest(leaves, sd.doc)));
        }
        return new SearchHits(parsed.words(), result.total(), q.page(), q.size(), hits, facets(result), true);
    }

    private static SearchHits withComplete(SearchHits h, boolean complete) {
        return new SearchHits(h.query(), h.total(), h.page(), h.size(), h.hits(), h.facets(), complete);
    }

    /** The text within the caller's scope, of the latest versions unless all are asked for: no facet filter. */
    private static Query base(Query text, SearchQuery q, @Nullable List<Long> units) {
        BooleanQuery.Builder b = new BooleanQuery.Builder().add(text, BooleanClause.Occur.MUST);
        if (units != null) {
            b.add(
                    units.isEmpty()
                            ? new MatchNoDocsQuery("no readable unit")
                            : LongPoint.newSetQuery(Fields.UNIT_ID, units),
                    BooleanClause.Occur.FILTER);
        }
        if (!q.allVersions()) {
            b.add(NumericDocValuesField.newSlowExactQuery(Fields.LATEST, 1), BooleanClause.Occur.FILTER);
        }
        return b.build();
    }

    /** The facet filters of the query, one per dimension of {@link FacetCounts#DIMENSIONS} (null: none). */
    private static List<@Nullable Set<String>> facetFilters(SearchQuery q, @Nullable List<Long> unitFilter) {
        List<@Nullable Set<String>> filters = new ArrayList<>();
        for (String dim : FacetCounts.DIMENSIONS) {
            filters.add(
                    switch (dim) {
                        case "unit" -> unitFilter == null ? null : strings(unitFilter);
                        case "kind" -> q.kind() == null ? null : Set.of(q.kind());
                        case "plan" -> q.plan() == null ? null : Set.of(String.valueOf(q.plan()));
                        case "responsible" -> q.responsible() == null ? null : Set.of(q.responsible());
                        case "type" -> q.type() == null ? null : Set.of(q.type());
                        case "year" -> q.year() == null ? null : Set.of(String.valueOf(q.year()));
                        default -> throw new IllegalStateException(dim);
                    });
        }
        return filters;
    }

    private static Set<String> strings(List<Long> ids) {
        Set<String> out = new HashSet<>();
        for (Long id : ids) {
            out.add(String.valueOf(id));
        }
        return out;
    }

    /** Whether the document's version is its plan's latest, as the index has it. */
    private static boolean latest(List<LeafReaderContext> leaves, int doc) throws IOException {
        LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
        NumericDocValues latest = DocValues.getNumeric(leaf.reader(), Fields.LATEST);
        return latest.advanceExact(doc - leaf.docBase) && latest.longValue() == 1;
    }

    private static SearchHit hit(Document d, float score, Queries.Parsed parsed, boolean latest) {
        long plan = d.getField(Fields.PLAN_ID).numericValue().longValue();
        long version = d.getField(Fields.VERSION_ID).numericValue().longValue();
        long unit = d.getField(Fields.UNIT_ID).numericValue().longValue();
        String text = d.get(Fields.TEXT);
        IndexableField item = d.getField(Fields.ITEM_ID);
        IndexableField end = d.getField(Fields.END_LINE);
        return new SearchHit(
                d.get(Fields.TYPE),
                item != null ? item.numericValue().longValue() : null,
                plan,
                d.get(Fields.TITLE),
                d.get(Fields.KIND),
                version,
                d.getField(Fields.VERSION_NO).numericValue().intValue(),
                latest,
                unit == Fields.NO_UNIT ? null : unit,
                d.get(Fields.UNIT_NAME),
                List.of(d.getValues(Fields.PATH)),
                Snippets.of(text, parsed.words()),
                text,
                List.of(d.getValues(Fields.UNITS)),
                d.get(Fields.VALUE),
                d.getField(Fields.LINE).numericValue().intValue(),
                end != null ? end.numericValue().intValue() : null,
                score);
    }

    private static List<Facet> facets(FacetCounts.Result counts) {
        List<Facet> facets = new ArrayList<>();
        for (String dim : FacetCounts.DIMENSIONS) {
            List<Facet.Value> values = new ArrayList<>();
            for (Map.Entry<String, Long> e : top(counts.counts().getOrDefault(dim, Map.of()), MAX_FACET_VALUES)) {
                String encoded = e.getKey();
                int cut = encoded.indexOf(Fields.LABEL);
                values.add(new Facet.Value(encoded.substring(0, cut), encoded.substring(cut + 1), e.getValue()));
            }
            facets.add(new Facet(dim, values));
        }
        return facets;
    }

    /** Most hits first, then by label, then by value: the order in which a facet lists its values. */
    static final Comparator<Map.Entry<String, Long>> FACET_ORDER = (a, b) -> {
        int byCount = Long.compare(b.getValue(), a.getValue());
        if (byCount != 0) {
            return byCount;
        }
        int byLabel = compareLabels(a.getKey(), b.getKey());
        return byLabel != 0 ? byLabel : a.getKey().compareTo(b.getKey());
    };

    /** The labels of two encoded values (value, US, label) compared as strings, without cutting them out. */
    private static int compareLabels(String x, String y) {
        int i = x.indexOf(Fields.LABEL) + 1;
        int j = y.indexOf(Fields.LABEL) + 1;
        while (i < x.length() && j < y.length()) {
            int d = x.charAt(i++) - y.charAt(j++);
            if (d != 0) {
                return d;
            }
        }
        return (x.length() - i) - (y.length() - j);
    }

    /**
     * The first {@code max} of the counts (encoded value → count) in {@link #FACET_ORDER}. A dimension may have
     * thousands of values (responsible units), most with the same few counts, and lists 20: sorting all of
     * them by count and label was 8 % of a search's CPU. So the 20th largest count is found first, from the
     * counts alone; only the values at that count are compared by label, and only for the places left.
     */
    static List<Map.Entry<String, Long>> top(Map<String, Long> counts, int max) {
        if (max <= 0) {
            return List.of();
        }
        List<Map.Entry<String, Long>> out = new ArrayList<>();
        if (counts.size() <= max) {
            out.addAll(counts.entrySet());
            out.sort(FACET_ORDER);
            return out;
        }
        PriorityQueue<Long> largest = new PriorityQueue<>(max + 1);
        for (Long n : counts.values()) {
            if (largest.size() < max) {
                largest.add(n);
            } else if (n > largest.peek()) {
                largest.poll();
                largest.add(n);
            }
        }
        long threshold = largest.peek();
        List<Map.Entry<String, Long>> tied = new ArrayList<>();
        for (Map.Entry<String, Long> e : counts.entrySet()) {
            if (e.getValue() > threshold) {
                out.add(e);
            } else if (e.getValue() == threshold) {
                tied.add(e);
            }
        }
        out.sort(FACET_ORDER);
        int left = max - out.size();
        // the worst of the best tied so far on top
        PriorityQueue<Map.Entry<String, Long>> best = new PriorityQueue<>(left + 1, FACET_ORDER.reversed());
        for (Map.Entry<String, Long> e : tied) {
            if (best.size() < left) {
                best.add(e);
            } else if (FACET_ORDER.compare(e, best.peek()) < 0) {
                best.poll();
                best.add(e);
            }
        }
        List<Map.Entry<String, Long>> rest = new ArrayList<>(best);
        rest.sort(FACET_ORDER);
        out.addAll(rest);
        return out;
    }
}
