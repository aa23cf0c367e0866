package org.lantu.ingest.internal.read;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.Range;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jspecify.annotations.Nullable;
import org.lantu.ingest.IngestLimits;
import org.lantu.ingest.internal.doc.RawBlock;
import org.lantu.ingest.internal.doc.RawDocument;
import org.lantu.ingest.internal.doc.SourceLine;
import org.lantu.ingest.internal.doc.SourceTable;
import org.lantu.ingest.internal.doc.SourceTable.SourceCell;
import org.lantu.ingest.internal.read.DocumentReaders.Deadline;

/**
 * An HTML page (a plan published on a government web site) through jsoup.
 *
 * <p><b>Charset.</b> A byte-order mark wins; then a {@code <meta charset>} / {@code http-equiv} or XML
 * declaration in the first 4 KB, if the bytes really decode strictly in it (gb2312 and gbk are read as GBK,
 * then GB18030); otherwise the bytes are decoded like a text file ({@link TextReader#decode}).
 *
 * <p><b>What is dropped.</b> {@code script}, {@code style}, {@code noscript}, {@code template}, {@code nav},
 * {@code aside}, {@code form}, embedded objects and form controls, hidden elements ({@code hidden},
 * {@code aria-hidden}, inline {@code display:none}), elements with an ARIA role of navigation, search or menu,
 * and containers whose class or id names navigation, a menu, a breadcrumb or a sidebar (name parts starting or
 * ending with {@code nav}, containing {@code menu}, {@code breadcrumb}, {@code crumbs} or {@code sidebar}, and
 * the pinyin {@code dqwz} (当前位置), {@code daohang} (导航)). {@code header} and {@code footer} elements, ARIA
 * banner / contentinfo and containers named header / footer are dropped only when they are not inside the
 * article ({@code <main>}, {@code <article>}, {@code role=main}, or a container whose class or id has a part
 * {@code article}, {@code content}, {@code main}, {@code detail}, {@code zhengwen}, {@code zw}, …), since
 * there they hold the article's title or date. Never dropped: anything that is or contains {@code <main>},
 * {@code <article>} or {@code role=main}, and anything that holds more than half of a page's text (a form or a
 * badly named wrapper around the whole page, as ASP.NET sites have). A short block (under 200 characters)
 * whose text starts with 当前位置 / 您的位置 / 您现在的位置 is a breadcrumb and dropped too.
 *
 * <p><b>Lines.</b> One {@link SourceLine} per block-level element's own text ({@code p}, {@code div},
 * {@code li}, {@code h1}–{@code h6} with {@code headingLevel}, …): inline content is joined, and a child
 * block or a {@code <br>} ends the current line. {@code line} is the 1-based source line where the line's
 * first text stands (jsoup position tracking). Whitespace is collapsed to one space, and a line break
 * between two Chinese characters disappears (as in a browser), so Chinese text stays intact; ideographic
 * spaces (U+3000) are kept. {@code <pre>} keeps its lines.
 *
 * <p><b>Tables.</b> A data table becomes a {@link SourceTable}: rows of {@code td}/{@code th} cells with
 * their text (lines joined with {@code \n}), line and {@code colspan}; its caption becomes a line before it.
 * A layout table (one that contains another table, has {@code role=presentation}, or has at most one cell
 * per row) is read as ordinary blocks instead.
 *
 * <p><b>Time box.</b> The deadline ({@link IngestLimits#maxParseTime()}) is checked while walking the
 * elements; {@link DocumentReaders} in addition runs the whole read, parsing included, in a worker thread it
 * gives up on when the time is up.
 */
public final class HtmlReader implements DocumentReader {

    private static final Pattern META_CHARSET =
            Pattern.compile("<meta\\s[^>]*?charset\\s*=\\s*[\"']?\\s*([a-z0-9_.:\\-]+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern XML_ENCODING =
            Pattern.compile("^\\s*<\\?xml[^>]*?encoding\\s*=\\s*[\"']([a-z0-9_.:\\-]+)", Pattern.CASE_INSENSITIVE);

    private static final Set<String> DROPPED_TAGS = Set.of(
            "script",
            "style",
            "noscript",
            "template",
            "nav",
            "aside",
            "form",
            "iframe",
            "frame",
            "frameset",
            "object",
            "embed",
            "svg",
            "math",
            "canvas",
            "select",
            "button",
            "input",
            "textarea",
            "dialog",
            "menu",
            "search");
    private static final Set<String> DROPPED_ROLES =
            Set.of("navigation", "search", "menu", "menubar", "toolbar", "tablist");
    private static final Set<String> OUTER_ROLES = Set.of("banner", "contentinfo");
    private static final Set<String> BLOCK_TAGS = Set.of(
            "html",
            "body",
            "p",
            "div",
            "li",
            "ul",
            "ol",
            "dl",
            "dt",
            "dd",
            "h1",
            "h2",
            "h3",
            "h4",
            "h5",
            "h6",
            "section",
            "article",
            "main",
            "header",
            "footer",
            "blockquote",
            "pre",
            "address",
            "figure",
            "figcaption",
            "center",
            "hr",
            "fieldset",
            "legend",
            "details",
            "summary",
            "caption",
            "table",
            "tr",
            "td",
            "th",
            "thead",
            "tbody",
            "tfoot",
            "title",
            "hgroup");
    private static final Pattern NAME_PARTS = Pattern.compile("[\\s_\\-.:]+|(?<=[a-z])(?=[A-Z])");
    private static final Pattern BREADCRUMB_TEXT = Pattern.compile("^\\s*(当前位置|您的位置|您现在的位置|当前的位置|你的位置|所在位置)");
    /** Class or id parts of a container that holds the article itself. */
    private static final Set<String> CONTENT_NAMES =
            Set.of("article", "content", "main", "detail", "details", "zhengwen", "zw", "post", "entry");

    private static final int MAX_DEPTH = 300;

    @Override
    public RawDocument read(byte[] content, IngestLimits limits) throws UnreadableDocumentException {
        Deadline deadline = new Deadline(limits.maxParseTime());
        DocumentReaders.Sniffed sniffed = DocumentReaders.sniff(content);
        switch (sniffed) {
            case EMPTY -> throw new UnreadableDocumentException("the file is empty");
            case PDF, ZIP, OLE2, RTF, IMAGE ->
                throw new UnreadableDocumentException(
                        "the file is not an HTML page (it is " + sniffed.description + ")");
            default -> {}
        }
        TextReader.Decoded decoded = decode(content);
        deadline.check();
        String html = decoded.text();
        if (!html.isEmpty() && html.charAt(0) == '\uFEFF') {
            html = html.substring(1);
        }
        Document document;
        try {
            document = Jsoup.parse(html, "", Parser.htmlParser().setTrackPosition(true));
        } catch (RuntimeException | StackOverflowError e) {
            throw new UnreadableDocumentException(
                    "the HTML page cannot be parsed (" + DocumentReaders.describe(e) + ")", e);
        }
        deadline.check();
        Element body = document.body();
        prune(body, deadline);
        Walk walk = new Walk(deadline);
        walk.element(body, 0);
        walk.flush();
        return new RawDocument("html", decoded.encoding(), List.copyOf(walk.blocks), lineCount(html));
    }

    private static int lineCount(String text) {
        if (text.isEmpty()) {
            return 0;
        }
        int lines = 1;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                lines++;
            }
        }
        return text.endsWith("\n") ? lines - 1 : lines;
    }

    // ---- charset ------------------------------------------------------------------------------------

    static TextReader.Decoded decode(byte[] content) throws UnreadableDocumentException {
        try {
            return decodeOrRefuse(content);
        } catch (UnreadableDocumentException e) {
            throw new UnreadableDocumentException("the file is not a readable HTML page: " + e.getMessage(), e);
        }
    }

    private static TextReader.Decoded decodeOrRefuse(byte[] content) throws UnreadableDocumentException {
        if (hasBom(content)) {
            return TextReader.decode(content);
        }
        String declared = declaredCharset(content);
        if (declared != null) {
            for (Charset charset : candidates(declared)) {
                String text = strict(content, charset);
                if (text != null && !text.isBlank()) {
                    return new TextReader.Decoded(text, charset.name());
                }
            }
        }
        return TextReader.decode(content);
    }

    private static boolean hasBom(byte[] b) {
        return (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF)
                || (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE)
                || (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF);
    }

    static @Nullable String declaredCharset(byte[] content) {
        String head = new String(content, 0, Math.min(content.length, 4096), StandardCharsets.ISO_8859_1);
        Matcher xml = XML_ENCODING.matcher(head);
        if (xml.find()) {
            return xml.group(1);
        }
        Matcher meta = META_CHARSET.matcher(head);
        return meta.find() ? meta.group(1) : null;
    }

    private static List<Charset> candidates(String declared) {
        String name = declared.toLowerCase(Locale.ROOT);
        List<Charset> charsets = new ArrayList<>();
        if (name.startsWith("utf-16") || name.startsWith("utf16")) {
            // without a BOM a browser reads a page that says UTF-16 as UTF-8
            charsets.add(StandardCharsets.UTF_8);
        } else if (name.equals("gb2312")
                || name.equals("gbk")
                || name.equals("x-gbk")
                || name.equals("cp936")
                || name.equals("gb_2312-80")
                || name.equals("euc-cn")) {
            charsets.add(Charset.forName("GBK"));
            charsets.add(Charset.forName("GB18030"));
        } else if (name.equals("big5") || name.equals("big5-hkscs")) {
            charsets.add(Charset.forName("Big5"));
            charsets.add(Charset.forName("Big5-HKSCS"));
        } else {
            try {
                charsets.add(Charset.forName(name));
            } catch (IllegalArgumentException e) {
                // an unknown name: guess from the bytes
            }
        }
        return charsets;
    }

    private static @Nullable String strict(byte[] content, Charset charset) {
        try {
            return charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content))
                    .toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    // ---- boilerplate --------------------------------------------------------------------------------

    private static void prune(Element body, Deadline deadline) throws UnreadableDocumentException {
        int bodyText = body.text().length();
        List<Element> doomed = new ArrayList<>();
        int seen = 0;
        for (Element element : body.getAllElements()) {
            if ((++seen & 0x3FF) == 0) {
                deadline.check();
            }
            if (element != body && isBoilerplate(element) && !isProtected(element, bodyText)) {
                doomed.add(element);
            } else if (BREADCRUMB_TEXT.matcher(element.ownText()).find()) {
                Element block = element;
                while (!BLOCK_TAGS.contains(block.normalName()) && block.parent() != null && block.parent() != body) {
                    block = block.parent();
                }
                if (block.text().length() < 200 && !isProtected(block, bodyText)) {
                    doomed.add(block);
                }
            }
        }
        for (Element element : doomed) {
            element.remove();
        }
    }

    private static boolean isBoilerplate(Element element) {
        String tag = element.normalName();
        if (DROPPED_TAGS.contains(tag)) {
            return true;
        }
        if (element.hasAttr("hidden") || "true".equalsIgnoreCase(element.attr("aria-hidden"))) {
            return true;
        }
        String style = element.attr("style").toLowerCase(Locale.ROOT).replace(" ", "");
        if (style.contains("display:none") || style.contains("visibility:hidden")) {
            return true;
        }
        String role = element.attr("role").strip().toLowerCase(Locale.ROOT);
        if (DROPPED_ROLES.contains(role)) {
            return true;
        }
        boolean outer = tag.equals("header") || tag.equals("footer") || OUTER_ROLES.contains(role);
        boolean navigation = false;
        for (String part : NAME_PARTS.split(element.className() + " " + element.id())) {
            String p = part.toLowerCase(Locale.ROOT);
            if (p.isEmpty()) {
                continue;
            }
            if (p.startsWith("nav")
                    || p.endsWith("nav")
                    || p.contains("menu")
                    || p.contains("breadcrumb")
                    || p.contains("crumbs")
                    || p.contains("sidebar")
                    || p.equals("dqwz")
                    || p.equals("daohang")
                    || p.equals("mianbaoxie")) {
                navigation = true;
            } else if (p.contains("header") || p.contains("footer")) {
                outer = true;
            }
        }
        if (navigation) {
            return true;
        }
        return outer && !insideContent(element);
    }

    private static boolean insideContent(Element element) {
        for (Element parent = element.parent(); parent != null; parent = parent.parent()) {
            if (isContent(parent)) {
                return true;
            }
            for (String part : NAME_PARTS.split(parent.className() + " " + parent.id())) {
                if (CONTENT_NAMES.contains(part.toLowerCase(Locale.ROOT))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean isContent(Element element) {
        String tag = element.normalName();
        return tag.equals("main") || tag.equals("article") || "main".equalsIgnoreCase(element.attr("role"));
    }

    private static boolean isProtected(Element element, int bodyText) {
        if (isContent(element) || !element.select("main, article, [role=main]").isEmpty()) {
            return true;
        }
        return bodyText > 500 && element.text().length() * 2 > bodyText;
    }

    // ---- lines and tables ---------------------------------------------------------------------------

    /** A line of a table cell, before it is joined. */
    private record Piece(String text, int line) {}

    /** One pass over the pruned body. */
    private static final class Walk {

        private final Deadline deadline;
        final List<RawBlock> blocks = new ArrayList<>();
        private @Nullable List<Piece> cell;
        private final StringBuilder buffer = new StringBuilder();
        private int bufferLine = -1;
        private @Nullable Integer heading;
        private boolean pre;
        private int visited;

        Walk(Deadline deadline) {
            this.deadline = deadline;
        }

        void element(Element element, int depth) throws UnreadableDocumentException {
            if ((++visited & 0x3FF) == 0) {
                deadline.check();
            }
            String tag = element.normalName();
            if (depth > MAX_DEPTH) {
                text(element.text(), lineOf(element));
                return;
            }
            if (tag.equals("table")) {
                flush();
                if (isLayoutTable(element)) {
                    layoutTable(element, depth);
                } else {
                    dataTable(element);
                }
                return;
            }
            boolean block = BLOCK_TAGS.contains(tag);
            if (block) {
                flush();
            }
            Integer outerHeading = heading;
            boolean outerPre = pre;
            if (tag.length() == 2 && tag.charAt(0) == 'h' && tag.charAt(1) >= '1' && tag.charAt(1) <= '6') {
                heading = tag.charAt(1) - '0';
            }
            if (tag.equals("pre") || tag.equals("textarea") || tag.equals("listing")) {
                pre = true;
            }
            children(element, depth);
            if (block) {
                flush();
            }
            heading = outerHeading;
            pre = outerPre;
        }

        private void children(Element element, int depth) throws UnreadableDocumentException {
            for (Node child : element.childNodes()) {
                if (child instanceof TextNode textNode) {
                    text(textNode.getWholeText(), lineOf(textNode));
                } else if (child instanceof Element childElement) {
                    if (childElement.normalName().equals("br")) {
                        flush();
                    } else {
                        element(childElement, depth + 1);
                    }
                }
            }
        }

        private void text(String raw, int line) {
            if (pre) {
                String[] parts = raw.split("\r\n|\r|\n", -1);
                for (int i = 0; i < parts.length; i++) {
                    if (i > 0) {
                        flush();
                    }
                    append(parts[i], line + i);
                }
                return;
            }
            int leadingBreaks = 0;
            int i = 0;
            while (i < raw.length() && isCollapsible(raw.charAt(i))) {
                if (raw.charAt(i) == '\n') {
                    leadingBreaks++;
                }
                i++;
            }
            append(raw, line + leadingBreaks);
        }

        private void append(String raw, int line) {
            if (bufferLine < 0 && !raw.isBlank()) {
                bufferLine = line;
            }
            buffer.append(raw);
        }

        void flush() {
            String text = pre ? stripEnd(buffer) : collapse(buffer);
            if (!text.isBlank() && bufferLine > 0) {
                if (cell != null) {
                    cell.add(new Piece(text, bufferLine));
                } else {
                    blocks.add(new SourceLine(bufferLine, null, null, text, heading));
                }
            }
            buffer.setLength(0);
            bufferLine = -1;
        }

        private void layoutTable(Element table, int depth) throws UnreadableDocumentException {
            for (Element row : rows(table)) {
                for (Element cellElement : row.children()) {
                    if (isCell(cellElement)) {
                        flush();
                        children(cellElement, depth + 2);
                        flush();
                    }
                }
            }
        }

        private void dataTable(Element table) throws UnreadableDocumentException {
            Element caption = table.selectFirst("> caption");
            if (caption != null) {
                Integer outer = heading;
                heading = null;
                children(caption, 1);
                flush();
                heading = outer;
            }
            List<List<SourceCell>> rows = new ArrayList<>();
            for (Element row : rows(table)) {
                deadline.check();
                List<SourceCell> cells = new ArrayList<>();
                for (Element cellElement : row.children()) {
                    if (!isCell(cellElement)) {
                        continue;
                    }
                    List<Piece> pieces = new ArrayList<>();
                    cell = pieces;
                    Integer outer = heading;
                    heading = null;
                    children(cellElement, 1);
                    flush();
                    cell = null;
                    heading = outer;
                    List<String> texts = new ArrayList<>();
                    pieces.forEach(piece -> texts.add(piece.text()));
                    int line = pieces.isEmpty()
                            ? lineOf(cellElement)
                            : pieces.get(0).line();
                    cells.add(new SourceCell(String.join("\n", texts), line, colSpan(cellElement)));
                }
                if (!cells.isEmpty()) {
                    rows.add(List.copyOf(cells));
                }
            }
            if (!rows.isEmpty()) {
                blocks.add(new SourceTable(lineOf(table), List.copyOf(rows)));
            }
        }

        private static List<Element> rows(Element table) {
            return table.select("> tr, > thead > tr, > tbody > tr, > tfoot > tr");
        }

        private static boolean isCell(Element element) {
            return element.normalName().equals("td") || element.normalName().equals("th");
        }

        private static boolean isLayoutTable(Element table) {
            String role = table.attr("role").toLowerCase(Locale.ROOT);
            if (role.equals("presentation") || role.equals("none")) {
                return true;
            }
            if (!table.select("table").stream().allMatch(t -> t == table)) {
                return true;
            }
            int maxCells = 0;
            for (Element row : rows(table)) {
                int n = 0;
                for (Element c : row.children()) {
                    if (isCell(c)) {
                        n++;
                    }
                }
                maxCells = Math.max(maxCells, n);
            }
            return maxCells <= 1;
        }

        private static int colSpan(Element cell) {
            String value = cell.attr("colspan").strip();
            if (value.isEmpty()) {
                return 1;
            }
            try {
                int span = Integer.parseInt(value);
                return Math.max(1, Math.min(span, 1000));
            } catch (NumberFormatException e) {
                return 1;
            }
        }
    }

    /** The 1-based source line where a node starts, or its nearest tracked ancestor's. */
    private static int lineOf(@Nullable Node node) {
        for (Node n = node; n != null; n = n.parent()) {
            Range range = n.sourceRange();
            if (range.isTracked() && !range.isImplicit() && range.start().lineNumber() > 0) {
                return range.start().lineNumber();
            }
        }
        return 1;
    }

    private static boolean isCollapsible(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\u00A0' || c == '\u000B';
    }

    /** Whitespace runs to one space, trimmed; a run with a line break between two CJK characters goes. */
    static String collapse(CharSequence s) {
        StringBuilder out = new StringBuilder(s.length());
        int i = 0;
        int n = s.length();
        while (i < n) {
            char c = s.charAt(i);
            if (!isCollapsible(c)) {
                out.append(c);
                i++;
                continue;
            }
            boolean lineBreak = false;
            int j = i;
            while (j < n && isCollapsible(s.charAt(j))) {
                lineBreak |= s.charAt(j) == '\n' || s.charAt(j) == '\r';
                j++;
            }
            if (out.length() > 0 && j < n) {
                boolean join = lineBreak && isCjk(out.charAt(out.length() - 1)) && isCjk(s.charAt(j));
                if (!join) {
                    out.append(' ');
                }
            }
            i = j;
        }
        return out.toString();
    }

    private static String stripEnd(CharSequence s) {
        int end = s.length();
        while (end > 0 && isCollapsible(s.charAt(end - 1))) {
            end--;
        }
        return s.subSequence(0, end).toString().replace('\u00A0', ' ');
    }

    private static boolean isCjk(char c) {
        if (Character.isSurrogate(c)) {
            return true;
        }
        Character.UnicodeBlock block = Character.UnicodeBlock.of(c);
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN
                || block == Character.UnicodeBlock.CJK_SYMBOLS_AND_PUNCTUATION
                || block == Character.UnicodeBlock.HALFWIDTH_AND_FULLWIDTH_FORMS;
    }
}
