package org.lantu.search.internal;

import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.cjk.CJKAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardAnalyzer;

/**
 * The text fields' analysers: {@code cjk} CJK bigrams (no stop words), {@code uni} one token per CJK
 * character and per word or number otherwise (for queries bigrams cannot express: one character, digits
 * next to characters), {@code word} HanLP words with the store's dictionary.
 */
final class Analyzers {

    static final String CJK = "cjk";
    static final String UNI = "uni";
    static final String WORD = "word";

    private final AtomicReference<WordSegmenter> segmenter;
    final Analyzer cjk = new CJKAnalyzer(CharArraySet.EMPTY_SET);
    final Analyzer uni = new StandardAnalyzer(CharArraySet.EMPTY_SET);
    /** Words and their dictionary parts, for documents. */
    final Analyzer wordIndex;
    /** Words only, for queries: the query's own segmentation, matched against the words of documents. */
    final Analyzer wordQuery;

    final Analyzer perField;

    Analyzers(WordSegmenter initial) {
        this.segmenter = new AtomicReference<>(initial);
        this.wordIndex = words(true);
        this.wordQuery = words(false);
        this.perField = new PerFieldAnalyzerWrapper(cjk, Map.of(CJK, cjk, UNI, uni, WORD, wordIndex));
    }

    WordSegmenter segmenter() {
        return segmenter.get();
    }

    /** A new dictionary (new names in the store): later documents and queries use it. */
    void dictionary(WordSegmenter next) {
        segmenter.set(next);
    }

    private Analyzer words(boolean parts) {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                return new TokenStreamComponents(new WordTokenizer(segmenter::get, parts));
            }
        };
    }
}
