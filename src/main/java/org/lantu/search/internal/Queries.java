package org.lantu.search.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.jspecify.annotations.Nullable;
import org.lantu.catalog.CatalogEntry;
import org.lantu.catalog.IndicatorCatalog;
import org.lantu.ingest.TextForms;

/**
 * From the query text to a Lucene query. Words separated by spaces must all match. Each word, normalised
 * as documents are (traditional → simplified, full-width → half-width), and each of its catalog synonyms
 * must occur as written: a phrase of CJK bigrams (or, for one character or digits among characters, a
 * phrase of single characters) — the recall net. For the store's names (units, responsible units,
 * indicators: the segmenter's dictionary), a match on the HanLP word field adds to the score, so that
 * whole-term matches rank first.
 */
public final class Queries {

    /** How much a whole-word match counts beside the bigram phrase. */
    static final float WORD_BOOST = 3f;

    static final float SYNONYM_WEIGHT = 0.8f;
    static final float STEM_WEIGHT = 0.5f;

    /** Count words an indicator name may end with (托位数): the bare noun (托位) is what prose says. */
    private static final List<String> COUNT_SUFFIXES = List.of("数量", "个数", "总数", "总量", "数");

    /** Which fields take part, for measuring each alone. */
    public enum Mode {
        BIGRAM,
        WORD,
        COMBINED
    }

    private final Analyzers analyzers;
    private final IndicatorCatalog catalog = IndicatorCatalog.standard();

    Queries(Analyzers analyzers) {
        this.analyzers = analyzers;
    }

    /** The query and, per word, the strings searched for (the word first, then its synonyms). */
    public record Parsed(Query query, List<List<String>> words) {}

    /** How many parsed queries are kept (their analysis, synonyms and segmentation done once). */
    static final int PARSED_CACHE_SIZE = 1024;

    private record ParsedKey(String text, Mode mode) {}

    /** The queries parsed with {@link #parsedWith}'s dictionary, most recently used last. */
    private final Map<ParsedKey, Parsed> parsed = new LinkedHashMap<>(64, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<ParsedKey, Parsed> eldest) {
            return size() > PARSED_CACHE_SIZE;
        }
    };

    private @Nullable WordSegmenter parsedWith;

    /**
     * The query for the text: the same text gives the same query as long as the segmenter's dictionary is
     * the same, so it is parsed once and kept (Lucene queries are immutable); a new dictionary starts
     * afresh.
     */
    Parsed parse(String text, Mode mode) {
        WordSegmenter segmenter = analyzers.segmenter();
        ParsedKey key = new ParsedKey(text, mode);
        synchronized (parsed) {
            if (parsedWith != segmenter) {
                parsed.clear();
                parsedWith = segmenter;
            }
            Parsed p = parsed.get(key);
            if (p != null) {
                return p;
            }
        }
        Parsed p = parseUncached(text, mode);
        synchronized (parsed) {
            // kept only if the dictionary did not change meanwhile
            if (parsedWith == segmenter && analyzers.segmenter() == segmenter) {
                parsed.put(key, p);
            }
        }
        return p;
    }

    Parsed parseUncached(String text, Mode mode) {
        List<List<String>> words = new ArrayList<>();
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        for (String raw : text.strip().split("\\s+")) {
            String word = TextForms.normalize(raw).toLowerCase(Locale.ROOT);
            word = word.replaceAll("^[\\p{P}\\p{S}]+|[\\p{P}\\p{S}]+$", "");
            if (word.isEmpty()) {
                continue;
            }
            Map<String, Float> variants = variants(word);
            BooleanQuery.Builder any = new BooleanQuery.Builder();
            for (Map.Entry<String, Float> v : variants.entrySet()) {
                Query q = variant(v.getKey(), mode);
                if (q != null) {
                    any.add(v.getValue() == 1f ? q : new BoostQuery(q, v.getValue()), BooleanClause.Occur.SHOULD);
                }
            }
            all.add(any.build(), BooleanClause.Occur.MUST);
            words.add(List.copyOf(variants.keySet()));
        }
        if (words.isEmpty()) {
            return new Parsed(new MatchNoDocsQuery("nothing to search for"), List.of());
        }
        return new Parsed(all.build(), List.copyOf(words));
    }

    /**
     * The word and what the catalog says means the same: the names and synonyms of the indicator it names
     * (城镇化率 → 常住人口城镇化率 …), and for the head noun of an indicator with a count word (托位数), the
     * noun alone (托位). A variant containing another one is left out: the shorter finds it anyway.
     */
    Map<String, Float> variants(String word) {
        Map<String, Float> out = new LinkedHashMap<>();
        out.put(word, 1f);
        Optional<CatalogEntry> entry = catalog.find(word);
        if (entry.isPresent()) {
            for (String name : entry.get().names()) {
                out.putIfAbsent(TextForms.normalize(name).toLowerCase(Locale.ROOT), SYNONYM_WEIGHT);
            }
        } else if (isHan(word)) {
            for (String suffix : COUNT_SUFFIXES) {
                String stem = word.substring(0, Math.max(0, word.length() - suffix.length()));
                if (word.endsWith(suffix) && stem.length() >= 2 && endsAnIndicatorName(word)) {
                    out.putIfAbsent(stem, STEM_WEIGHT);
                    break;
                }
            }
        }
        out.keySet()
                .removeIf(v -> !v.equals(word) && out.keySet().stream().anyMatch(o -> !o.equals(v) && v.contains(o)));
        return out;
    }

    private boolean endsAnIndicatorName(String word) {
        return catalog.entries().stream().flatMap(e -> e.names().stream()).anyMatch(n -> n.endsWith(word));
    }

    private @Nullable Query variant(String v, Mode mode) {
        Query recall = isHan(v) && v.length() >= 2
                ? phrase(Analyzers.CJK, analyzers.cjk, v)
                : phrase(Analyzers.UNI, analyzers.uni, v);
        if (mode == Mode.BIGRAM) {
            return recall;
        }
        if (mode == Mode.WORD) {
            return phrase(Analyzers.WORD, analyzers.wordQuery, v);
        }
        if (recall == null) {
            return null;
        }
        // only the store's names are segmented the same way wherever they occur (the dictionary keeps them
        // whole); for other words HanLP's segmentation varies with the context, and a boost of the documents
        // where it happens to cut the word out ranks them by chance (measured: docs/benchmarks.md)
        if (!analyzers.segmenter().isTerm(v)) {
            return recall;
        }
        Query word = phrase(Analyzers.WORD, analyzers.wordQuery, v);
        if (word == null) {
            return recall;
        }
        return new BooleanQuery.Builder()
                .add(recall, BooleanClause.Occur.MUST)
                .add(new BoostQuery(word, WORD_BOOST), BooleanClause.Occur.SHOULD)
                .build();
    }

    /** The analysed text as a phrase (a term query for one token); null when nothing is left. */
    static @Nullable Query phrase(String field, Analyzer analyzer, String text) {
        List<String> terms = new ArrayList<>();
        List<Integer> positions = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
            ts.reset();
            int position = -1;
            while (ts.incrementToken()) {
                position += Math.max(1, inc.getPositionIncrement());
                terms.add(term.toString());
                positions.add(position);
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (terms.isEmpty()) {
            return null;
        }
        if (terms.size() == 1) {
            return new TermQuery(new Term(field, terms.get(0)));
        }
        PhraseQuery.Builder b = new PhraseQuery.Builder();
        for (int i = 0; i < terms.size(); i++) {
            b.add(new Term(field, terms.get(i)), positions.get(i));
        }
        return b.build();
    }

    static boolean isHan(String s) {
        return !s.isEmpty()
                && s.codePoints().allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }
}
