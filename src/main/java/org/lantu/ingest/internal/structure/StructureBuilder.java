package org.lantu.ingest.internal.structure;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.lantu.ingest.internal.doc.Block;
import org.lantu.ingest.internal.doc.NormalizedDocument;
import org.lantu.ingest.internal.doc.Paragraph;
import org.lantu.ingest.internal.text.Markers;
import org.lantu.plan.PlanMetadata;
import org.lantu.plan.TocEntry;

/**
 * Finds the table of contents, the headings of the body and their nesting. Levels are inferred per
 * document: a marker kind seen for the first time nests under the current heading, a kind already open
 * closes everything below it, and 第X篇/章/节 always rank above the enumerations (一、/（一）/1.).
 */
public final class StructureBuilder {

    private static final Pattern TOC_TITLE = Pattern.compile("^目\\s*录$");
    private static final Pattern TRAILING_PAGE = Pattern.compile("[\\s\\t.…·]*(\\d{1,3})$");
    private static final Pattern YEAR_IN_TITLE = Pattern.compile("(?:到|至)?((?:19|20)\\d{2})年");
    private static final Pattern OPENING_YEAR = Pattern.compile("^(?:到|至)((?:19|20)\\d{2})年");

    /** A heading found in a paragraph: marker, title and whether the paragraph carries body text too. */
    record Heading(Markers.Kind kind, String key, String marker, String title, boolean pure) {}

    public StructuredDocument build(NormalizedDocument doc) {
        List<Block> blocks = doc.blocks();
        int n = blocks.size();
        boolean[] front = new boolean[n];
        boolean[] pure = new boolean[n];
        SectionNode[] sectionOf = new SectionNode[n];

        List<TocEntry> toc = new ArrayList<>();
        int bodyStart = findToc(blocks, toc, front);
        markTitlePage(blocks, bodyStart, front);

        PlanMetadata metadata = new MetadataExtractor().extract(doc, front);
        Integer planEnd = metadata.period() != null ? metadata.period().to() : null;

        List<SectionNode> roots = new ArrayList<>();
        List<String> stackKeys = new ArrayList<>();
        List<SectionNode> stack = new ArrayList<>();
        SectionNode current = null;
        for (int i = 0; i < n; i++) {
            if (front[i]) {
                continue;
            }
            Heading h = blocks.get(i) instanceof Paragraph p ? heading(p) : null;
            if (h == null) {
                sectionOf[i] = current;
                continue;
            }
            int pos = stackKeys.indexOf(h.key());
            if (pos >= 0) {
                truncate(stackKeys, stack, pos);
            } else if (isNumberedDivision(h.kind())) {
                // 第X章 closes any enumeration and any deeper 第X division left open
                int keep = 0;
                while (keep < stack.size()
                        && isNumberedDivision(stack.get(keep).kind())
                        && stack.get(keep).kind().ordinal() < h.kind().ordinal()) {
                    keep++;
                }
                truncate(stackKeys, stack, keep);
            }
            SectionNode parent = stack.isEmpty() ? null : stack.get(stack.size() - 1);
            List<SectionNode> siblings = parent == null ? roots : parent.children();
            String id = (parent == null ? "" : parent.id() + ".") + (siblings.size() + 1);
            Paragraph p = (Paragraph) blocks.get(i);
            Integer year = yearOf(h.title(), blocks, i, h.pure());
            if (year == null && parent != null) {
                year = parent.targetYear();
            }
            if (year == null && planEnd != null && h.title().contains("目标")) {
                year = planEnd;
            }
            SectionNode node =
                    SectionNode.of(id, h.kind(), h.marker(), h.title(), stack.size() + 1, i, p.line(), parent, year);
            siblings.add(node);
            stack.add(node);
            stackKeys.add(h.key());
            current = node;
            sectionOf[i] = node;
            pure[i] = h.pure();
        }
        return new StructuredDocument(doc, metadata, List.copyOf(toc), roots, sectionOf, pure, front);
    }

    private static boolean isNumberedDivision(Markers.Kind kind) {
        return kind == Markers.Kind.PART || kind == Markers.Kind.CHAPTER || kind == Markers.Kind.SECTION;
    }

    private static void truncate(List<String> keys, List<SectionNode> stack, int size) {
        while (stack.size() > size) {
            stack.remove(stack.size() - 1);
            keys.remove(keys.size() - 1);
        }
    }

    /** The heading a paragraph opens with, if it is one. */
    static @Nullable Heading heading(Paragraph p) {
        String text = p.text().replace('\t', ' ').strip();
        Markers.Marker m = Markers.find(text);
        if (m == null) {
            if (p.headingLevel() != null && text.length() <= 60 && !text.isEmpty()) {
                return new Heading(Markers.Kind.PART, "H" + p.headingLevel(), "", text, true);
            }
            return null;
        }
        String rest = text.substring(m.end()).strip();
        if (rest.isEmpty()) {
            return null;
        }
        int limit = m.kind() == Markers.Kind.NUM_ENUM || m.kind() == Markers.Kind.NUM_PAREN ? 40 : 60;
        if (!hasSentenceEnd(rest) && rest.length() <= limit) {
            return new Heading(m.kind(), m.kind().name(), m.text(), stripEnd(rest), true);
        }
        int stop = firstStop(rest);
        if (stop >= 2 && stop <= 30) {
            return new Heading(m.kind(), m.kind().name(), m.text(), rest.substring(0, stop), false);
        }
        return null;
    }

    private static String stripEnd(String title) {
        String t = title.strip();
        while (!t.isEmpty() && "。：:".indexOf(t.charAt(t.length() - 1)) >= 0) {
            t = t.substring(0, t.length() - 1);
        }
        return t;
    }

    private static boolean hasSentenceEnd(String s) {
        for (int i = 0; i < s.length(); i++) {
            if ("。；！？;!?".indexOf(s.charAt(i)) >= 0) {
                return i < s.length() - 1;
            }
        }
        return false;
    }

    private static int firstStop(String s) {
        for (int i = 0; i < s.length(); i++) {
            if ("。；！？".indexOf(s.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }

    private static @Nullable Integer yearOf(String title, List<Block> blocks, int index, boolean pure) {
        Matcher m = YEAR_IN_TITLE.matcher(title);
        if (m.find()) {
            return Integer.parseInt(m.group(1));
        }
        if (title.contains("十四五")) {
            return 2025;
        }
        if (title.contains("十五五")) {
            return 2030;
        }
        if (title.contains("十三五")) {
            return 2020;
        }
        String body = null;
        if (!pure && blocks.get(index) instanceof Paragraph p) {
            int stop = firstStop(p.text());
            body = stop >= 0 ? p.text().substring(stop + 1) : null;
        } else if (index + 1 < blocks.size() && blocks.get(index + 1) instanceof Paragraph next) {
            body = next.text();
        }
        if (body != null && title.contains("目标")) {
            Matcher o = OPENING_YEAR.matcher(body);
            if (o.find()) {
                return Integer.parseInt(o.group(1));
            }
        }
        return null;
    }

    /**
     * A table of contents: a 目录 line, then entries (marker, title, page number) until the body repeats
     * the first entry or prose starts.
     *
     * @return the index of the first body block
     */
    private static int findToc(List<Block> blocks, List<TocEntry> toc, boolean[] front) {
        int limit = Math.min(blocks.size(), Math.max(40, blocks.size() / 3));
        for (int i = 0; i < limit; i++) {
            if (!(blocks.get(i) instanceof Paragraph p)
                    || !TOC_TITLE.matcher(p.text().replace("\t", "")).matches()) {
                continue;
            }
            String first = null;
            int j = i + 1;
            for (; j < blocks.size(); j++) {
                if (!(blocks.get(j) instanceof Paragraph e)) {
                    break;
                }
                String text = e.text().replace('\t', ' ').strip();
                Markers.Marker m = Markers.find(text);
                if (m == null || text.length() > 90 || hasSentenceEnd(text)) {
                    break;
                }
                String rest = text.substring(m.end()).strip();
                Integer page = null;
                Matcher pm = TRAILING_PAGE.matcher(rest);
                if (pm.find() && pm.start() > 0) {
                    page = Integer.parseInt(pm.group(1));
                    rest = rest.substring(0, pm.start()).strip();
                }
                String entry = m.text() + rest;
                if (first == null) {
                    first = entry;
                } else if (entry.equals(first)) {
                    break;
                }
                toc.add(new TocEntry(m.text(), rest, tocLevel(m.kind()), page, e.line()));
            }
            if (!toc.isEmpty()) {
                for (int k = 0; k < j; k++) {
                    front[k] = true;
                }
                return j;
            }
        }
        return 0;
    }

    private static int tocLevel(Markers.Kind kind) {
        return switch (kind) {
            case PART -> 1;
            case CHAPTER -> 2;
            case SECTION -> 3;
            default -> 4;
        };
    }

    /** Title page: the short lines before the body's first heading or prose paragraph. */
    private static void markTitlePage(List<Block> blocks, int bodyStart, boolean[] front) {
        for (int i = bodyStart; i < blocks.size(); i++) {
            if (!(blocks.get(i) instanceof Paragraph p)) {
                return;
            }
            String t = p.text();
            boolean prose = t.endsWith("。")
                    || t.endsWith("：")
                    || t.endsWith(":")
                    || t.length() > 30 && (t.indexOf('，') >= 0 || t.indexOf(',') >= 0);
            if (t.length() > 60 || Markers.startsWithMarker(t) || hasSentenceEnd(t) || prose) {
                return;
            }
            front[i] = true;
        }
    }
}
