package org.lantu.search.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The passage of a hit that shows why it matched: about {@value #WIDTH} characters around the first match,
 * HTML-escaped, every occurrence of a searched string in {@code <mark>}. Documents are indexed
 * normalised, and the query normalised the same way, so a match is a plain occurrence in the text.
 */
final class Snippets {

    static final int WIDTH = 120;
    private static final int BEFORE = 30;

    private Snippets() {}

    private record Span(int start, int end) {}

    static String of(String text, List<List<String>> words) {
        String lower = text.toLowerCase(Locale.ROOT);
        if (lower.length() != text.length()) {
            lower = text;
        }
        List<String> needles = new ArrayList<>();
        for (List<String> w : words) {
            needles.addAll(w);
        }
        needles.sort(Comparator.comparingInt(String::length).reversed());
        List<Span> spans = new ArrayList<>();
        for (String n : needles) {
            if (n.isEmpty()) {
                continue;
            }
            for (int i = lower.indexOf(n); i >= 0; i = lower.indexOf(n, i + 1)) {
                Span s = new Span(i, i + n.length());
                if (spans.stream().noneMatch(o -> o.start() < s.end() && s.start() < o.end())) {
                    spans.add(s);
                }
            }
        }
        spans.sort(Comparator.comparingInt(Span::start));
        int from = spans.isEmpty() ? 0 : Math.max(0, spans.get(0).start() - BEFORE);
        int to = Math.min(text.length(), from + WIDTH);
        if (to - from < WIDTH) {
            from = Math.max(0, to - WIDTH);
        }
        StringBuilder out = new StringBuilder();
        if (from > 0) {
            out.append('…');
        }
        int at = from;
        for (Span s : spans) {
            if (s.start() < from || s.end() > to) {
                continue;
            }
            escape(text, at, s.start(), out);
            out.append("<mark>");
            escape(text, s.start(), s.end(), out);
            out.append("</mark>");
            at = s.end();
        }
        escape(text, at, to, out);
        if (to < text.length()) {
            out.append('…');
        }
        return out.toString();
    }

    private static void escape(String text, int from, int to, StringBuilder out) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
    }
}
