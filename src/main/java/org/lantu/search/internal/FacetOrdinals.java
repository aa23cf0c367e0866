package org.lantu.search.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
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
 * f_<dimension>} when a searcher first meets the segment and kept while the segment lives. Counting the
 * hits of a search then costs an array read per document and dimension rather than a doc-values lookup.
 * Facet values never change in place (a changed version is indexed again), so the arrays follow the
 * segment's core: deletions and the {@link Fields#LATEST} updates leave them valid.
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
     * One segment's facet values. Per dimension: the documents' ordinals ({@code ords[start[doc]] … ords[start[doc
     * + 1] - 1]}, ordinals of the segment's sorted values), and each ordinal's encoded value (value, US, label)
     * and filter value.
     *
     * <p>The dimensions with at most one value per document in the segment (unit, kind, plan, type; often
     * year) are also combined: each document has the number of its combination of their ordinals ({@code
     * combo[doc]}), and each combination its ordinal per dimension ({@code comboOrd[dim][combo]}, -1 for
     * none). A segment holds few combinations (plans × types × years), so counting a hit costs one array
     * read and increment for all of them; the combinations' counts are spread to the dimensions once per
     * segment. The other dimensions ({@code multi}) are counted document by document.
     */
    static final class Segment {

        final int[][] start;
        final int[][] ords;
        final String[][] encoded;
        final String[][] values;
        /** Per dimension, whether it is one of the combined (at most one value per document). */
        final boolean[] combined;
        /** The dimensions counted document by document, in order. */
        int[] multi = new int[0];
        /** Each document's combination of the combined dimensions' ordinals. */
        int[] combo = new int[0];
        /** Per dimension, each combination's ordinal (-1: none); null for a dimension not combined. */
        final int[][] comboOrd;
        /** How many combinations the segment holds. */
        int combos;

        private Segment(int dimensions) {
            start = new int[dimensions][];
            ords = new int[dimensions][];
            encoded = new String[dimensions][];
            values = new String[dimensions][];
            combined = new boolean[dimensions];
            comboOrd = new int[dimensions][];
        }

        static Segment read(LeafReader reader, List<String> dimensions) {
            Segment s = new Segment(dimensions.size());
            try {
                for (int d = 0; d < dimensions.size(); d++) {
                    SortedSetDocValues dv = DocValues.getSortedSet(reader, Fields.FACET + dimensions.get(d));
                    int n = Math.toIntExact(dv.getValueCount());
                    s.encoded[d] = new String[n];
                    s.values[d] = new String[n];
                    for (int ord = 0; ord < n; ord++) {
                        String e = dv.lookupOrd(ord).utf8ToString();
                        s.encoded[d][ord] = e;
                        s.values[d][ord] = e.substring(0, e.indexOf(Fields.LABEL));
                    }
                    int[] start = new int[reader.maxDoc() + 1];
                    int[] ords = new int[reader.maxDoc()];
                    int used = 0;
                    int doc = 0;
                    for (int next = dv.nextDoc(); ; next = dv.nextDoc()) {
                        int until = next == DocIdSetIterator.NO_MORE_DOCS ? reader.maxDoc() : next;
                        for (; doc < until; doc++) {
                            start[doc] = used;
                        }
                        if (next == DocIdSetIterator.NO_MORE_DOCS) {
                            break;
                        }
                        start[doc] = used;
                        for (int k = 0; k < dv.docValueCount(); k++) {
                            if (used == ords.length) {
                                ords = java.util.Arrays.copyOf(ords, ords.length * 2 + 16);
                            }
                            ords[used++] = (int) dv.nextOrd();
                        }
                        doc++;
                    }
                    start[reader.maxDoc()] = used;
                    s.start[d] = start;
                    s.ords[d] = ords;
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            s.combine(reader.maxDoc());
            return s;
        }

        /** Combines the dimensions with at most one value per document (see the class comment). */
        private void combine(int maxDoc) {
            int dims = start.length;
            int bits = 0;
            int[] many = new int[dims];
            int multiCount = 0;
            int[] shift = new int[dims];
            for (int d = 0; d < dims; d++) {
                boolean single = true;
                for (int doc = 0; doc < maxDoc && single; doc++) {
                    single = start[d][doc + 1] - start[d][doc] <= 1;
                }
                // one more value than ordinals: "none"
                int width = 32 - Integer.numberOfLeadingZeros(values[d].length + 1);
                if (single && bits + width <= 62) {
                    combined[d] = true;
                    shift[d] = bits;
                    bits += width;
                } else {
                    many[multiCount++] = d;
                }
            }
            Map<Long, Integer> numbers = new java.util.HashMap<>();
            List<Long> keys = new java.util.ArrayList<>();
            int[] c = new int[maxDoc];
            for (int doc = 0; doc < maxDoc; doc++) {
                long key = 0;
                for (int d = 0; d < dims; d++) {
                    if (combined[d]) {
                        int ord = start[d][doc + 1] > start[d][doc] ? ords[d][start[d][doc]] : -1;
                        key |= ((long) (ord + 1)) << shift[d];
                    }
                }
                Integer n = numbers.get(key);
                if (n == null) {
                    n = keys.size();
                    numbers.put(key, n);
                    keys.add(key);
                }
                c[doc] = n;
            }
            combo = c;
            combos = keys.size();
            for (int d = 0; d < dims; d++) {
                if (combined[d]) {
                    int[] o = new int[combos];
                    long mask = (1L << (32 - Integer.numberOfLeadingZeros(values[d].length + 1))) - 1;
                    for (int k = 0; k < combos; k++) {
                        o[k] = (int) ((keys.get(k) >>> shift[d]) & mask) - 1;
                    }
                    comboOrd[d] = o;
                }
            }
            multi = java.util.Arrays.copyOf(many, multiCount);
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
}
