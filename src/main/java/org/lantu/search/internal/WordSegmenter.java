package org.lantu.search.internal;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.collection.trie.bintrie.BinTrie;
import com.hankcs.hanlp.dictionary.CoreDictionary;
import com.hankcs.hanlp.dictionary.CustomDictionary;
import com.hankcs.hanlp.dictionary.DynamicCustomDictionary;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * HanLP's standard (Viterbi) segmenter with a dictionary of the store's names added at run time: unit
 * names, responsible units, indicator names and synonyms come out as one word each (常住人口城镇化率,
 * 杭锦经济开发区, 旗发改委). The dictionary lives in this instance only, over HanLP's shared default one.
 */
public final class WordSegmenter {

    private final Segment segment;
    private final Set<String> terms;

    public WordSegmenter(Collection<String> terms) {
        DynamicCustomDictionary dictionary = new DynamicCustomDictionary(
                CustomDictionary.DEFAULT.dat, new BinTrie<>(), CustomDictionary.DEFAULT.path);
        for (String t : terms) {
            if (t.length() >= 2) {
                // add, not insert: insert would change HanLP's shared default dictionary for everyone
                dictionary.add(t, "nz 1024");
            }
        }
        this.terms = Set.copyOf(terms);
        this.segment = HanLP.newSegment("viterbi")
                .enableCustomDictionary(dictionary)
                .enableOffset(true)
                // person-name recognition costs a quarter of the segmenting time and cuts names out of
                // ordinary words; plans name units, which the dictionary holds
                .enableNameRecognize(false)
                .enablePartOfSpeechTagging(false);
    }

    /** Whether the word is one of the store's names (a unit, a responsible unit, an indicator). */
    public boolean isTerm(String word) {
        return terms.contains(word);
    }

    /** A word of the text and where it is; {@code increment} 0 for a part of the word before it. */
    public record Token(String text, int start, int end, int increment) {}

    /**
     * The words of a text, lower-cased, punctuation and spaces left out. With {@code parts}, a word of
     * three or more characters is followed by the dictionary words inside it at the same position (常住人口
     * 城镇化率 → 城镇化率, 人口 …), so that a long dictionary word does not hide its parts from the index.
     */
    public List<Token> tokens(String text, boolean parts) {
        List<Term> terms;
        synchronized (segment) {
            terms = segment.seg(text);
        }
        List<Token> out = new ArrayList<>(terms.size() * (parts ? 2 : 1));
        for (Term t : terms) {
            String w = t.word.toLowerCase(Locale.ROOT);
            if (!hasLetterOrDigit(w)) {
                continue;
            }
            out.add(new Token(w, t.offset, t.offset + w.length(), 1));
            if (parts && w.length() >= 3) {
                // offsets may not go backwards: parts by where they start, then the longer first
                for (int i = 0; i < w.length() - 1; i++) {
                    for (int len = w.length() - i - (i == 0 ? 1 : 0); len >= 2; len--) {
                        String sub = w.substring(i, i + len);
                        if (this.terms.contains(sub) || CoreDictionary.contains(sub)) {
                            out.add(new Token(sub, t.offset + i, t.offset + i + len, 0));
                        }
                    }
                }
            }
        }
        return out;
    }

    private static boolean hasLetterOrDigit(String w) {
        for (int i = 0; i < w.length(); i++) {
            if (Character.isLetterOrDigit(w.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
