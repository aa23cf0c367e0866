package org.lantu.search.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.MultiCollectorManager;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
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

    private final SearchIndex index;

    public Search(SearchIndex index) {
        this.index = index;
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
        Queries.Parsed parsed = index.queries().parse(q.text(), mode);
        try (SearchIndex.Snapshot snapshot = index.snapshot()) {
            if (snapshot == null) {
                return new SearchHits(parsed.words(), 0, q.page(), q.size(), List.of(), List.of(), false);
            }
            Query query = filtered(parsed.query(), q, units, unitFilter, snapshot.holdings);
            int wanted = Math.min(q.page() * q.size(), 10_000);
            // one pass over the hits for the page and the facet counts
            Object[] both = snapshot.searcher.search(
                    query,
                    new MultiCollectorManager(
                            new TopFieldCollectorManager(
                                    q.order() == SearchQuery.Order.PLAN ? BY_PLAN : BY_SCORE,
                                    wanted,
                                    null,
                                    Integer.MAX_VALUE,
                                    false),
                            new FacetCounts()));
            TopDocs top = (TopDocs) both[0];
            FacetCounts.Result counts = (FacetCounts.Result) both[1];
            TopFieldCollector.populateScores(top.scoreDocs, snapshot.searcher, query);
            Map<Long, Long> latest = snapshot.holdings.latestByPlan();
            StoredFields stored = snapshot.searcher.storedFields();
            List<SearchHit> hits = new ArrayList<>();
            for (int i = (q.page() - 1) * q.size(); i < top.scoreDocs.length; i++) {
                ScoreDoc sd = top.scoreDocs[i];
                hits.add(hit(stored.document(sd.doc), Float.isNaN(sd.score) ? 0f : sd.score, parsed, latest));
            }
            return new SearchHits(parsed.words(), counts.total(), q.page(), q.size(), hits, facets(counts), complete);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Query filtered(
            Query text,
            SearchQuery q,
            @Nullable List<Long> units,
            @Nullable List<Long> unitFilter,
            SearchIndex.Holdings holdings) {
        BooleanQuery.Builder b = new BooleanQuery.Builder().add(text, BooleanClause.Occur.MUST);
        if (units != null) {
            b.add(
                    units.isEmpty()
                            ? new MatchNoDocsQuery("no readable unit")
                            : LongPoint.newSetQuery(Fields.UNIT_ID, units),
                    BooleanClause.Occur.FILTER);
        }
        if (unitFilter != null) {
            b.add(LongPoint.newSetQuery(Fields.UNIT_ID, unitFilter), BooleanClause.Occur.FILTER);
        }
        if (q.kind() != null) {
            b.add(new TermQuery(new Term(Fields.KIND, q.kind())), BooleanClause.Occur.FILTER);
        }
        if (q.type() != null) {
            b.add(new TermQuery(new Term(Fields.TYPE, q.type())), BooleanClause.Occur.FILTER);
        }
        if (q.responsible() != null) {
            b.add(new TermQuery(new Term(Fields.RESPONSIBLE, q.responsible())), BooleanClause.Occur.FILTER);
        }
        if (q.plan() != null) {
            b.add(LongPoint.newExactQuery(Fields.PLAN_ID, q.plan()), BooleanClause.Occur.FILTER);
        }
        if (q.year() != null) {
            b.add(IntPoint.newExactQuery(Fields.YEAR, q.year()), BooleanClause.Occur.FILTER);
        }
        if (!q.allVersions()) {
            b.add(
                    LongPoint.newSetQuery(
                            Fields.VERSION_ID,
                            Set.copyOf(holdings.latestByPlan().values())),
                    BooleanClause.Occur.FILTER);
        }
        return b.build();
    }

    private static SearchHit hit(Document d, float score, Queries.Parsed parsed, Map<Long, Long> latest) {
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
                latest.getOrDefault(plan, -1L) == version,
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
            counts.counts().getOrDefault(dim, Map.of()).forEach((encoded, n) -> {
                int cut = encoded.indexOf(Fields.LABEL);
                values.add(new Facet.Value(encoded.substring(0, cut), encoded.substring(cut + 1), n));
            });
            values.sort(Comparator.comparingLong(Facet.Value::count).reversed().thenComparing(Facet.Value::label));
            facets.add(new Facet(
                    dim, values.size() > MAX_FACET_VALUES ? List.copyOf(values.subList(0, MAX_FACET_VALUES)) : values));
        }
        return facets;
    }
}
