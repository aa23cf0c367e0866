package org.lantu.search.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BytesRef;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * The facet counts of one pass against counting each document by the rule itself: a document passing every
 * filter counts in every dimension, one failing only the filter on X counts in X alone. Random documents in
 * several segments, some with several years and responsible units per document, some with at most one;
 * some without a unit.
 */
class FacetCountsTests {

    private static final List<String> DIMS = FacetCounts.DIMENSIONS;

    @Test
    void countsAreThoseOfEveryFilterButTheDimensionsOwn() throws Exception {
        Random random = new Random(6);
        List<List<List<String>>> docs = new ArrayList<>();
        try (ByteBuffersDirectory dir = new ByteBuffersDirectory();
                IndexWriter w = new IndexWriter(
                        dir, new IndexWriterConfig(new StandardAnalyzer()).setMergePolicy(NoMergePolicy.INSTANCE))) {
            for (int segment = 0; segment < 4; segment++) {
                // segments 0 and 2: year and responsible single-valued (combined); 1 and 3: several values
                boolean many = segment % 2 == 1;
                for (int n = 0; n < 300; n++) {
                    List<List<String>> values = new ArrayList<>();
                    Document d = new Document();
                    d.add(new StringField("match", random.nextInt(3) == 0 ? "no" : "yes", Field.Store.NO));
                    d.add(new NumericDocValuesField("line", docs.size()));
                    for (String dim : DIMS) {
                        List<String> v = new ArrayList<>();
                        int count = dim.equals("year") || dim.equals("responsible")
                                ? random.nextInt(many ? 4 : 2)
                                : dim.equals("unit") && random.nextInt(10) == 0 ? 0 : 1;
                        for (int k = 0; k < count; k++) {
                            String value = dim + random.nextInt(dim.equals("plan") ? 12 : 4);
                            if (!v.contains(value)) {
                                v.add(value);
                                d.add(new SortedSetDocValuesField(
                                        Fields.FACET + dim, new BytesRef(value + Fields.LABEL + value.toUpperCase())));
                            }
                        }
                        values.add(v);
                    }
                    docs.add(values);
                    w.addDocument(d);
                }
                w.commit();
            }
            try (DirectoryReader reader = DirectoryReader.open(w)) {
                assertThat(reader.leaves()).hasSize(4);
                IndexSearcher searcher = new IndexSearcher(reader);
                FacetOrdinals ordinals = new FacetOrdinals();
                for (int segment = 0; segment < 4; segment++) {
                    FacetOrdinals.Segment s =
                            ordinals.of(reader.leaves().get(segment).reader(), DIMS);
                    // one group of the single-valued dimensions; years and responsible units each alone
                    // where a document has several
                    assertThat(s.groups()).isEqualTo(segment % 2 == 0 ? 1 : 3);
                    assertThat(s.counts[s.group[DIMS.indexOf("plan")]]).isBetween(2, 300);
                }
                List<Boolean> matches = new ArrayList<>();
                for (int doc = 0; doc < reader.maxDoc(); doc++) {
                    matches.add(searcher.count(new org.apache.lucene.search.BooleanQuery.Builder()
                                    .add(
                                            new TermQuery(new Term("match", "yes")),
                                            org.apache.lucene.search.BooleanClause.Occur.MUST)
                                    .add(
                                            org.apache.lucene.document.NumericDocValuesField.newSlowExactQuery(
                                                    "line", doc),
                                            org.apache.lucene.search.BooleanClause.Occur.FILTER)
                                    .build())
                            == 1);
                }
                for (int round = 0; round < 60; round++) {
                    List<@Nullable Set<String>> filters = new ArrayList<>();
                    for (String dim : DIMS) {
                        if (random.nextInt(3) == 0) {
                            Set<String> f = new HashSet<>();
                            f.add(dim + random.nextInt(4));
                            if (random.nextBoolean()) {
                                f.add(dim + random.nextInt(4));
                            }
                            filters.add(f);
                        } else {
                            filters.add(null);
                        }
                    }
                    FacetCounts.Result result = searcher.search(
                            new TermQuery(new Term("match", "yes")),
                            new FacetCounts(
                                    new TopFieldCollectorManager(
                                            new Sort(new SortField("line", SortField.Type.LONG)),
                                            10,
                                            null,
                                            Integer.MAX_VALUE,
                                            false),
                                    filters,
                                    ordinals));
                    long total = 0;
                    Map<String, Map<String, Long>> expected = new HashMap<>();
                    for (int doc = 0; doc < docs.size(); doc++) {
                        if (!matches.get(doc)) {
                            continue;
                        }
                        List<Integer> failed = new ArrayList<>();
                        for (int i = 0; i < DIMS.size(); i++) {
                            Set<String> f = filters.get(i);
                            if (f != null && docs.get(doc).get(i).stream().noneMatch(f::contains)) {
                                failed.add(i);
                            }
                        }
                        if (failed.size() > 1) {
                            continue;
                        }
                        if (failed.isEmpty()) {
                            total++;
                        }
                        for (int i = 0; i < DIMS.size(); i++) {
                            if (failed.isEmpty() || failed.get(0) == i) {
                                for (String v : docs.get(doc).get(i)) {
                                    expected.computeIfAbsent(DIMS.get(i), k -> new HashMap<>())
                                            .merge(v + Fields.LABEL + v.toUpperCase(), 1L, Long::sum);
                                }
                            }
                        }
                    }
                    assertThat(result.total()).as("round %d", round).isEqualTo(total);
                    assertThat(result.top().totalHits.value).isEqualTo(total);
                    for (String dim : DIMS) {
                        assertThat(result.counts().getOrDefault(dim, Map.of()))
                                .as("round %d, %s, filters %s", round, dim, filters)
                                .isEqualTo(expected.getOrDefault(dim, Map.of()));
                    }
                }
            }
        }
    }
}
