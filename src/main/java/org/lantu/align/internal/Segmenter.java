package org.lantu.align.internal;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.collection.trie.bintrie.BinTrie;
import com.hankcs.hanlp.dictionary.CoreDictionary;
import com.hankcs.hanlp.dictionary.CustomDictionary;
import com.hankcs.hanlp.dictionary.DynamicCustomDictionary;
import com.hankcs.hanlp.dictionary.stopword.CoreStopWordDictionary;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Chinese words for ranking: HanLP's standard (Viterbi) segmenter with a domain dictionary added at run
 * time, stop words and function words removed.
 *
 * <p>The domain dictionary lives in this instance only (a {@link DynamicCustomDictionary} over HanLP's
 * shared default one), so concurrent alignments with different plans do not see each other's terms.
 * Like HanLP's index mode, a long word also yields the dictionary words inside it (老化管网 → 老化管网,
 * 老化, 管网), so that a domain term never hides its parts.
 */
public final class Segmenter {

    /** Planning boilerplate from {@code stopwords.txt}; HanLP's own stop-word list is applied as well. */
    static final Set<String> STOP_WORDS = Set.copyOf(Resources.lines("stopwords.txt"));

    /** Parts of speech that carry no topic: punctuation, numerals, measure words, pronouns, adverbs … */
    private static final String DROPPED_NATURES = "wmqpcuyeorfdz";

    private final Segment segment;
    private final Set<String> terms;

    public Segmenter(Collection<String> domainTerms) {
        DynamicCustomDictionary dictionary = new DynamicCustomDictionary(
                CustomDictionary.DEFAULT.dat, new BinTrie<>(), CustomDictionary.DEFAULT.path);
        for (String t : domainTerms) {
            // add, not insert: insert would overwrite the attribute of a word already in HanLP's shared
            // default dictionary, a change every other segmenter in the process would see
            dictionary.add(t, "nz 1024");
        }
        this.terms = new HashSet<>(domainTerms);
        this.segment =
                HanLP.newSegment("viterbi").enableCustomDictionary(dictionary).enablePartOfSpeechTagging(true);
    }

    /** The words of a text in order, each with whether it carries topic (a content word). */
    public List<Word> words(String text) {
        List<Term> terms = segment.seg(text);
        List<Word> out = new ArrayList<>(terms.size());
        for (Term t : terms) {
            out.add(new Word(t.word, isContent(t)));
        }
        return out;
    }

    /** The dictionary words inside a longer content word, for index-style matching. */
    public List<String> parts(String word) {
        List<String> parts = new ArrayList<>();
        int n = word.length();
        if (n < 3) {
            return parts;
        }
        for (int len = n - 1; len >= 2; len--) {
            for (int i = 0; i + len <= n; i++) {
                String sub = word.substring(i, i + len);
                if ((terms.contains(sub) || CoreDictionary.contains(sub)) && !STOP_WORDS.contains(sub)) {
                    parts.add(sub);
                }
            }
        }
        return parts;
    }

    private static boolean isContent(Term t) {
        String w = t.word;
        if (w.length() < 2 || STOP_WORDS.contains(w) || CoreStopWordDictionary.contains(w)) {
            return false;
        }
        String nature = t.nature != null ? t.nature.toString() : "";
        if (!nature.isEmpty() && DROPPED_NATURES.indexOf(nature.charAt(0)) >= 0 && !nature.startsWith("nz")) {
            return false;
        }
        boolean hanOrLetter = false;
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (Character.isLetter(c)) {
                hanOrLetter = true;
                break;
            }
        }
        return hanOrLetter;
    }

    /** A word of the text; {@code content} is false for stop words, numbers and punctuation. */
    public record Word(String text, boolean content) {}
}
