package org.lantu.align.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.lantu.align.ArticleCoverage;
import org.lantu.align.CoverageVerdict;
import org.lantu.align.SectionMatch;
import org.lantu.align.SectionRef;
import org.lantu.plan.ExtractedPlan;
import org.lantu.plan.PlanParagraph;
import org.lantu.plan.Section;

/**
 * Coverage of the parent's articles by the child's sections (see {@code docs/methodology.md}, "Alignment
 * coverage").
 *
 * <ul>
 *   <li>Articles: the parent's sections that carry body text of their own (for 003, its 37 （一）…（三十七）).
 *   <li>Units: the child's sections one level below the top (000's （一）完善市政交通设施 …), each with the
 *       text of all its descendants; a top-level section without children is a unit itself.
 *   <li>Each article is a BM25 query against the units; heading words count {@link #TITLE_WEIGHT} times;
 *       the score is divided by the article's score against a copy of itself, so 1 means "the article's
 *       own wording" and 0 "nothing in common".
 * </ul>
 */
public final class CoverageAligner {

    /** How many times a word of a heading title counts against a word of body text. */
    public static final double TITLE_WEIGHT = 3;
    /** Best score at or above which an article is covered. */
    public static final double COVERED = 0.30;
    /**
     * Best score at or above which an article is partly covered. The best section is listed as a match
     * from this score on; further sections only from {@link #COVERED} on (each would cover the article on
     * its own), so that long sections echoing every topic a little are not taken as answering it.
     */
    public static final double PARTLY = 0.15;
    /** Matches listed per article. */
    public static final int MAX_MATCHES = 3;
    /** A word pair seen this often in both plans together (and at least once in each) becomes a term. */
    static final int FREQUENT_PAIR = 3;

    /** The units responsible that close a task paragraph: （旗住建局、交通局、能源局）. */
    private static final Pattern UNITS = Pattern.compile("[（(][^（）()]*(局|委|中心|公司|镇|队|办|院|会|社)[^（）()]*[）)]\\s*$");

    public record Result(List<ArticleCoverage> coverage, List<SectionRef> childOnly) {}

    private record Item(Section section, String title, List<String> bodies) {}

    public Result align(ExtractedPlan child, ExtractedPlan parent) {
        List<Item> articles = articles(parent);
        List<Item> units = units(child);
        Segmenter seg = new Segmenter(DomainDictionary.build(child.sections(), parent.sections()));

        List<Segmented> segArticles =
                articles.stream().map(a -> segment(seg, a)).toList();
        List<Segmented> segUnits = units.stream().map(u -> segment(seg, u)).toList();
        Set<String> pairs = frequentPairs(segUnits, segArticles);

        List<Bm25.Bag> unitBags = segUnits.stream().map(s -> s.bag(seg, pairs)).toList();
        Bm25 bm25 = new Bm25(unitBags);

        List<ArticleCoverage> coverage = new ArrayList<>();
        Set<String> matched = new HashSet<>();
        for (int i = 0; i < articles.size(); i++) {
            Bm25.Bag query = segArticles.get(i).bag(seg, pairs);
            double self = bm25.selfScore(query);
            List<SectionMatch> ranked = new ArrayList<>();
            for (int j = 0; j < units.size(); j++) {
                double s = self <= 0 ? 0 : Math.min(1, bm25.score(query, unitBags.get(j)) / self);
                ranked.add(new SectionMatch(ref(units.get(j).section()), round(s)));
            }
            ranked.sort(Comparator.comparingDouble(SectionMatch::score).reversed());
            double best = ranked.isEmpty() ? 0 : ranked.get(0).score();
            CoverageVerdict verdict = best >= COVERED
                    ? CoverageVerdict.COVERED
                    : best >= PARTLY ? CoverageVerdict.PARTLY : CoverageVerdict.NOT_COVERED;
            List<SectionMatch> matches = new ArrayList<>();
            for (int k = 0; k < ranked.size() && matches.size() < MAX_MATCHES; k++) {
                SectionMatch m = ranked.get(k);
                if (k == 0 ? m.score() >= PARTLY : m.score() >= COVERED) {
                    matches.add(m);
                    matched.add(m.section().id());
                }
            }
            if (matches.isEmpty() && !ranked.isEmpty()) {
                matches.add(ranked.get(0)); // the nearest miss, as evidence; it answers nothing
            }
            coverage.add(new ArticleCoverage(ref(articles.get(i).section()), List.copyOf(matches), verdict));
        }
        List<SectionRef> childOnly = units.stream()
                .map(u -> ref(u.section()))
                .filter(r -> !matched.contains(r.id()))
                .toList();
        return new Result(List.copyOf(coverage), childOnly);
    }

    /** Sections with body text of their own, in document order. */
    static List<Item> articles(ExtractedPlan plan) {
        Map<String, List<String>> own = ownBodies(plan);
        List<Item> out = new ArrayList<>();
        walk(plan.sections(), s -> {
            List<String> bodies = own.getOrDefault(s.id(), List.of());
            if (!bodies.isEmpty()) {
                out.add(new Item(s, s.title(), bodies));
            }
        });
        return out;
    }

    /** The sections one level below the top, with their descendants' titles and text. */
    static List<Item> units(ExtractedPlan plan) {
        Map<String, List<String>> own = ownBodies(plan);
        List<Item> out = new ArrayList<>();
        for (Section top : plan.sections()) {
            if (top.children().isEmpty()) {
                out.add(new Item(top, top.title(), own.getOrDefault(top.id(), List.of())));
                continue;
            }
            for (Section s : top.children()) {
                List<String> bodies = new ArrayList<>();
                walk(List.of(s), d -> {
                    if (d != s) {
                        bodies.add(d.title());
                    }
                    bodies.addAll(own.getOrDefault(d.id(), List.of()));
                });
                out.add(new Item(s, s.title(), bodies));
            }
        }
        return out;
    }

    private static Map<String, List<String>> ownBodies(ExtractedPlan plan) {
        Map<String, List<String>> own = new HashMap<>();
        for (PlanParagraph p : plan.paragraphs()) {
            if (p.heading() || p.sectionId() == null) {
                continue;
            }
            String text = UNITS.matcher(p.text()).replaceFirst("");
            own.computeIfAbsent(p.sectionId(), k -> new ArrayList<>()).add(text);
        }
        return own;
    }

    private static void walk(List<Section> sections, java.util.function.Consumer<Section> visit) {
        for (Section s : sections) {
            visit.accept(s);
            walk(s.children(), visit);
        }
    }

    private static SectionRef ref(Section s) {
        return new SectionRef(s.id(), s.marker(), s.title());
    }

    private static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }

    private static Segmented segment(Segmenter seg, Item item) {
        List<List<Segmenter.Word>> bodies = new ArrayList<>();
        for (String b : item.bodies()) {
            bodies.add(seg.words(b));
        }
        return new Segmented(seg.words(item.title()), bodies);
    }

    /**
     * Adjacent content-word pairs frequent in both plans (生活 垃圾 → 生活垃圾): the frequent terms of the
     * domain dictionary. They are applied to the segmented text rather than by segmenting again with
     * them in the dictionary: the same words, one segmentation pass.
     */
    static Set<String> frequentPairs(List<Segmented> child, List<Segmented> parent) {
        Map<String, Integer> inChild = countPairs(child);
        Map<String, Integer> inParent = countPairs(parent);
        Set<String> out = new LinkedHashSet<>();
        for (Map.Entry<String, Integer> e : inChild.entrySet()) {
            int p = inParent.getOrDefault(e.getKey(), 0);
            if (p > 0 && e.getValue() + p >= FREQUENT_PAIR) {
                out.add(e.getKey());
            }
        }
        return out;
    }

    private static Map<String, Integer> countPairs(List<Segmented> docs) {
        Map<String, Integer> counts = new HashMap<>();
        for (Segmented d : docs) {
            for (List<Segmenter.Word> words : d.all()) {
                for (int i = 0; i + 1 < words.size(); i++) {
                    Segmenter.Word a = words.get(i);
                    Segmenter.Word b = words.get(i + 1);
                    if (a.content() && b.content()) {
                        counts.merge(a.text() + b.text(), 1, Integer::sum);
                    }
                }
            }
        }
        return counts;
    }

    /** A title and body paragraphs as words. */
    record Segmented(List<Segmenter.Word> title, List<List<Segmenter.Word>> bodies) {

        List<List<Segmenter.Word>> all() {
            List<List<Segmenter.Word>> all = new ArrayList<>(bodies.size() + 1);
            all.add(title);
            all.addAll(bodies);
            return all;
        }

        Bm25.Bag bag(Segmenter seg, Set<String> pairs) {
            Map<String, Double> tf = new LinkedHashMap<>();
            add(seg, title, TITLE_WEIGHT, pairs, tf);
            for (List<Segmenter.Word> b : bodies) {
                add(seg, b, 1, pairs, tf);
            }
            return Bm25.Bag.of(tf);
        }

        private static void add(
                Segmenter seg, List<Segmenter.Word> words, double weight, Set<String> pairs, Map<String, Double> tf) {
            for (int i = 0; i < words.size(); i++) {
                Segmenter.Word w = words.get(i);
                if (!w.content()) {
                    continue;
                }
                tf.merge(w.text(), weight, Double::sum);
                for (String part : seg.parts(w.text())) {
                    tf.merge(part, weight, Double::sum);
                }
                if (i + 1 < words.size() && words.get(i + 1).content()) {
                    String pair = w.text() + words.get(i + 1).text();
                    if (pairs.contains(pair)) {
                        tf.merge(pair, weight, Double::sum);
                    }
                }
            }
        }
    }
}
