package org.lantu.search.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.TopFieldCollector;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopFieldDocs;
import org.apache.lucene.util.FixedBitSet;
import org.jspecify.annotations.Nullable;

/**
 * One pass over the documents the text matches (scope and version applied) that applies the facet filters
 * itself: a document passing every filter is a hit (counted, offered to the page's top collector, counted
 * in every dimension); one failing only the filter on dimension X is counted in X alone. So the counts of
 * a dimension are those of every filter but its own (drill sideways): with one 规划类型 chosen, the other
 * kinds still show how many hits they would give. Values come from the doc values {@code f_<dimension>}
 * (value, US, label), as {@link FacetOrdinals} holds them; a filter is a set of values, matched against
 * each segment's ordinals.
 */
final class FacetCounts implements CollectorManager<FacetCounts.Counter, FacetCounts.Result> {

    static final List<String> DIMENSIONS = List.of("unit", "kind", "plan", "responsible", "type", "year");

    private static final int D = DIMENSIONS.size();

    /**
     * The hits passing every filter (their total and the top ones), and per dimension, per encoded value
     * (value, US, label), the documents passing every filter but that dimension's.
     */
    record Result(long total, TopFieldDocs top, Map<String, Map<String, Long>> counts) {}

    private final TopFieldCollectorManager top;
    private final List<@Nullable Set<String>> filters;
    private final FacetOrdinals ordinalsOf;

    /**
     * @param filters per dimension of {@link #DIMENSIONS}, the values a hit must have one of; null for no
     *     filter on it
     */
    FacetCounts(TopFieldCollectorManager top, List<@Nullable Set<String>> filters, FacetOrdinals ordinals) {
        if (filters.size() != D) {
            throw new IllegalArgumentException("one filter (or null) per dimension");
        }
        this.top = top;
        this.filters = new ArrayList<>(filters);
        this.ordinalsOf = ordinals;
    }

    @Override
    public Counter newCollector() throws IOException {
        return new Counter(top.newCollector());
    }

    @Override
    public Result reduce(Collection<Counter> collectors) throws IOException {
        long total = 0;
        Map<String, Map<String, Long>> counts = new HashMap<>();
        List<TopFieldCollector> tops = new ArrayList<>();
        for (Counter c : collectors) {
            c.flush();
            total += c.total;
            tops.add(c.top);
            c.counts.forEach((dim, values) -> values.forEach(
                    (v, n) -> counts.computeIfAbsent(dim, d -> new HashMap<>()).merge(v, n, Long::sum)));
        }
        return new Result(total, top.reduce(tops), counts);
    }

    final class Counter implements Collector {

        private final TopFieldCollector top;
        private long total;
        private final Map<String, Map<String, Long>> counts = new HashMap<>();
        /** The segment being collected, and its counts by ordinal per dimension. */
        private FacetOrdinals.@Nullable Segment segment;

        private final long[][] ordinals = new long[D][];
        /** The segment's hits (passing every filter) per combination of its single-valued dimensions. */
        private long[] comboCounts = new long[0];
        /** Per filtered dimension, the segment's ordinals that pass; null for a dimension without filter. */
        private final @Nullable FixedBitSet[] allowed = new FixedBitSet[D];

        Counter(TopFieldCollector top) {
            this.top = top;
        }

        @Override
        public ScoreMode scoreMode() {
            return top.scoreMode();
        }

        @Override
        public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
            flush();
            LeafCollector page = top.getLeafCollector(context);
            FacetOrdinals.Segment s = ordinalsOf.of(context.reader(), DIMENSIONS);
            for (int i = 0; i < D; i++) {
                ordinals[i] = new long[s.values[i].length];
                Set<String> filter = filters.get(i);
                allowed[i] = filter == null ? null : s.allowed(i, filter);
            }
            // per combination of the single-valued dimensions, the filters it fails (a bit per dimension)
            int[] comboFails = new int[s.combos];
            for (int i = 0; i < D; i++) {
                FixedBitSet ok = allowed[i];
                if (ok != null && s.combined[i]) {
                    int[] ord = s.comboOrd[i];
                    for (int k = 0; k < comboFails.length; k++) {
                        if (ord[k] < 0 || !ok.get(ord[k])) {
                            comboFails[k] |= 1 << i;
                        }
                    }
                }
            }
            comboCounts = new long[s.combos];
            segment = s;
            long[] comboHits = comboCounts;
            int[] combo = s.combo;
            int[] multi = s.multi;
            int[][] start = s.start;
            int[][] ords = s.ords;
            return new LeafCollector() {
                @Override
                public void setScorer(Scorable scorer) throws IOException {
                    page.setScorer(scorer);
                }

                @Override
                public void collect(int doc) throws IOException {
                    int c = combo[doc];
                    int fails = comboFails[c];
                    if ((fails & (fails - 1)) != 0) {
                        return;
                    }
                    for (int i : multi) {
                        FixedBitSet ok = allowed[i];
                        if (ok != null && !passes(start[i], ords[i], doc, ok)) {
                            if (fails != 0) {
                                return;
                            }
                            fails = 1 << i;
                        }
                    }
                    if (fails != 0) {
                        // counted for the dimension it fails only
                        int failed = Integer.numberOfTrailingZeros(fails);
                        if (s.combined[failed]) {
                            int ord = s.comboOrd[failed][c];
                            if (ord >= 0) {
                                ordinals[failed][ord]++;
                            }
                        } else {
                            count(failed, start[failed], ords[failed], doc);
                        }
                        return;
                    }
                    total++;
                    page.collect(doc);
                    comboHits[c]++;
                    for (int i : multi) {
                        count(i, start[i], ords[i], doc);
                    }
                }

                @Override
                public void finish() throws IOException {
                    page.finish();
                    flush();
                }
            };
        }

        private void count(int dim, int[] start, int[] ords, int doc) {
            long[] c = ordinals[dim];
            for (int k = start[doc], end = start[doc + 1]; k < end; k++) {
                c[ords[k]]++;
            }
        }

        /** Adds the segment's counts by ordinal to the counts by value. */
        void flush() {
            FacetOrdinals.Segment s = segment;
            if (s == null) {
                return;
            }
            segment = null;
            // the hits' combinations, spread to their dimensions
            for (int k = 0; k < comboCounts.length; k++) {
                long n = comboCounts[k];
                if (n > 0) {
                    for (int i = 0; i < D; i++) {
                        if (s.combined[i] && s.comboOrd[i][k] >= 0) {
                            ordinals[i][s.comboOrd[i][k]] += n;
                        }
                    }
                }
            }
            for (int i = 0; i < D; i++) {
                Map<String, Long> dim = counts.computeIfAbsent(DIMENSIONS.get(i), d -> new HashMap<>());
                long[] c = ordinals[i];
                for (int ord = 0; ord < c.length; ord++) {
                    if (c[ord] > 0) {
                        dim.merge(s.encoded[i][ord], c[ord], Long::sum);
                    }
                }
            }
        }
    }

    /** Whether one of the document's ordinals passes. */
    private static boolean passes(int[] start, int[] ords, int doc, FixedBitSet ok) {
        for (int k = start[doc], end = start[doc + 1]; k < end; k++) {
            if (ok.get(ords[k])) {
                return true;
            }
        }
        return false;
    }
}
