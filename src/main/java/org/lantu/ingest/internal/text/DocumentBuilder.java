package org.lantu.ingest.internal.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.lantu.ingest.internal.doc.Block;
import org.lantu.ingest.internal.doc.NormalizedDocument;
import org.lantu.ingest.internal.doc.Paragraph;
import org.lantu.ingest.internal.doc.RawBlock;
import org.lantu.ingest.internal.doc.RawDocument;
import org.lantu.ingest.internal.doc.SourceLine;
import org.lantu.ingest.internal.doc.SourceTable;
import org.lantu.ingest.internal.doc.Table;
import org.lantu.plan.DroppedText;

/**
 * Turns a {@link RawDocument} into paragraphs and tables. For line-based sources (TXT, PDF) it finds the
 * tables written as text (tab-separated rows, one cell per line, Markdown pipes) and joins the hard line
 * breaks that newspaper columns, PDF wrapping and page breaks put inside sentences.
 */
public final class DocumentBuilder {

    private static final Pattern PIPE_SEPARATOR = Pattern.compile("^[|\\-:+\\s]+$");
    private static final Pattern LIST_ITEM = Pattern.compile("^(-\\s|[·•●▪■◆]|——|—\\s|\\*\\s)");
    private static final Pattern PAGE_NUMBER = Pattern.compile("^(\\d{1,3}|[-—－]\\s*\\d{1,3}\\s*[-—－]|第\\d{1,3}页)$");

    private final Normalizer normalizer = new Normalizer();

    /** One source line with its normalised text. */
    private record Line(SourceLine source, String text, boolean blank, boolean indented, int converted) {}

    public NormalizedDocument build(RawDocument raw) {
        List<DroppedText> dropped = new ArrayList<>();
        List<Object> items = new ArrayList<>(); // Line or Table, in order
        int converted = 0;
        boolean header = true;
        for (RawBlock block : raw.blocks()) {
            if (block instanceof SourceTable table) {
                Table t = normalizeTable(table, raw.format());
                if (!t.rows().isEmpty()) {
                    items.add(t);
                }
                header = false;
                continue;
            }
            SourceLine src = withoutControls((SourceLine) block);
            Normalizer.Result r = normalizer.normalize(src.text().replace('\n', ' '));
            converted += r.convertedCharacters();
            String text = r.text();
            if (!text.isEmpty()) {
                String why = BoilerplateFilter.reason(text, header);
                if (why == null && PAGE_NUMBER.matcher(text).matches() && "pdf".equals(raw.format())) {
                    why = "page number";
                }
                if (why != null) {
                    dropped.add(new DroppedText(src.line(), src.text().strip(), why));
                    continue;
                }
                if (text.length() > 40 || Markers.startsWithMarker(text)) {
                    header = false;
                }
            }
            boolean indented = src.text().startsWith("  ")
                    || src.text().startsWith("\u3000")
                    || src.text().startsWith("\u00A0\u00A0");
            items.add(new Line(src, text, text.isEmpty(), indented, r.convertedCharacters()));
        }
        boolean lineBased = "txt".equals(raw.format()) || "pdf".equals(raw.format());
        List<Block> blocks = new ArrayList<>();
        if (lineBased) {
            List<Object> withTables = detectTextTables(items);
            boolean columnMode = isColumnMode(withTables) || "pdf".equals(raw.format());
            int columnWidth = columnWidth(withTables);
            assemble(withTables, blocks, columnMode, columnWidth);
            return finish(raw, blocks, dropped, columnMode, converted);
        }
        for (Object item : items) {
            if (item instanceof Table t) {
                blocks.add(withTitle(t, blocks));
            } else {
                Line l = (Line) item;
                if (!l.blank()) {
                    blocks.add(paragraph(List.of(l)));
                }
            }
        }
        return finish(raw, blocks, dropped, false, converted);
    }

    private static final java.util.regex.Pattern CONTROLS =
            java.util.regex.Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F]");

    /** Control characters (a stray NUL, form feeds from PDF) carry no text, and PostgreSQL's JSON refuses NUL. */
    private static SourceLine withoutControls(SourceLine line) {
        String text = line.text();
        if (!CONTROLS.matcher(text).find()) {
            return line;
        }
        return new SourceLine(
                line.line(),
                line.page(),
                line.pageLine(),
                CONTROLS.matcher(text).replaceAll(""),
                line.headingLevel());
    }

    private static String withoutControls(String text) {
        return CONTROLS.matcher(text).replaceAll("");
    }

    private static NormalizedDocument finish(
            RawDocument raw, List<Block> blocks, List<DroppedText> dropped, boolean columnMode, int converted) {
        int characters = 0;
        for (Block b : blocks) {
            if (b instanceof Paragraph p) {
                characters += p.text().length();
            } else if (b instanceof Table t) {
                for (Table.Row row : t.rows()) {
                    for (Table.Cell cell : row.cells()) {
                        characters += cell.text().length();
                    }
                }
            }
        }
        return new NormalizedDocument(
                raw, List.copyOf(blocks), List.copyOf(dropped), characters, columnMode, converted);
    }

    private Table normalizeTable(SourceTable table, String format) {
        List<Table.Row> rows = new ArrayList<>();
        for (List<SourceTable.SourceCell> row : table.rows()) {
            List<Table.Cell> cells = new ArrayList<>();
            for (SourceTable.SourceCell cell : row) {
                String original = withoutControls(cell.text());
                String text = normalizer.normalizeText(original.replace('\n', ' '));
                Table.Cell c = new Table.Cell(text, original, cell.line());
                for (int i = 0; i < Math.max(1, cell.colSpan()); i++) {
                    cells.add(i == 0 ? c : new Table.Cell("", "", cell.line()));
                }
            }
            if (cells.stream().anyMatch(c -> !c.text().isEmpty())) {
                rows.add(new Table.Row(
                        cells, row.isEmpty() ? table.line() : row.get(0).line()));
            }
        }
        return new Table(null, null, rows, table.line(), format);
    }

    /** A table's caption is the short line just above it (专栏 2：…主要指标), unless it has one already. */
    private static Table withTitle(Table t, List<Block> before) {
        if (t.title() != null || before.isEmpty()) {
            return t;
        }
        if (before.get(before.size() - 1) instanceof Paragraph p
                && p.text().length() <= 80
                && !Markers.endsSentence(p.text())
                && t.line() - p.endLine() <= 3) {
            return new Table(p.text(), p.line(), t.rows(), t.line(), t.layout());
        }
        return t;
    }

    // ---- tables written as text -------------------------------------------------------------------

    private static boolean isTabbed(Line l) {
        return l.source().text().indexOf('\t') >= 0;
    }

    private static boolean isPipe(Line l) {
        String t = l.text();
        return t.startsWith("|") || t.startsWith("- |") || t.startsWith("-|");
    }

    private static String[] tabCells(String raw) {
        String[] parts = raw.split("\t", -1);
        // a leading tab opens the row: "\t1" is the cell "1", not an empty cell and "1"
        if (parts.length > 1 && parts[0].isBlank() && raw.startsWith("\t") && countNonEmpty(parts) == 1) {
            return Arrays.copyOfRange(parts, 1, parts.length);
        }
        // a trailing run of empty cells carries nothing
        int end = parts.length;
        while (end > 1 && parts[end - 1].isBlank()) {
            end--;
        }
        return Arrays.copyOf(parts, end);
    }

    private static int countNonEmpty(String[] cells) {
        int n = 0;
        for (String c : cells) {
            if (!c.isBlank()) {
                n++;
            }
        }
        return n;
    }

    private List<Object> detectTextTables(List<Object> items) {
        List<Object> out = new ArrayList<>();
        int i = 0;
        while (i < items.size()) {
            Object item = items.get(i);
            if (item instanceof Line l && !l.blank() && (isTabbed(l) || isPipe(l))) {
                boolean pipe = isPipe(l);
                int j = i;
                List<Line> run = new ArrayList<>();
                while (j < items.size()
                        && items.get(j) instanceof Line m
                        && (m.blank() || (pipe ? isPipe(m) : isTabbed(m)))) {
                    run.add(m);
                    j++;
                }
                // trailing blanks belong to the text after the table
                while (!run.isEmpty() && run.get(run.size() - 1).blank()) {
                    run.remove(run.size() - 1);
                    j--;
                }
                Table table = pipe ? pipeTable(run) : tabTable(run);
                if (table != null) {
                    Table titled = titleFromPreviousLine(table, out);
                    out.add(titled);
                    i = j;
                    continue;
                }
            }
            out.add(item);
            i++;
        }
        return out;
    }

    private @Nullable Table tabTable(List<Line> run) {
        List<Line> lines = run.stream().filter(l -> !l.blank()).toList();
        if (lines.size() < 2) {
            return null;
        }
        // a table of contents with page numbers is not a table
        long tocLike = lines.stream()
                .filter(l -> {
                    String[] c = tabCells(l.source().text());
                    return Markers.startsWithMarker(normalizer.normalizeText(c[0]))
                            && normalizer.normalizeText(c[c.length - 1]).matches("\\d{1,3}");
                })
                .count();
        if (tocLike * 2 > lines.size()) {
            return null;
        }
        String title = null;
        Integer titleLine = null;
        int start = 0;
        String[] first = tabCells(lines.get(0).source().text());
        if (countNonEmpty(first) == 1
                && lines.size() > 2
                && tabCells(lines.get(1).source().text()).length > 2) {
            title = normalizer.normalizeText(first[0].isBlank() ? String.join("", first) : first[0]);
            titleLine = lines.get(0).source().line();
            start = 1;
        }
        boolean cellPerLine = lines.stream()
                        .skip(start)
                        .allMatch(l -> countNonEmpty(tabCells(l.source().text())) <= 1)
                && lines.stream().skip(start).allMatch(l -> l.source().text().startsWith("\t"));
        List<Table.Row> rows = new ArrayList<>();
        if (cellPerLine) {
            List<Table.Cell> cells = new ArrayList<>();
            int rowLine = -1;
            for (Line l : run) {
                if (l.blank()) {
                    if (!cells.isEmpty()) {
                        rows.add(new Table.Row(List.copyOf(cells), rowLine));
                        cells.clear();
                    }
                    continue;
                }
                if (titleLine != null && l.source().line() == titleLine) {
                    continue;
                }
                if (cells.isEmpty()) {
                    rowLine = l.source().line();
                }
                String cellRaw = l.source().text().strip();
                cells.add(new Table.Cell(
                        normalizer.normalizeText(cellRaw), cellRaw, l.source().line()));
            }
            if (!cells.isEmpty()) {
                rows.add(new Table.Row(List.copyOf(cells), rowLine));
            }
        } else {
            for (int k = start; k < lines.size(); k++) {
                Line l = lines.get(k);
                List<Table.Cell> cells = new ArrayList<>();
                for (String c : tabCells(l.source().text())) {
                    cells.add(new Table.Cell(
                            normalizer.normalizeText(c), c.strip(), l.source().line()));
                }
                rows.add(new Table.Row(cells, l.source().line()));
            }
        }
        if (rows.size() < 2) {
            return null;
        }
        return new Table(title, titleLine, rows, rows.get(0).line(), cellPerLine ? "cell-per-line" : "tabs");
    }

    private @Nullable Table pipeTable(List<Line> run) {
        List<Table.Row> rows = new ArrayList<>();
        for (Line l : run) {
            if (l.blank()) {
                continue;
            }
            String t = l.source().text().strip();
            if (t.startsWith("-")) {
                t = t.substring(1).strip();
            }
            if (PIPE_SEPARATOR.matcher(t).matches()) {
                continue;
            }
            String inner = t;
            if (inner.startsWith("|")) {
                inner = inner.substring(1);
            }
            if (inner.endsWith("|")) {
                inner = inner.substring(0, inner.length() - 1);
            }
            List<Table.Cell> cells = new ArrayList<>();
            for (String c : inner.split("\\|", -1)) {
                cells.add(new Table.Cell(
                        normalizer.normalizeText(c), c.strip(), l.source().line()));
            }
            if (cells.stream().anyMatch(c -> !c.text().isEmpty())) {
                rows.add(new Table.Row(cells, l.source().line()));
            }
        }
        if (rows.isEmpty()) {
            return null;
        }
        return new Table(null, null, rows, rows.get(0).line(), "pipe");
    }

    private static Table titleFromPreviousLine(Table table, List<Object> before) {
        if (table.title() != null) {
            return table;
        }
        for (int k = before.size() - 1; k >= 0; k--) {
            if (before.get(k) instanceof Line l) {
                if (l.blank()) {
                    continue;
                }
                if (l.text().length() <= 80
                        && !Markers.endsSentence(l.text())
                        && table.line() - l.source().line() <= 4) {
                    return new Table(l.text(), l.source().line(), table.rows(), table.line(), table.layout());
                }
            }
            break;
        }
        return table;
    }

    // ---- paragraphs --------------------------------------------------------------------------------

    private static List<Integer> proseLengths(List<Object> items) {
        List<Integer> lengths = new ArrayList<>();
        for (Object o : items) {
            if (o instanceof Line l && !l.blank() && !Markers.startsWithMarker(l.text())) {
                lengths.add(l.text().length());
            }
        }
        lengths.sort(Integer::compare);
        return lengths;
    }

    /** Newspaper columns: most lines short, most of them ending mid-sentence. */
    private static boolean isColumnMode(List<Object> items) {
        List<Integer> lengths = proseLengths(items);
        if (lengths.size() < 8) {
            return false;
        }
        int median = lengths.get(lengths.size() / 2);
        long open = items.stream()
                .filter(o -> o instanceof Line l && !l.blank() && !Markers.endsSentence(l.text()))
                .count();
        return median <= 26 && open * 2 > lengths.size();
    }

    private static int columnWidth(List<Object> items) {
        List<Integer> lengths = proseLengths(items);
        return lengths.isEmpty() ? 0 : lengths.get((int) (lengths.size() * 0.8));
    }

    private static boolean opensBlock(String text) {
        return Markers.startsWithMarker(text) || LIST_ITEM.matcher(text).find() || text.startsWith("专栏");
    }

    private static boolean hasInnerPunctuation(String text) {
        for (int i = 0; i < text.length() - 1; i++) {
            if ("，。；：、,;".indexOf(text.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    private void assemble(List<Object> items, List<Block> out, boolean columnMode, int columnWidth) {
        List<Line> current = new ArrayList<>();
        int i = 0;
        while (i < items.size()) {
            Object item = items.get(i);
            if (item instanceof Table t) {
                flush(current, out);
                out.add(t);
                i++;
                continue;
            }
            Line b = (Line) item;
            if (b.blank()) {
                i++;
                continue;
            }
            if (current.isEmpty()) {
                current.add(b);
                i++;
                continue;
            }
            String text = joined(current);
            Line a = current.get(current.size() - 1);
            boolean join;
            if (opensBlock(b.text()) || Markers.endsSentence(a.text())) {
                join = false;
            } else if (!columnMode && b.indented()) {
                join = false;
            } else if (Markers.startsWithMarker(text) && !containsSentenceEnd(text)) {
                // a heading: its title may run on in narrow columns
                if (columnMode) {
                    int consumed = titleContinuation(items, i, columnWidth, a);
                    if (consumed > 0) {
                        for (int k = 0; k < consumed; k++) {
                            Object o = items.get(i + k);
                            if (o instanceof Line l && !l.blank()) {
                                current.add(l);
                            }
                        }
                        i += consumed;
                        flush(current, out);
                        continue;
                    }
                    int stop = b.text().indexOf('。');
                    join = stop >= 0 && stop <= 12 && a.text().length() >= columnWidth * 0.6;
                } else {
                    join = false;
                }
            } else if (columnMode) {
                join = a.text().length() >= columnWidth * 0.6;
            } else {
                join = hasInnerPunctuation(a.text()) || text.length() >= 40;
            }
            if (join) {
                current.add(b);
            } else {
                flush(current, out);
                current.add(b);
            }
            i++;
        }
        flush(current, out);
    }

    private static boolean containsSentenceEnd(String text) {
        return text.indexOf('。') >= 0 || text.indexOf('；') >= 0;
    }

    /**
     * In narrow columns a heading's title can run onto the next lines (二、聚焦功能定位，引导 / 县城分类错位发展).
     * Those lines form a short block that the next heading follows; body text after a heading goes on
     * after the blank line instead.
     *
     * @return how many items (lines and blanks) from {@code i} continue the title, 0 if none
     */
    private static int titleContinuation(List<Object> items, int i, int columnWidth, Line heading) {
        int j = i;
        int chars = 0;
        while (j < items.size() && items.get(j) instanceof Line l && !l.blank()) {
            if (opensBlock(l.text()) || l.text().endsWith("。")) {
                return 0;
            }
            chars += l.text().length();
            j++;
        }
        if (j == i || chars > 30) {
            return 0;
        }
        int k = j;
        while (k < items.size() && items.get(k) instanceof Line l && l.blank()) {
            k++;
        }
        boolean headingFollows = k >= items.size()
                || items.get(k) instanceof Table
                || items.get(k) instanceof Line next && Markers.startsWithMarker(next.text());
        return headingFollows ? j - i : 0;
    }

    private static String joined(List<Line> lines) {
        StringBuilder sb = new StringBuilder();
        for (Line l : lines) {
            String t = l.text();
            if (sb.length() > 0 && !t.isEmpty() && isLatin(sb.charAt(sb.length() - 1)) && isLatin(t.charAt(0))) {
                sb.append(' ');
            }
            sb.append(t);
        }
        return sb.toString();
    }

    private static boolean isLatin(char c) {
        return c < 0x80 && Character.isLetter(c);
    }

    private void flush(List<Line> current, List<Block> out) {
        if (current.isEmpty()) {
            return;
        }
        out.add(paragraph(current));
        current.clear();
    }

    private Paragraph paragraph(List<Line> lines) {
        Line first = lines.get(0);
        Line last = lines.get(lines.size() - 1);
        List<String> notes = new ArrayList<>();
        if (lines.size() > 1) {
            notes.add("joined lines " + first.source().line() + "–"
                    + last.source().line());
        }
        StringBuilder original = new StringBuilder();
        for (Line l : lines) {
            if (original.length() > 0) {
                original.append('\n');
            }
            original.append(l.source().text().strip());
            if (l.converted() > 0) {
                notes.add("traditional characters converted to simplified");
            }
        }
        return new Paragraph(
                joined(lines),
                original.toString(),
                first.source().line(),
                last.source().line(),
                first.source().page(),
                first.source().pageLine(),
                first.source().headingLevel(),
                notes.stream().distinct().toList());
    }
}
