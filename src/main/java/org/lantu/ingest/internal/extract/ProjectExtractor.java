package org.lantu.ingest.internal.extract;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.lantu.ingest.internal.doc.Block;
import org.lantu.ingest.internal.doc.Paragraph;
import org.lantu.ingest.internal.doc.Table;
import org.lantu.ingest.internal.structure.Locations;
import org.lantu.ingest.internal.structure.SectionNode;
import org.lantu.ingest.internal.structure.StructuredDocument;
import org.lantu.ingest.internal.text.Markers;
import org.lantu.ingest.internal.text.Normalizer;
import org.lantu.plan.ProjectBox;
import org.lantu.plan.ProjectItem;
import org.lantu.plan.ProjectSummary;
import org.lantu.plan.SourceLocation;

/**
 * Finds project boxes (专栏 3-1 …) with their items, and summaries of project lists (重点项目清单).
 *
 * <p>A box starts at its caption (专栏 3-1 生态保护建设项目) and runs over what lists projects: a table (one
 * project a row, or with 项目名称/总投资/建设年限 columns), dash or numbered items (one item each, whatever
 * punctuation they hold: 尾矿库、沙坑治理项目), and lines of a category and its projects (风电项目：a、b，c。).
 * It ends at a heading, another caption or the first paragraph of prose. Boxes holding an indicator table
 * (专栏 2 主要指标) are not project boxes.
 *
 * <p>In a category line, ， and ； always separate projects. 、 separates them too, but when some of the
 * parts it leaves end like a project name (…项目, …工程, …基地, …园) and others do not, a part that does not
 * shares its tail with what follows and stays joined to it: 黑猫煤化工有限公司年产880万吨焦炭、100万吨甲醇…装置项目
 * is one project, 呼和镇玻璃庙沟、石台沟防洪治理工程 is one project, 200个智慧牧场、3个蒙古马生态养殖基地 are two.
 * Parentheses and quotes are never split.
 *
 * <p>A summary is a paragraph stating a count of projects with their investment (273个储备项目，总投资3893.07亿元)
 * and/or categories (产业发展类项目128项，总投资3595.55亿元; after 其中 also 产业发展项目30个), or a table with
 * 类别, 项目数 and 总投资 columns (a 合计 row is the total). Its title is the caption line before it, else
 * its heading. Category investments are given in the total's unit (4560万元 → 0.456 亿元); when no total is
 * stated, the total is the sum of the categories.
 */
public final class ProjectExtractor {

    private static final Pattern BOX =
            Pattern.compile("^专栏\\s*([0-9]+(?:\\s*[-－—–.．]\\s*[0-9]+)*|[一二三四五六七八九十]+)\\s*[：:、.．]?\\s*(.*)$");
    private static final Pattern LABEL = Pattern.compile("^([^，。；：:、,;]{1,24}?)[：:](.*)$");
    private static final Pattern BOX_DASH = Pattern.compile("[－—–.．]");
    private static final Pattern ROW_NUMBER = Pattern.compile("\\d{1,3}[.、]?");
    private static final Pattern NOT_A_CATEGORY = Pattern.compile("^(?:注|备注|说明|注释|资料来源|数据来源|来源)\\d*$");
    private static final Pattern LIST_MARK = Pattern.compile("^(?:[-–·•●▪■◆*]|——)\\s*");
    private static final Pattern TERMINATOR =
            Pattern.compile("(?:项目|工程|基地|中心|园区|园|馆|场|站|平台|系统|建设|改造|治理|工作|设施|营地|小镇|线路|示范区|试点|行动|计划)$");
    private static final Pattern TRAILING_PAREN = Pattern.compile("[（(][^（）()]*[）)]$");
    private static final Pattern PROJECT_NAME_HEADER =
            Pattern.compile("^(?:项目名称|项目|名称|工程名称|建设项目|项目内容|重点项目|工程项目|项目及内容)$");
    private static final Pattern INVESTMENT_HEADER = Pattern.compile("投资");
    private static final Pattern PERIOD_HEADER = Pattern.compile("年限|期限|周期|起止|建设年份|建设时间|实施时间|建设期");
    private static final Pattern CONTENT_HEADER = Pattern.compile("内容|规模|地点|单位|类别|分类|类型|序号");
    private static final Pattern CATEGORY_HEADER = Pattern.compile("^(?:项目)?(?:类别|分类|类型|领域|行业)$");
    private static final Pattern COUNT_HEADER = Pattern.compile("项目数|个数|数量|项目个数|项数|^数$|^个$|^项$");
    private static final Pattern TOTAL_ROW = Pattern.compile("^(?:合计|总计|共计|总数|全部|小计)$");
    private static final Pattern MONEY_UNIT = Pattern.compile("万亿元|亿元|万元|元");

    private static final Pattern SUMMARY_TOTAL =
            Pattern.compile("(\\d+)\\s*个[^，。；\\d]{0,10}?项目[^。；\\d]{0,12}?总投资额?(?:约|达|为|超过)?\\s*"
                    + "(\\d+(?:\\.\\d+)?)\\s*(万亿元|亿元|万元)"
                    + "|项目\\s*(\\d+)\\s*[个项][，,]?\\s*(?:计划|估算|预计|概算)?总投资额?(?:约|达|为|超过)?\\s*"
                    + "(\\d+(?:\\.\\d+)?)\\s*(万亿元|亿元|万元)");
    private static final Pattern SUMMARY_CATEGORY =
            Pattern.compile("([\\u4e00-\\u9fa5]{2,14}?类)(?:项目)?\\s*(\\d+)\\s*[个项](?:项目)?[，,、]?\\s*"
                    + "(?:(?:总投资|投资|计划投资)额?(?:约|达|为)?\\s*(\\d+(?:\\.\\d+)?)\\s*(万亿元|亿元|万元))?");
    /** A category named without 类, after 其中: 其中产业发展项目128个，总投资… */
    private static final Pattern SUMMARY_CATEGORY_PROJECTS =
            Pattern.compile("([\\u4e00-\\u9fa5]{2,12}?)项目\\s*(\\d+)\\s*[个项][，,、]?\\s*"
                    + "(?:(?:计划|估算)?(?:总投资|投资)额?(?:约|达|为)?\\s*(\\d+(?:\\.\\d+)?)\\s*(万亿元|亿元|万元))?");

    private static final Pattern COUNT_OF_KINDS = Pattern.compile("[一二三四五六七八九十两几多\\d]+大?类$");
    private static final Pattern CATEGORY_LEAD = Pattern.compile("^(?:其中|包括|分别为|分别是|含|有)");

    private final Normalizer normalizer = new Normalizer();

    // ---- boxes -----------------------------------------------------------------------------------

    public List<ProjectBox> extractBoxes(StructuredDocument doc) {
        List<ProjectBox> out = new ArrayList<>();
        List<Block> blocks = doc.blocks();
        int i = 0;
        while (i < blocks.size()) {
            Block b = blocks.get(i);
            if (doc.isFrontMatter(i)) {
                i++;
                continue;
            }
            if (b instanceof Paragraph p) {
                Matcher m = BOX.matcher(p.text());
                if (m.matches()) {
                    i = box(doc, i, p, m.group(1), m.group(2).strip(), out);
                    continue;
                }
            } else if (b instanceof Table t && !IndicatorExtractor.isIndicatorTable(t)) {
                ProjectBox box = tableBox(doc, i, t);
                if (box != null) {
                    out.add(box);
                }
            }
            i++;
        }
        return out;
    }

    /**
     * A box that is a table of its own: captioned above (专栏 3-3 …), captioned in its first cell (a DOCX box
     * drawn as a table), or a project table with investment or period columns and no caption.
     */
    private @Nullable ProjectBox tableBox(StructuredDocument doc, int i, Table t) {
        String caption = t.title();
        int line = t.titleLine() != null ? t.titleLine() : t.line();
        Matcher m = caption != null ? BOX.matcher(caption) : null;
        boolean captioned = m != null && m.matches();
        Table body = t;
        if (!captioned
                && !t.rows().isEmpty()
                && IndicatorExtractor.nonEmpty(t.rows().get(0)) == 1) {
            Table.Cell cell = firstCell(t.rows().get(0));
            String[] lines = cell.original().split("\n");
            String first = lines.length > 1 ? normalizer.normalizeText(lines[0]) : cell.text();
            Matcher inCell = BOX.matcher(first);
            if (inCell.matches()) {
                captioned = true;
                m = inCell;
                caption = first;
                line = cell.line();
                List<Table.Row> rest = new ArrayList<>();
                for (int k = 1; k < lines.length; k++) {
                    String n = normalizer.normalizeText(lines[k]);
                    if (!n.isEmpty()) {
                        rest.add(new Table.Row(List.of(new Table.Cell(n, lines[k], cell.line())), cell.line()));
                    }
                }
                rest.addAll(t.rows().subList(1, t.rows().size()));
                body = new Table(null, null, rest, t.line(), t.layout());
                if (IndicatorExtractor.isIndicatorTable(body)) {
                    return null;
                }
            }
        }
        TableItems items = tableItems(body);
        if (items.items().isEmpty() || !(captioned || items.structured())) {
            return null;
        }
        String number = captioned ? m.group(1) : "";
        String title = captioned ? m.group(2).strip() : caption != null ? caption : "";
        SectionNode s = doc.sectionOf(i);
        return new ProjectBox(
                boxNumber(number),
                title,
                s != null ? s.title() : null,
                s != null ? s.id() : null,
                line,
                items.items(),
                new SourceLocation(
                        line,
                        null,
                        null,
                        null,
                        Locations.quote(caption != null ? caption : title),
                        List.of("table layout: " + t.layout())));
    }

    private static Table.Cell firstCell(Table.Row row) {
        for (Table.Cell c : row.cells()) {
            if (!c.text().isBlank()) {
                return c;
            }
        }
        return row.cells().get(0);
    }

    /** Reads the box whose caption is block {@code i}; returns the index of the first block after it. */
    private int box(
            StructuredDocument doc, int i, Paragraph caption, String number, String title, List<ProjectBox> out) {
        List<Block> blocks = doc.blocks();
        int j = i + 1;
        if (title.isEmpty()
                && j < blocks.size()
                && blocks.get(j) instanceof Paragraph t
                && t.text().length() <= 40
                && !Markers.endsSentence(t.text())) {
            title = t.text();
            j++;
        }
        Body body = new Body();
        while (j < blocks.size()) {
            Block b = blocks.get(j);
            if (b instanceof Table t) {
                if (!body.items.isEmpty()) {
                    break;
                }
                if (IndicatorExtractor.isIndicatorTable(t)) {
                    return j + 1;
                }
                body.items.addAll(tableItems(t).items());
                body.onlyBareLists = false;
                j++;
                continue;
            }
            if (!paragraph((Paragraph) b, doc.isPureHeading(j), body)) {
                break;
            }
            j++;
        }
        if (!body.items.isEmpty()) {
            SectionNode s = doc.sectionOf(i);
            out.add(new ProjectBox(
                    boxNumber(number),
                    title,
                    s != null ? s.title() : null,
                    s != null ? s.id() : null,
                    caption.line(),
                    List.copyOf(body.items),
                    Locations.of(caption)));
        }
        return j;
    }

    /** What a box has read so far. */
    private static final class Body {
        final List<ProjectItem> items = new ArrayList<>();
        /** Whether only bare lists (a、b，c without category) came so far: prose may look like one later. */
        boolean onlyBareLists = true;
        /** The last number of a numbered item (1、…), to tell the next one from a heading. */
        int numbered = 0;
    }

    /**
     * Reads a paragraph of a box body; false when it is not part of the box. A paragraph that joined several
     * source lines, two or more of them opening a category (风电项目：…), is read line by line.
     */
    private boolean paragraph(Paragraph p, boolean heading, Body body) {
        String original = p.original();
        if (original.indexOf('\n') >= 0) {
            String[] parts = original.split("\n");
            List<String> normalized = new ArrayList<>(parts.length);
            int labelled = 0;
            for (String part : parts) {
                String n = normalizer.normalizeText(part);
                normalized.add(n);
                if (label(n) != null) {
                    labelled++;
                }
            }
            if (labelled >= 2) {
                boolean exactLines = parts.length == p.endLine() - p.line() + 1;
                List<String> lines = new ArrayList<>();
                List<Integer> numbers = new ArrayList<>();
                for (int k = 0; k < normalized.size(); k++) {
                    String n = normalized.get(k);
                    if (n.isEmpty()) {
                        continue;
                    }
                    if (label(n) != null || lines.isEmpty()) {
                        lines.add(n);
                        numbers.add(exactLines ? p.line() + k : p.line());
                    } else {
                        // a name broken over two lines
                        int last = lines.size() - 1;
                        lines.set(last, lines.get(last) + n);
                    }
                }
                for (int k = 0; k < lines.size(); k++) {
                    if (!line(lines.get(k), numbers.get(k), heading && k == 0, body)) {
                        return k > 0;
                    }
                }
                return true;
            }
        }
        return line(p.text(), p.line(), heading, body);
    }

    /** Reads one line of a box body (normalised text); false when it is not part of the box. */
    private static boolean line(String text, int line, boolean heading, Body body) {
        if (text.isEmpty()) {
            return true;
        }
        if (BOX.matcher(text).matches()) {
            return false;
        }
        String item = LIST_MARK.matcher(text).replaceFirst("");
        boolean dashed = item.length() < text.length();
        Markers.Marker marker = Markers.find(item);
        boolean isNumber =
                marker != null && (marker.kind() == Markers.Kind.NUM_ENUM || marker.kind() == Markers.Kind.NUM_PAREN);
        if (heading && !(isNumber && marker.ordinal() == body.numbered + 1 && isShortItem(item))) {
            return false;
        }
        if (isNumber || dashed) {
            // one item, whatever punctuation it holds
            String name = clean(isNumber ? item.substring(marker.end()) : item);
            if (!name.isEmpty()) {
                body.items.add(new ProjectItem(name, null, null, null, null, line));
            }
            body.numbered = isNumber ? marker.ordinal() : body.numbered;
            body.onlyBareLists = false;
            return true;
        }
        String[] lr = label(text);
        if (lr != null) {
            for (String name : splitItems(lr[1])) {
                body.items.add(new ProjectItem(name, lr[0], null, null, null, line));
            }
            body.onlyBareLists = false;
            return true;
        }
        if (body.onlyBareLists && isBareList(text)) {
            for (String name : splitItems(text)) {
                body.items.add(new ProjectItem(name, null, null, null, null, line));
            }
            return true;
        }
        return false;
    }

    /** [category, list] of a line 风电项目：a、b, or null when the line is not a category and its projects. */
    private static String @Nullable [] label(String text) {
        Matcher m = LABEL.matcher(text);
        if (!m.matches()) {
            return null;
        }
        String category = m.group(1).strip();
        String rest = m.group(2).strip();
        if (rest.isEmpty()
                || hasInnerStop(rest)
                || NOT_A_CATEGORY.matcher(category).matches()) {
            return null;
        }
        return new String[] {category, rest};
    }

    /** A list of project names without category: no sentence inside, most parts ending like a project. */
    private static boolean isBareList(String text) {
        if (hasInnerStop(text) || text.indexOf('：') >= 0 || text.indexOf(':') >= 0) {
            return false;
        }
        List<String> parts = splitTop(stripEnd(text), "，；,;、");
        int projects = 0;
        for (String part : parts) {
            if (part.length() > 60) {
                return false;
            }
            if (endsLikeProject(part)) {
                projects++;
            }
        }
        return projects * 2 >= parts.size() && projects > 0;
    }

    private static boolean hasInnerStop(String text) {
        int stop = text.indexOf('。');
        return stop >= 0 && stop < text.length() - 1;
    }

    private static boolean isShortItem(String text) {
        return text.length() <= 60 && !hasInnerStop(text);
    }

    /** Splits a category's list into project names (see the class comment for the rules). */
    static List<String> splitItems(String list) {
        List<String> out = new ArrayList<>();
        for (String piece : splitTop(stripEnd(list), "，；,;")) {
            List<String> parts = splitTop(piece, "、");
            if (parts.size() == 1) {
                addItem(out, piece);
                continue;
            }
            boolean any = false;
            for (String part : parts) {
                any |= endsLikeProject(part);
            }
            if (!any) {
                for (String part : parts) {
                    addItem(out, part);
                }
                continue;
            }
            StringBuilder current = new StringBuilder();
            for (String part : parts) {
                if (current.length() > 0) {
                    current.append('、');
                }
                current.append(part);
                if (endsLikeProject(part)) {
                    addItem(out, current.toString());
                    current.setLength(0);
                }
            }
            if (current.length() > 0) {
                addItem(out, current.toString());
            }
        }
        return out;
    }

    private static void addItem(List<String> out, String name) {
        String n = clean(name);
        if (!n.isEmpty()) {
            out.add(n);
        }
    }

    private static boolean endsLikeProject(String part) {
        String p = stripEnd(part);
        Matcher paren = TRAILING_PAREN.matcher(p);
        if (paren.find() && paren.start() > 0) {
            p = p.substring(0, paren.start());
        }
        return TERMINATOR.matcher(p).find();
    }

    /** Splits on any of the separators outside parentheses, brackets and quotes. */
    static List<String> splitTop(String text, String separators) {
        List<String> out = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int k = 0; k < text.length(); k++) {
            char c = text.charAt(k);
            if (c == '（' || c == '(' || c == '“' || c == '《' || c == '[' || c == '【' || c == '「') {
                depth++;
            } else if ((c == '）' || c == ')' || c == '”' || c == '》' || c == ']' || c == '】' || c == '」')
                    && depth > 0) {
                depth--;
            } else if (depth == 0 && separators.indexOf(c) >= 0) {
                out.add(text.substring(start, k));
                start = k + 1;
            }
        }
        out.add(text.substring(start));
        return out;
    }

    private static String stripEnd(String text) {
        int end = text.length();
        while (end > 0 && "。；;，,、.".indexOf(text.charAt(end - 1)) >= 0) {
            end--;
        }
        return text.substring(0, end).strip();
    }

    private static String clean(String name) {
        return stripEnd(name.strip());
    }

    private static String boxNumber(String number) {
        String n = number.replace(" ", "");
        return BOX_DASH.matcher(n).replaceAll("-");
    }

    // ---- tables of projects ----------------------------------------------------------------------

    /**
     * The projects of a table.
     *
     * @param structured whether the table has a project header with investment or period columns (项目名称
     *     with 总投资 or 建设年限): a list of projects even without a 专栏 caption
     */
    private record TableItems(List<ProjectItem> items, boolean structured) {}

    private TableItems tableItems(Table t) {
        List<Table.Row> rows = t.rows();
        int header = -1;
        int name = -1;
        boolean structured = false;
        for (int r = 0; r < Math.min(3, rows.size()) && header < 0; r++) {
            Table.Row row = rows.get(r);
            int n = -1;
            boolean other = false;
            boolean strong = false;
            for (int j = 0; j < row.cells().size(); j++) {
                String c = headerText(row.cells().get(j).text());
                if (n < 0 && PROJECT_NAME_HEADER.matcher(c).matches()) {
                    n = j;
                } else if (INVESTMENT_HEADER.matcher(c).find()
                        || PERIOD_HEADER.matcher(c).find()) {
                    other = true;
                    strong = true;
                } else if (CONTENT_HEADER.matcher(c).find()) {
                    other = true;
                }
            }
            if (n >= 0 && other) {
                header = r;
                name = n;
                structured = strong;
            }
        }
        List<ProjectItem> items = new ArrayList<>();
        if (header < 0) {
            // one project a row (numbered or not), a category and its list, or lines of a cell
            Body body = new Body();
            for (Table.Row row : rows) {
                List<Table.Cell> texts = new ArrayList<>();
                for (Table.Cell c : row.cells()) {
                    String v = c.text().strip();
                    if (!v.isEmpty() && !ROW_NUMBER.matcher(v).matches()) {
                        texts.add(c);
                    }
                }
                if (texts.isEmpty()) {
                    continue;
                }
                String first = texts.get(0).text().strip();
                if (texts.size() >= 2
                        && first.length() <= 15
                        && splitTop(first, "，、,；;").size() == 1) {
                    String list = texts.get(1).text().strip();
                    for (String each : splitItems(list)) {
                        body.items.add(new ProjectItem(each, stripEnd(first), null, null, null, row.line()));
                    }
                    continue;
                }
                String[] lines = texts.get(0).original().split("\n");
                if (lines.length > 1) {
                    for (String l : lines) {
                        String n = normalizer.normalizeText(l);
                        if (!line(n, row.line(), false, body) && isShortItem(n)) {
                            body.items.add(new ProjectItem(clean(n), null, null, null, null, row.line()));
                        }
                    }
                } else if (!line(first, row.line(), false, body) && isShortItem(first)) {
                    body.items.add(new ProjectItem(clean(first), null, null, null, null, row.line()));
                }
            }
            items.addAll(body.items);
            return new TableItems(List.copyOf(items), false);
        }
        Table.Row head = rows.get(header);
        int investment = -1;
        int period = -1;
        int category = -1;
        String headerUnit = null;
        for (int j = 0; j < head.cells().size(); j++) {
            String raw = head.cells().get(j).text();
            String c = raw.replace(" ", "");
            if (j == name) {
                continue;
            }
            if (investment < 0 && INVESTMENT_HEADER.matcher(c).find()) {
                investment = j;
                Matcher u = MONEY_UNIT.matcher(c);
                headerUnit = u.find() ? u.group() : null;
            } else if (period < 0 && PERIOD_HEADER.matcher(c).find()) {
                period = j;
            } else if (category < 0 && CATEGORY_HEADER.matcher(headerText(c)).matches()) {
                category = j;
            }
        }
        String group = null;
        for (int r = header + 1; r < rows.size(); r++) {
            Table.Row row = rows.get(r);
            int filled = IndicatorExtractor.nonEmpty(row);
            if (filled == 0) {
                continue;
            }
            String nameCell = IndicatorExtractor.text(row, name);
            if (filled == 1
                    && (nameCell.isEmpty()
                            || IndicatorExtractor.text(row, investment).isEmpty())) {
                String only = IndicatorExtractor.firstText(row);
                if (!TOTAL_ROW.matcher(only.replace(" ", "")).matches()) {
                    Markers.Marker m = Markers.find(only);
                    group = m != null && m.end() < only.length()
                            ? only.substring(m.end()).strip()
                            : only;
                }
                continue;
            }
            if (nameCell.isEmpty()
                    || TOTAL_ROW.matcher(nameCell.replace(" ", "")).matches()) {
                continue;
            }
            String cat =
                    category >= 0 && !IndicatorExtractor.text(row, category).isEmpty()
                            ? IndicatorExtractor.text(row, category)
                            : group;
            if (category >= 0 && !IndicatorExtractor.text(row, category).isEmpty()) {
                group = cat;
            }
            BigDecimal amount = null;
            String unit = null;
            String inv = IndicatorExtractor.text(row, investment);
            if (!inv.isEmpty() && !Figures.isMissing(inv)) {
                amount = Figures.cellValue(inv);
                String cellUnit = Figures.cell(inv).unit();
                unit = cellUnit != null && MONEY_UNIT.matcher(cellUnit).matches() ? cellUnit : headerUnit;
            }
            String years = IndicatorExtractor.text(row, period);
            items.add(new ProjectItem(
                    clean(stripNumber(nameCell)),
                    cat,
                    amount,
                    amount != null ? unit : null,
                    years.isEmpty() || Figures.isMissing(years) ? null : years,
                    row.line()));
        }
        return new TableItems(List.copyOf(items), structured);
    }

    private static String stripNumber(String text) {
        Markers.Marker m = Markers.find(text);
        if (m != null
                && (m.kind() == Markers.Kind.NUM_ENUM || m.kind() == Markers.Kind.NUM_PAREN)
                && m.end() < text.length()) {
            return text.substring(m.end());
        }
        return text;
    }

    /** A header cell without spaces and without a trailing unit in parentheses: 总投资（亿元） → 总投资. */
    private static String headerText(String cell) {
        String c = cell.replace(" ", "");
        return TRAILING_PAREN.matcher(c).replaceFirst("");
    }

    // ---- summaries -------------------------------------------------------------------------------

    public List<ProjectSummary> extractSummaries(StructuredDocument doc) {
        List<ProjectSummary> out = new ArrayList<>();
        List<Block> blocks = doc.blocks();
        for (int i = 0; i < blocks.size(); i++) {
            if (doc.isFrontMatter(i)) {
                continue;
            }
            Block b = blocks.get(i);
            if (b instanceof Paragraph p && !doc.isPureHeading(i)) {
                String text = p.text();
                if (text.indexOf("项目") >= 0 && text.indexOf("投资") >= 0) {
                    ProjectSummary s = proseSummary(doc, i, p);
                    if (s != null) {
                        out.add(s);
                    }
                }
            } else if (b instanceof Table t && !IndicatorExtractor.isIndicatorTable(t)) {
                ProjectSummary s = tableSummary(doc, i, t);
                if (s != null) {
                    out.add(s);
                }
            }
        }
        return out;
    }

    private static @Nullable ProjectSummary proseSummary(StructuredDocument doc, int i, Paragraph p) {
        String text = p.text();
        List<ProjectSummary.ProjectCategory> categories = new ArrayList<>();
        List<String> units = new ArrayList<>();
        List<int[]> spans = new ArrayList<>();
        categories(SUMMARY_CATEGORY.matcher(text), categories, units, spans);
        int among = text.indexOf("其中");
        if (categories.isEmpty() && among >= 0) {
            Matcher c = SUMMARY_CATEGORY_PROJECTS.matcher(text);
            c.region(among + 2, text.length());
            categories(c, categories, units, spans);
        }
        ProjectSummary.ProjectCount total = null;
        Matcher m = SUMMARY_TOTAL.matcher(text);
        while (m.find()) {
            int start = m.start();
            boolean inCategory = spans.stream().anyMatch(s -> start >= s[0] && start < s[1]);
            if (inCategory) {
                continue;
            }
            boolean first = m.group(1) != null;
            total = new ProjectSummary.ProjectCount(
                    Integer.parseInt(first ? m.group(1) : m.group(4)),
                    Figures.number(first ? m.group(2) : m.group(5)),
                    first ? m.group(3) : m.group(6));
            break;
        }
        String title = title(doc, i);
        if (categories.isEmpty() && (total == null || !(title.contains("项目") || title.contains("清单")))) {
            return null;
        }
        String unit = total != null ? total.unit() : firstNonNull(units);
        List<ProjectSummary.ProjectCategory> converted = new ArrayList<>(categories.size());
        for (int k = 0; k < categories.size(); k++) {
            ProjectSummary.ProjectCategory cat = categories.get(k);
            converted.add(new ProjectSummary.ProjectCategory(
                    cat.name(), cat.count(), convert(cat.investment(), units.get(k), unit)));
        }
        if (total == null) {
            total = sum(converted, unit);
        }
        return new ProjectSummary(title, total, List.copyOf(converted), p.line(), Locations.of(p));
    }

    private static void categories(
            Matcher c, List<ProjectSummary.ProjectCategory> categories, List<String> units, List<int[]> spans) {
        while (c.find()) {
            String name = CATEGORY_LEAD.matcher(c.group(1)).replaceFirst("");
            name = name.replaceFirst("^[：:，,]", "");
            if (name.length() < 2 || COUNT_OF_KINDS.matcher(name).find()) {
                continue;
            }
            categories.add(new ProjectSummary.ProjectCategory(
                    name, Integer.parseInt(c.group(2)), c.group(3) != null ? Figures.number(c.group(3)) : null));
            units.add(c.group(4));
            spans.add(new int[] {c.start(), c.end()});
        }
    }

    private static @Nullable ProjectSummary tableSummary(StructuredDocument doc, int i, Table t) {
        List<Table.Row> rows = t.rows();
        for (int h = 0; h < Math.min(3, rows.size()); h++) {
            Table.Row head = rows.get(h);
            int category = -1;
            int count = -1;
            int investment = -1;
            String unit = null;
            for (int j = 0; j < head.cells().size(); j++) {
                String raw = head.cells().get(j).text().replace(" ", "");
                String c = headerText(raw);
                if (category < 0 && CATEGORY_HEADER.matcher(c).matches()) {
                    category = j;
                } else if (count < 0 && COUNT_HEADER.matcher(c).find()) {
                    count = j;
                } else if (investment < 0 && INVESTMENT_HEADER.matcher(c).find()) {
                    investment = j;
                    Matcher u = MONEY_UNIT.matcher(raw);
                    unit = u.find() ? u.group() : null;
                }
            }
            if (category < 0 || count < 0 && investment < 0) {
                continue;
            }
            List<ProjectSummary.ProjectCategory> categories = new ArrayList<>();
            ProjectSummary.ProjectCount total = null;
            for (int r = h + 1; r < rows.size(); r++) {
                Table.Row row = rows.get(r);
                String name = IndicatorExtractor.text(row, category);
                if (name.isEmpty()) {
                    continue;
                }
                Integer n = count >= 0 ? integer(IndicatorExtractor.text(row, count)) : null;
                String invCell = IndicatorExtractor.text(row, investment);
                BigDecimal inv = invCell.isEmpty() ? null : Figures.cellValue(invCell);
                if (unit == null && !invCell.isEmpty()) {
                    String u = Figures.cell(invCell).unit();
                    unit = u != null && MONEY_UNIT.matcher(u).matches() ? u : null;
                }
                if (TOTAL_ROW.matcher(name.replace(" ", "")).matches()) {
                    total = new ProjectSummary.ProjectCount(n, inv, unit);
                } else {
                    categories.add(new ProjectSummary.ProjectCategory(name, n, inv));
                }
            }
            if (categories.isEmpty()) {
                return null;
            }
            if (total == null) {
                total = sum(categories, unit);
            } else if (total.unit() == null && unit != null) {
                total = new ProjectSummary.ProjectCount(total.count(), total.investment(), unit);
            }
            String title = t.title() != null ? t.title() : title(doc, i);
            Table.Row first = rows.get(h);
            return new ProjectSummary(title, total, List.copyOf(categories), t.line(), Locations.of(first, title, t));
        }
        return null;
    }

    private static ProjectSummary.ProjectCount sum(
            List<ProjectSummary.ProjectCategory> categories, @Nullable String unit) {
        Integer count = 0;
        BigDecimal investment = BigDecimal.ZERO;
        for (ProjectSummary.ProjectCategory c : categories) {
            count = count == null || c.count() == null ? null : count + c.count();
            investment = investment == null || c.investment() == null ? null : investment.add(c.investment());
        }
        return new ProjectSummary.ProjectCount(count, investment, investment != null ? unit : null);
    }

    private static @Nullable BigDecimal convert(
            @Nullable BigDecimal value, @Nullable String from, @Nullable String to) {
        if (value == null || from == null || to == null || from.equals(to)) {
            return value;
        }
        BigDecimal f = yuan(from);
        BigDecimal t = yuan(to);
        return value.multiply(f).divide(t, 6, RoundingMode.HALF_UP).stripTrailingZeros();
    }

    private static BigDecimal yuan(String unit) {
        return switch (unit) {
            case "万亿元" -> new BigDecimal("1000000000000");
            case "亿元" -> new BigDecimal("100000000");
            case "万元" -> new BigDecimal("10000");
            default -> BigDecimal.ONE;
        };
    }

    private static @Nullable String firstNonNull(List<String> values) {
        for (String v : values) {
            if (v != null) {
                return v;
            }
        }
        return null;
    }

    private static @Nullable Integer integer(String text) {
        BigDecimal v = text.isEmpty() ? null : Figures.cellValue(text);
        return v == null ? null : v.intValue();
    }

    /** The caption before a block (杭锦旗重点项目清单), else the title of the heading it sits under. */
    private static String title(StructuredDocument doc, int i) {
        if (i > 0 && doc.blocks().get(i - 1) instanceof Paragraph prev) {
            String t = prev.text();
            if (t.length() <= 40 && !Markers.endsSentence(t) && t.indexOf('，') < 0) {
                Markers.Marker m = Markers.find(t);
                return m != null && m.end() < t.length() ? t.substring(m.end()).strip() : t;
            }
        }
        SectionNode s = doc.sectionOf(i);
        return s != null ? s.title() : "";
    }
}
