package org.lantu.search.internal;

import java.io.IOException;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;

/** Counts every hit, and the hits per value of each facet dimension (doc values {@code f_<dimension>}). */
final class FacetCounts implements CollectorManager<FacetCounts.Counter, FacetCounts.Result> {

    static final List<String> DIMENSIONS = List.of("unit", "kind", "plan", "responsible", "type", "year");

    /** The total and, per dimension, per encoded value (value, US, label), the hits. */
    record Result(long total, Map<String, Map<String, Long>> counts) {}

    @Override
    public Counter newCollector() {
        return new Counter();
    }

    @Override
    public Result reduce(Collection<Counter> collectors) {
        long total = 0;
        Map<String, Map<String, Long>> counts = new HashMap<>();
        for (Counter c : collectors) {
            c.flush();
            total += c.total;
            c.counts.forEach((dim, values) -> values.forEach(
                    (v, n) -> counts.computeIfAbsent(dim, d -> new HashMap<>()).merge(v, n, Long::sum)));
        }
        return new Result(total, counts);
    }

    static final class Counter extends SimpleCollector {

        private long total;
        private final Map<String, Map<String, Long>> counts = new HashMap<>();
        private final SortedSetDocValues[] values = new SortedSetDocValues[DIMENSIONS.size()];
        private final long[][] ordinals = new long[DIMENSIONS.size()][];

        @Override
        protected void doSetNextReader(LeafReaderContext context) throws IOException {
            flush();
            for (int i = 0; i < DIMENSIONS.size(); i++) {
                values[i] = DocValues.getSortedSet(context.reader(), Fields.FACET + DIMENSIONS.get(i));
                ordinals[i] = new long[(int) values[i].getValueCount()];
            }
        }

        @Override
        public void collect(int doc) throws IOException {
            total++;
            for (int i = 0; i < values.length; i++) {
                SortedSetDocValues dv = values[i];
                if (dv.advanceExact(doc)) {
                    for (int k = 0; k < dv.docValueCount(); k++) {
                        ordinals[i][(int) dv.nextOrd()]++;
                    }
                }
            }
        }

        void flush() {
            for (int i = 0; i < values.length; i++) {
                if (values[i] == null) {
                    continue;
                }
                Map<String, Long> dim = counts.computeIfAbsent(DIMENSIONS.get(i), d -> new HashMap<>());
                for (int ord = 0; ord < ordinals[i].length; ord++) {
                    if (ordinals[i][ord] > 0) {
                        try {
                            dim.merge(values[i].lookupOrd(ord).utf8ToString(), ordinals[i][ord], Long::sum);
                        } catch (IOException e) {
                            throw new java.io.UncheckedIOException(e);
                        }
                    }
                }
                values[i] = null;
            }
        }

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE_NO_SCORES;
        }
    }
}
