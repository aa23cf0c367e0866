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
 * <p>Counting a hit costs an array read and an increment per group of dimensions, not one per value: the
 * dimensions with at most one value per document in the segment (unit, kind, plan, type; year unless an
 * item states several) form one group, and each document has the number of its combination of their
 * values (a segment holds few: plans × types × years); each other dimension (responsible units) is a group
 * of its own, and a document has the number of its set of values. A combination's or set's count is
 * spread to its values once per segment. (Combining every dimension in one group would not do: the sets of
 * responsible units make most documents' combinations distinct.)
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
     * One segment's facet values. Per group: each document's combination ({@code ids[group][doc]}) and how
     * many the segment has ({@code counts[group]}); per dimension: its group ({@code group[dim]}), each of
     * its group's combinations' ordinals ({@code ords[dim][start[dim][id]] … ords[dim][start[dim][id + 1] -
     * 1]}, ordinals of the segment's sorted values), and each ordinal's encoded value (value, US, label)
     * and filter value.
     */
    static final class Segment {

        final int[] group;
        final int[][] ids;
        final int[] counts;
        final int[][] start;
        final int[][] ords;
        final String[][] encoded;
        final String[][] values;

        private Segment(int dimensions, int groups) {
            group = new int[dimensions];
            ids = new int[groups][];
            counts = new int[groups];
            start = new int[dimensions][];
            ords = new int[dimensions][];
            encoded = new String[dimensions][];
            values = new String[dimensions][];
        }

        int groups() {
            return ids.length;
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
                // the groups: the single-valued dimensions together, each other one alone
                int[] group = new int[dims];
                int groups = 0;
                int single = -1;
                for (int d = 0; d < dims; d++) {
                    boolean one = true;
                    for (int doc = 0; doc < maxDoc && one; doc++) {
                        one = docStart[d][doc + 1] - docStart[d][doc] <= 1;
                    }
                    if (one && single < 0) {
                        single = groups++;
                    }
                    group[d] = one ? single : groups++;
                }
                Segment s = new Segment(dims, groups);
                System.arraycopy(group, 0, s.group, 0, dims);
                int[][] firstDoc = new int[groups][];
                for (int g = 0; g < groups; g++) {
                    // a key per document: its ordinals in the group's dimensions, -1 after each dimension's
                    Map<Key, Integer> numbers = new HashMap<>();
                    int[] id = new int[maxDoc];
                    int[] first = new int[16];
                    for (int doc = 0; doc < maxDoc; doc++) {
                        int length = 0;
                        for (int d = 0; d < dims; d++) {
                            if (group[d] == g) {
                                length += 1 + docStart[d][doc + 1] - docStart[d][doc];
                            }
                        }
                        int[] key = new int[length];
                        int at = 0;
                        for (int d = 0; d < dims; d++) {
                            if (group[d] == g) {
                                for (int k = docStart[d][doc]; k < docStart[d][doc + 1]; k++) {
                                    key[at++] = docOrds[d][k];
                                }
                                key[at++] = -1;
                            }
                        }
                        Integer n = numbers.putIfAbsent(new Key(key), numbers.size());
                        if (n == null) {
                            n = numbers.size() - 1;
                            if (n == first.length) {
                                first = Arrays.copyOf(first, first.length * 2);
                            }
                            first[n] = doc;
                        }
                        id[doc] = n;
                    }
                    s.ids[g] = id;
                    s.counts[g] = numbers.size();
                    firstDoc[g] = first;
                }
                for (int d = 0; d < dims; d++) {
                    s.encoded[d] = encoded[d];
                    s.values[d] = new String[encoded[d].length];
                    for (int ord = 0; ord < encoded[d].length; ord++) {
                        s.values[d][ord] = encoded[d][ord].substring(0, encoded[d][ord].indexOf(Fields.LABEL));
                    }
                    int n = s.counts[group[d]];
                    int[] first = firstDoc[group[d]];
                    int[] start = new int[n + 1];
                    int[] ords = new int[16];
                    int used = 0;
                    for (int c = 0; c < n; c++) {
                        start[c] = used;
                        int doc = first[c];
                        for (int k = docStart[d][doc]; k < docStart[d][doc + 1]; k++) {
                            if (used == ords.length) {
                                ords = Arrays.copyOf(ords, ords.length * 2);
                            }
                            ords[used++] = docOrds[d][k];
                        }
                    }
                    start[n] = used;
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
