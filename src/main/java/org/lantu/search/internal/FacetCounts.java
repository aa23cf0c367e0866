package org.lantu.search.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
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
 * each segment's ordinals. A hit is counted for its combinations of values (one per group of dimensions,
 * {@link FacetOrdinals}), whose filters are checked once a segment and search; the combinations' counts
 * are spread to their values when the segment is done.
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

        /** A combination's filters not yet checked in this segment. */
        private static final int UNKNOWN = -1;

        private final TopFieldCollector top;
        private long total;
        private final Map<String, Map<String, Long>> counts = new HashMap<>();
        /** The segment being collected. */
        private FacetOrdinals.@Nullable Segment segment;
        /**
         * Per group and combination of the segment: the filters it fails (a bit per dimension), or {@link
         * #UNKNOWN}.
         */
        private int[][] fails = new int[0][];
        /** Per group and combination: the hits (passing every filter). */
        private int[][] hits = new int[0][];
        /** Per group and combination: the documents failing one filter only, one of this group's. */
        private int[][] failedOnce = new int[0][];
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
            int groups = s.groups();
            boolean[] filtered = new boolean[groups];
            for (int i = 0; i < D; i++) {
                Set<String> filter = filters.get(i);
                allowed[i] = filter == null ? null : s.allowed(i, filter);
                filtered[s.group[i]] |= filter != null;
            }
            int[][] fail = new int[groups][];
            int[][] hit = new int[groups][];
            int[][] once = new int[groups][];
            for (int g = 0; g < groups; g++) {
                fail[g] = new int[s.counts[g]];
                if (filtered[g]) {
                    Arrays.fill(fail[g], UNKNOWN);
                }
                hit[g] = new int[s.counts[g]];
                once[g] = new int[s.counts[g]];
            }
            fails = fail;
            hits = hit;
            failedOnce = once;
            segment = s;
            int[][] ids = s.ids;
            return new LeafCollector() {
                @Override
                public void setScorer(Scorable scorer) throws IOException {
                    page.setScorer(scorer);
                }

                @Override
                public void collect(int doc) throws IOException {
                    int f = 0;
                    for (int g = 0; g < groups; g++) {
                        int c = ids[g][doc];
                        int gf = fail[g][c];
                        if (gf == UNKNOWN) {
                            gf = fails(s, g, c);
                            fail[g][c] = gf;
                        }
                        f |= gf;
                    }
                    if (f == 0) {
                        total++;
                        for (int g = 0; g < groups; g++) {
                            hit[g][ids[g][doc]]++;
                        }
                        page.collect(doc);
                    } else if ((f & (f - 1)) == 0) {
                        // counted for the dimension it fails only
                        int g = s.group[Integer.numberOfTrailingZeros(f)];
                        once[g][ids[g][doc]]++;
                    }
                }

                @Override
                public void finish() throws IOException {
                    page.finish();
                    flush();
                }
            };
        }

        /** The filters on the group's dimensions that one of its combinations fails, a bit per dimension. */
        private int fails(FacetOrdinals.Segment s, int g, int c) {
            int f = 0;
            for (int i = 0; i < D; i++) {
                FixedBitSet ok = allowed[i];
                if (ok != null && s.group[i] == g && !passes(s.start[i], s.ords[i], c, ok)) {
                    f |= 1 << i;
                }
            }
            return f;
        }

        /** Adds the segment's counts by combination to the counts by value. */
        void flush() {
            FacetOrdinals.Segment s = segment;
            if (s == null) {
                return;
            }
            segment = null;
            for (int i = 0; i < D; i++) {
                int g = s.group[i];
                long[] n = new long[s.values[i].length];
                int[] hit = hits[g];
                int[] once = failedOnce[g];
                int[] fail = fails[g];
                for (int c = 0; c < hit.length; c++) {
                    if (hit[c] > 0) {
                        add(n, s.start[i], s.ords[i], c, hit[c]);
                    }
                    // failed this dimension's filter only
                    if (once[c] > 0 && fail[c] == 1 << i) {
                        add(n, s.start[i], s.ords[i], c, once[c]);
                    }
                }
                Map<String, Long> dim = counts.computeIfAbsent(DIMENSIONS.get(i), d -> new HashMap<>());
                for (int ord = 0; ord < n.length; ord++) {
                    if (n[ord] > 0) {
                        dim.merge(s.encoded[i][ord], n[ord], Long::sum);
                    }
                }
            }
        }
    }

    /** Adds n to the counts of the combination's ordinals. */
    private static void add(long[] counts, int[] start, int[] ords, int c, long n) {
        for (int k = start[c], end = start[c + 1]; k < end; k++) {
            counts[ords[k]] += n;
        }
    }

    /** Whether one of the combination's ordinals passes. */
    private static boolean passes(int[] start, int[] ords, int c, FixedBitSet ok) {
        for (int k = start[c], end = start[c + 1]; k < end; k++) {
            if (ok.get(ords[k])) {
                return true;
            }
        }
        return false;
    }
}
