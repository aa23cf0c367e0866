package org.lantu.ingest;

import org.lantu.ingest.internal.text.Normalizer;

/**
 * The normalisation ingestion applies to document text, for other modules that must compare their own
 * strings with it (a search query against indexed text): full-width digits, letters and signs to
 * half-width, traditional characters to simplified, spaces next to CJK characters removed.
 */
public final class TextForms {

    private static final Normalizer NORMALIZER = new Normalizer();

    private TextForms() {}

    /** The text as ingestion would have normalised it (城鎮化率 → 城镇化率, ６５％ → 65%). */
    public static String normalize(String text) {
        return NORMALIZER.normalizeText(text);
    }
}
