package org.lantu.search.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.FixedBitSet;

/**
 * The facet values of every document of a segment as plain arrays, read once from the doc values {@code
 * f_<dimension>} when a searcher first meets the segment and kept while the segment lives. Facet values
 * never change in place (a changed version is indexed again), so the arrays follow the segment's core:
 * deletions and the {@link Fields#LATEST} updates leave them valid.
 *
 * <p>Documents are grouped by their combination of facet values (the same unit, kind, plan, type, years
 * and responsible units): a segment holds far fewer combinations than documents (every task of a plan's
 * chapter led by the same unit has the same), so counting a hit costs one array read and one increment,
 * whatever the number of dimensions; a combination's count is spread to its values once per segment.
 */
final class FacetOrdinals {

    private final Map<Object, Segment> segments = new ConcurrentHashMap<>();

    /** The segment's arrays, built on first use. */
    Segment of(LeafReader reader, List<String> dimensions) {
        IndexReader.CacheHelper helper = reader.getCoreCacheHelper();
        if (helper == null) {
            return Segment.read(reader, dimensions);
        }
        return segments.computeIfAbsent(helper.getKey(), key -> {
            helper.addClosedListener(segments::remove);
            return Segment.read(reader, dimensions);
        });
    }

    /** How many segments are held: for tests. */
    int size() {
        return segments.size();
    }

    /**
     * One segment's facet values: each document's combination ({@code combo[doc]}); per dimension, each
     * combination's ordinals ({@code ords[start[combo]] … ords[start[combo + 1] - 1]}, ordinals of the
     * segment's sorted values), and each ordinal's encoded value (value, US, label) and filter value.
     */
    static final class Segment {

        final int[] combo;
        final int combos;
        final int[][] start;
        final int[][] ords;
        final String[][] encoded;
        final String[][] values;

        private Segment(int[] combo, int combos, int dimensions) {
            this.combo = combo;
            this.combos = combos;
            start = new int[dimensions][];
            ords = new int[dimensions][];
            encoded = new String[dimensions][];
            values = new String[dimensions][];
        }

        static Segment read(LeafReader reader, List<String> dimensions) {
            int dims = dimensions.size();
            int maxDoc = reader.maxDoc();
            try {
                // per dimension and document, its ordinals, as read
                int[][] docStart = new int[dims][];
                int[][] docOrds = new int[dims][];
                String[][] encoded = new String[dims][];
                for (int d = 0; d < dims; d++) {
                    SortedSetDocValues dv = DocValues.getSortedSet(reader, Fields.FACET + dimensions.get(d));
                    int n = Math.toIntExact(dv.getValueCount());
                    encoded[d] = new String[n];
                    for (int ord = 0; ord < n; ord++) {
                        encoded[d][ord] = dv.lookupOrd(ord).utf8ToString();
                    }
                    int[] start = new int[maxDoc + 1];
                    int[] ords = new int[Math.max(16, maxDoc)];
                    int used = 0;
                    int doc = 0;
                    for (int next = dv.nextDoc(); ; next = dv.nextDoc()) {
                        int until = next == DocIdSetIterator.NO_MORE_DOCS ? maxDoc : next;
                        for (; doc < until; doc++) {
                            start[doc] = used;
                        }
                        if (next == DocIdSetIterator.NO_MORE_DOCS) {
                            break;
                        }
                        start[doc] = used;
                        for (int k = 0; k < dv.docValueCount(); k++) {
                            if (used == ords.length) {
                                ords = Arrays.copyOf(ords, ords.length * 2);
                            }
                            ords[used++] = (int) dv.nextOrd();
                        }
                        doc++;
                    }
                    start[maxDoc] = used;
                    docStart[d] = start;
                    docOrds[d] = ords;
                }
                // the combinations: a key per document (its ordinals, dimension by dimension, -1 between)
                Map<Key, Integer> numbers = new HashMap<>();
                int[] combo = new int[maxDoc];
                int[] firstDoc = new int[Math.max(16, maxDoc / 8)];
                for (int doc = 0; doc < maxDoc; doc++) {
                    int length = dims;
                    for (int d = 0; d < dims; d++) {
                        length += docStart[d][doc + 1] - docStart[d][doc];
                    }
                    int[] key = new int[length];
                    int at = 0;
                    for (int d = 0; d < dims; d++) {
                        for (int k = docStart[d][doc]; k < docStart[d][doc + 1]; k++) {
                            key[at++] = docOrds[d][k];
                        }
                        key[at++] = -1;
                    }
                    Integer n = numbers.putIfAbsent(new Key(key), numbers.size());
                    if (n == null) {
                        n = numbers.size() - 1;
                        if (n == firstDoc.length) {
                            firstDoc = Arrays.copyOf(firstDoc, firstDoc.length * 2);
                        }
                        firstDoc[n] = doc;
                    }
                    combo[doc] = n;
                }
                Segment s = new Segment(combo, numbers.size(), dims);
                for (int d = 0; d < dims; d++) {
                    s.encoded[d] = encoded[d];
                    s.values[d] = new String[encoded[d].length];
                    for (int ord = 0; ord < encoded[d].length; ord++) {
                        s.values[d][ord] = encoded[d][ord].substring(0, encoded[d][ord].indexOf(Fields.LABEL));
                    }
                    int[] start = new int[s.combos + 1];
                    int[] ords = new int[16];
                    int used = 0;
                    for (int c = 0; c < s.combos; c++) {
                        start[c] = used;
                        int doc = firstDoc[c];
                        for (int k = docStart[d][doc]; k < docStart[d][doc + 1]; k++) {
                            if (used == ords.length) {
                                ords = Arrays.copyOf(ords, ords.length * 2);
                            }
                            ords[used++] = docOrds[d][k];
                        }
                    }
                    start[s.combos] = used;
                    s.start[d] = start;
                    s.ords[d] = Arrays.copyOf(ords, used);
                }
                return s;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** The ordinals of the dimension whose filter value is one of these. */
        FixedBitSet allowed(int dimension, Set<String> filter) {
            String[] v = values[dimension];
            FixedBitSet bits = new FixedBitSet(Math.max(1, v.length));
            for (int ord = 0; ord < v.length; ord++) {
                if (filter.contains(v[ord])) {
                    bits.set(ord);
                }
            }
            return bits;
        }
    }

    /** A combination's ordinals as a map key. */
    private record Key(int[] ords) {

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Arrays.equals(ords, k.ords);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(ords);
        }

        @Override
        public String toString() {
            return Arrays.toString(ords);
        }
    }
}
