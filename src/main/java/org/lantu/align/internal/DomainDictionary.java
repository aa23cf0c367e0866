package org.lantu.align.internal;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.lantu.plan.Section;

/**
 * The domain dictionary for one alignment: the curated terms of {@code domain-terms.txt} plus the noun
 * phrases of both plans' heading titles (完善市政交通设施 → 市政交通设施). Heading titles name the topics
 * the plans are organised by, so their phrases are the words that should come out whole.
 */
final class DomainDictionary {

    static final List<String> CURATED = Resources.lines("domain-terms.txt");

    /** Verbs and modifiers that open a heading (完善, 推进, 加快发展 …), from {@code heading-verbs.txt}. */
    private static final List<String> HEADING_VERBS = Resources.lines("heading-verbs.txt").stream()
            .sorted((a, b) -> b.length() - a.length())
            .toList();

    /** Where a title splits into phrases: punctuation and the particles that join two phrases. */
    private static final Pattern SPLIT = Pattern.compile("[，,、。；：:（）()“”\"《》\\s]|的|向|同|与|和|及|为");

    static final int MIN_TERM = 3;
    static final int MAX_TERM = 8;

    private DomainDictionary() {}

    static Set<String> build(List<Section> childSections, List<Section> parentSections) {
        Set<String> terms = new LinkedHashSet<>(CURATED);
        addTitles(childSections, terms);
        addTitles(parentSections, terms);
        return terms;
    }

    private static void addTitles(List<Section> sections, Set<String> terms) {
        for (Section s : sections) {
            terms.addAll(titlePhrases(s.title()));
            addTitles(s.children(), terms);
        }
    }

    /** The noun phrases of a heading title, opening verbs removed: 有序推进老化管网改造 → 老化管网改造. */
    static List<String> titlePhrases(String title) {
        return SPLIT.splitAsStream(title)
                .map(DomainDictionary::stripVerbs)
                .filter(p -> p.length() >= MIN_TERM && p.length() <= MAX_TERM)
                .filter(p -> p.chars().allMatch(Character::isIdeographic))
                .toList();
    }

    private static String stripVerbs(String phrase) {
        String p = phrase;
        boolean stripped = true;
        while (stripped) {
            stripped = false;
            for (String v : HEADING_VERBS) {
                if (p.startsWith(v) && p.length() > v.length()) {
                    p = p.substring(v.length());
                    stripped = true;
                    break;
                }
            }
        }
        return p;
    }
}
