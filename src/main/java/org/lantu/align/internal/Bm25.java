package org.lantu.align.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Okapi BM25 over a small collection of weighted bags of words (BM25F-style: a heading word counts
 * {@link CoverageAligner#TITLE_WEIGHT} times). Idf is the non-negative form {@code ln(1 + (N − df + 0.5) /
 * (df + 0.5))}; query words saturate with {@code k3}.
 */
public final class Bm25 {

    static final double K1 = 1.2;
    static final double B = 0.75;
    static final double K3 = 8;

    private final int n;
    private final double avgLength;
    private final Map<String, Integer> df = new HashMap<>();

    public Bm25(List<Bag> docs) {
        this.n = docs.size();
        double total = 0;
        for (Bag d : docs) {
            total += d.length();
            for (String t : d.tf().keySet()) {
                df.merge(t, 1, Integer::sum);
            }
        }
        this.avgLength = n == 0 ? 1 : Math.max(1, total / n);
    }

    public double idf(String term) {
        int f = df.getOrDefault(term, 0);
        return Math.log(1 + (n - f + 0.5) / (f + 0.5));
    }

    /** The BM25 score of a document for a query. */
    public double score(Bag query, Bag doc) {
        double s = 0;
        double norm = K1 * (1 - B + B * doc.length() / avgLength);
        for (Map.Entry<String, Double> q : query.tf().entrySet()) {
            Double tf = doc.tf().get(q.getKey());
            if (tf == null) {
                continue;
            }
            s += queryWeight(q.getValue()) * idf(q.getKey()) * tf * (K1 + 1) / (tf + norm);
        }
        return s;
    }

    /**
     * The score the query would get against a copy of itself placed in this collection: the most it can
     * score here, used to bring scores to 0..1.
     */
    public double selfScore(Bag query) {
        return score(query, query);
    }

    private static double queryWeight(double qtf) {
        return (K3 + 1) * qtf / (K3 + qtf);
    }

    /** Weighted term frequencies and their sum (the document length). */
    public record Bag(Map<String, Double> tf, double length) {

        public static Bag of(Map<String, Double> tf) {
            double len = 0;
            for (double v : tf.values()) {
                len += v;
            }
            return new Bag(Map.copyOf(tf), len);
        }
    }
}
