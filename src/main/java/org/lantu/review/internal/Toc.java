package org.lantu.review.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.lantu.plan.Section;
import org.lantu.plan.TocEntry;
import org.lantu.review.Evidence;
import org.lantu.review.Finding;
import org.lantu.review.FindingKind;
import org.lantu.review.Severity;

/**
 * {@code toc_mismatch}: the printed table of contents (目录) against the body's headings. Only headings of the
 * kinds of marker the contents lists are compared (a contents of 章 and 节 says nothing of 一、). Titles are
 * compared normalised (width, spaces, punctuation, leader dots dropped). An entry and a
 * heading with the same marker at the same place (第三章 第三节) but different titles are one finding; what is
 * left is an entry with no heading in the body, or a heading missing from the contents. All are warnings.
 */
final class Toc {

    private static final Pattern PUNCT = Pattern.compile("[\\s\\p{Punct}，、；：。！？（）《》“”‘’…·—]+");

    private record Item(String type, String marker, String title, String path, int line, String quote) {}

    private Toc() {}

    static List<Finding> check(Doc doc) {
        if (doc.plan.toc().isEmpty()) {
            return List.of();
        }
        List<Item> toc = new ArrayList<>();
        Set<String> types = new HashSet<>();
        for (TocEntry e : doc.plan.toc()) {
            String type = type(e.marker());
            types.add(type);
            toc.add(new Item(
                    type,
                    compactMarker(e.marker()),
                    title(e.title()),
                    "",
                    e.line(),
                    e.marker() + " " + e.title() + (e.page() != null ? " " + e.page() : "")));
        }
        List<Item> body = new ArrayList<>();
        for (Section s : doc.headings) {
            String type = type(s.marker());
            if (types.contains(type)) {
                body.add(new Item(type, compactMarker(s.marker()), title(s.title()), "", s.line(), Doc.label(s)));
            }
        }
        toc = withPaths(toc);
        body = withPaths(body);
        boolean[] tocUsed = new boolean[toc.size()];
        boolean[] bodyUsed = new boolean[body.size()];
        for (int i = 0; i < toc.size(); i++) {
            for (int j = 0; j < body.size(); j++) {
                if (!bodyUsed[j]
                        && toc.get(i).type().equals(body.get(j).type())
                        && toc.get(i).title().equals(body.get(j).title())) {
                    tocUsed[i] = true;
                    bodyUsed[j] = true;
                    break;
                }
            }
        }
        List<Finding> out = new ArrayList<>();
        for (int i = 0; i < toc.size(); i++) {
            if (tocUsed[i]) {
                continue;
            }
            Item t = toc.get(i);
            Item pair = null;
            for (int j = 0; j < body.size(); j++) {
                Item b = body.get(j);
                if (!bodyUsed[j]
                        && b.type().equals(t.type())
                        && b.marker().equals(t.marker())
                        && b.path().equals(t.path())) {
                    pair = b;
                    bodyUsed[j] = true;
                    break;
                }
            }
            tocUsed[i] = true;
            Evidence te = doc.evidence(t.quote(), t.line());
            if (pair != null) {
                out.add(new Finding(
                        FindingKind.TOC_MISMATCH,
                        Severity.WARNING,
                        "目录“" + t.quote() + "”与正文标题“" + pair.quote() + "”不一致。",
                        "The contents list \"" + t.quote() + "\" but the body's heading reads \"" + pair.quote()
                                + "\".",
                        List.of(te, doc.evidence(pair.quote(), pair.line()))));
            } else {
                out.add(new Finding(
                        FindingKind.TOC_MISMATCH,
                        Severity.WARNING,
                        "目录中的“" + t.quote() + "”在正文中没有对应标题。",
                        "The contents list \"" + t.quote() + "\", which has no heading in the body.",
                        List.of(te)));
            }
        }
        for (int j = 0; j < body.size(); j++) {
            if (!bodyUsed[j]) {
                Item b = body.get(j);
                out.add(new Finding(
                        FindingKind.TOC_MISMATCH,
                        Severity.WARNING,
                        "正文标题“" + b.quote() + "”未列入目录。",
                        "The body's heading \"" + b.quote() + "\" is missing from the contents.",
                        List.of(doc.evidence(b.quote(), b.line()))));
            }
        }
        return out;
    }

    /** Each item with the markers of the items of outer kinds above it (第三章 for its 第一节). */
    private static List<Item> withPaths(List<Item> items) {
        List<Item> out = new ArrayList<>();
        List<Item> stack = new ArrayList<>();
        for (Item it : items) {
            int rank = rank(it.type());
            while (!stack.isEmpty() && rank(stack.get(stack.size() - 1).type()) >= rank) {
                stack.remove(stack.size() - 1);
            }
            StringBuilder path = new StringBuilder();
            for (Item s : stack) {
                path.append(s.marker()).append('/');
            }
            Item withPath = new Item(it.type(), it.marker(), it.title(), path.toString(), it.line(), it.quote());
            out.add(withPath);
            stack.add(withPath);
        }
        return out;
    }

    private static int rank(String type) {
        return switch (type) {
            case "篇" -> 0;
            case "章" -> 1;
            case "节" -> 2;
            case "一、" -> 3;
            case "（一）" -> 4;
            case "1." -> 5;
            case "（1）" -> 6;
            default -> 7;
        };
    }

    static String type(String marker) {
        String m = Texts.normalize(marker).replace('(', '（').replace(')', '）');
        if (m.startsWith("第") && m.endsWith("篇")) {
            return "篇";
        }
        if (m.startsWith("第") && m.endsWith("章")) {
            return "章";
        }
        if (m.startsWith("第") && m.endsWith("节")) {
            return "节";
        }
        if (m.matches("（[一二三四五六七八九十百]+）")) {
            return "（一）";
        }
        if (m.matches("（\\d+）")) {
            return "（1）";
        }
        if (m.matches("[一二三四五六七八九十百]+[、.．]")) {
            return "一、";
        }
        if (m.matches("\\d+[、.．]?")) {
            return "1.";
        }
        return m.isEmpty() ? "" : "?";
    }

    private static String compactMarker(String marker) {
        return Texts.normalize(marker).replace('(', '（').replace(')', '）');
    }

    static String title(String title) {
        String t = Texts.normalize(title);
        return PUNCT.matcher(t).replaceAll("");
    }
}
