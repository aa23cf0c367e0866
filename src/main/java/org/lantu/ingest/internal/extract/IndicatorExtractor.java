package org.lantu.ingest.internal.extract;

import java.math.BigDecimal;
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
import org.lantu.plan.Baseline;
import org.lantu.plan.Comparator;
import org.lantu.plan.Indicator;
import org.lantu.plan.IndicatorNature;
import org.lantu.plan.TableValue;
import org.lantu.plan.TargetKind;
import org.lantu.plan.TargetValue;

/**
 * Reads indicator tables (指标表), whichever way the source wrote them, into {@link Indicator} rows.
 *
 * <p>A table is an indicator table when one of its first rows is a header with an indicator-name column
 * (指标, 指标名称, 主要指标 …) and at least one value column (a year, 目标, 实际, 预计, 年均增长 …). A
 * header may take two rows (规划目标 over 2020年 and 年均增长); the upper label then covers the columns
 * below it, and a column's header is both joined ({@code 规划目标 2020年}). Other columns are recognised by
 * their header: 序号, 类别 (carried down while empty), 单位, 属性.
 *
 * <p>Of the value columns, the target is the level column of the plan's end year, else the latest year
 * (a 规划/目标 column before an 实际/实现 one), else the one headed 目标/预计; the baseline is the earliest
 * other level column. Every value cell is kept in {@link Indicator#values()} as well. When a row has no
 * target level but gives a growth rate under the same header group, that rate is its target
 * ({@code annual_growth}).
 *
 * <p>Rows that break the grid are read as follows: a row with a single text cell and no values is a
 * category (一、经济发展); a row whose first value cell is a bare name (二氧化硫) and whose neighbour
 * continues it with an empty name cell (化学需氧量) lists sub-indicators, named {@code 主要污染物排放总量减少：二氧化硫}
 * and inheriting unit and category; a row whose name cell is empty otherwise repeats the name above it.
 */
public final class IndicatorExtractor {

    private static final Pattern NAME_HEADER = Pattern.compile("^(?:主要|具体|一级|二级|三级)?指标(?:名称|名|项|内容|项目)?$|^指标及单位$");
    private static final Pattern SEQ_HEADER = Pattern.compile("^(?:序号|编号|序|No\\.?|NO\\.?)$");
    private static final Pattern CATEGORY_HEADER = Pattern.compile("类别|分类|类型|领域|方面|维度|板块");
    private static final Pattern UNIT_HEADER = Pattern.compile("^(?:计量|指标)?单位$");
    private static final Pattern ATTRIBUTE_HEADER = Pattern.compile("属性|性质");
    private static final Pattern OTHER_HEADER = Pattern.compile("备注|说明|责任|牵头|配合|来源|依据|口径|部门");
    private static final Pattern VALUE_HEADER =
            Pattern.compile("(?:19|20)\\d{2}|目标|预期|预计|规划|计划|实际|现状|基期|基数|基准|完成|实现|增长|增速|年均|值|水平|累计");
    private static final Pattern YEAR = Pattern.compile("(?:19|20)\\d{2}");
    private static final Pattern TARGETISH = Pattern.compile("目标|预期|预计|规划|计划");
    private static final Pattern ACTUALISH = Pattern.compile("实际|实现|完成|现状|基期|基数|基准|基础");
    private static final Pattern GROWTH = Pattern.compile("年均|增长|增速|增幅");
    private static final Pattern HEADER_WORD =
            Pattern.compile("年|目标|预期|预计|规划|计划|实际|现状|基期|完成|实现|增长|增速|年均|属性|单位|备注|值|%|‰");
    private static final Pattern NAME_WITH_UNIT = Pattern.compile("^(.+?)\\s*[（(]([^（）()]{1,12})[）)]$");
    private static final Pattern SUB_NAME_VERBS = Pattern.compile(
            "达到|完成|要求|任务|下达|控制|保持|提高|提升|稳定|实现|确保|覆盖|基本|全面|明显|显著|持续|以上|以内|以下|左右|不低于|不超过|争取|力争|增长|下降|减少|降低|[%‰]");
    private static final Pattern DIGIT = Pattern.compile("\\d");
    private static final Pattern FIVE_YEAR_PERIOD = Pattern.compile("([一二三四五六七八九十]{2,3})五");
    private static final Pattern TRAILING_PAREN = Pattern.compile("[（(][^）)]*[）)]$");
    private static final Pattern NOT_NAME = Pattern.compile("属性|类别|类型|性质|单位|值|分类");
    private static final Pattern SEQ = Pattern.compile("^[（(]?(?:(\\d{1,4})|([一二三四五六七八九十百]+))[）).、]?$");
    private static final Pattern PLAIN_NUMBER = Pattern.compile("[-\\d.%‰\\s]+");
    private static final Pattern NAME_MARK = Pattern.compile("[*＊★☆△▲]+$");

    public List<Indicator> extract(StructuredDocument doc) {
        List<Indicator> out = new ArrayList<>();
        Integer planEnd =
                doc.metadata().period() != null ? doc.metadata().period().to() : null;
        List<Block> blocks = doc.blocks();
        for (int i = 0; i < blocks.size(); i++) {
            if (blocks.get(i) instanceof Table t) {
                Layout layout = layout(t, planEnd);
                if (layout != null) {
                    read(t, layout, title(doc, i, t, layout), out);
                }
            }
        }
        return out;
    }

    /** Whether a table is an indicator table (and so not, say, a list of projects). */
    static boolean isIndicatorTable(Table t) {
        return layout(t, null) != null;
    }

    // ---- the header ------------------------------------------------------------------------------

    enum Role {
        SEQ,
        CATEGORY,
        NAME,
        UNIT,
        ATTRIBUTE,
        VALUE,
        OTHER
    }

    /**
     * One column of an indicator table.
     *
     * @param group the upper label of a two-row header that covers this column (规划目标), else ""
     */
    record Column(
            int index, Role role, String header, @Nullable Integer year, boolean growth, String group) {}

    /**
     * How an indicator table is laid out: which rows are header, what each column holds, and which value
     * columns give the baseline and the target.
     */
    record Layout(
            int firstDataRow,
            List<Column> columns,
            int seq,
            int category,
            int name,
            int unit,
            int attribute,
            @Nullable Column baseline,
            @Nullable Column target,
            @Nullable String caption) {

        List<Column> values() {
            return columns.stream().filter(c -> c.role() == Role.VALUE).toList();
        }
    }

    static @Nullable Layout layout(Table t, @Nullable Integer planEnd) {
        List<Table.Row> rows = t.rows();
        int header = -1;
        String caption = null;
        for (int r = 0; r < Math.min(4, rows.size()); r++) {
            if (nameColumn(rows.get(r)) >= 0) {
                header = r;
                break;
            }
            Table.Row row = rows.get(r);
            if (nonEmpty(row) == 1 && caption == null) {
                caption = firstText(row);
            }
        }
        if (header < 0) {
            return null;
        }
        int width = 0;
        for (Table.Row row : rows) {
            width = Math.max(width, row.cells().size());
        }
        int nameIndex = nameColumn(rows.get(header));
        int seqIndex = -1;
        for (int j = 0; j < rows.get(header).cells().size(); j++) {
            if (SEQ_HEADER.matcher(compact(text(rows.get(header), j))).matches()) {
                seqIndex = j;
            }
        }
        // further header rows: the name and number cells empty, every other cell a header word
        int end = header + 1;
        while (end < rows.size() && end <= header + 2 && isSubHeader(rows.get(end), nameIndex, seqIndex)) {
            end++;
        }
        if (end >= rows.size()) {
            return null;
        }
        String[][] labels = new String[end - header][width];
        for (int r = header; r < end; r++) {
            for (int j = 0; j < width; j++) {
                labels[r - header][j] = text(rows.get(r), j);
            }
        }
        String[] groups = new String[width];
        java.util.Arrays.fill(groups, "");
        for (int r = 0; r < labels.length - 1; r++) {
            String open = null;
            for (int j = 0; j < width; j++) {
                boolean below = !labels[r + 1][j].isEmpty();
                if (!labels[r][j].isEmpty()) {
                    open = below ? labels[r][j] : null;
                    if (below && r == 0) {
                        groups[j] = labels[r][j];
                    }
                } else if (below && open != null) {
                    labels[r][j] = open;
                    if (r == 0) {
                        groups[j] = open;
                    }
                } else {
                    open = null;
                }
            }
        }
        List<Column> columns = new ArrayList<>(width);
        List<Integer> names = new ArrayList<>();
        int seq = -1;
        int category = -1;
        int unit = -1;
        int attribute = -1;
        for (int j = 0; j < width; j++) {
            StringBuilder h = new StringBuilder();
            for (String[] row : labels) {
                String l = row[j];
                if (!l.isEmpty() && h.indexOf(l) < 0) {
                    if (h.length() > 0) {
                        h.append(' ');
                    }
                    h.append(l);
                }
            }
            String header1 = h.toString();
            String c = compact(header1);
            Role role;
            if (c.isEmpty()) {
                role = j < nameIndex ? (numbersBelow(rows, end, j) ? Role.SEQ : Role.CATEGORY) : Role.OTHER;
            } else if (SEQ_HEADER.matcher(c).matches()) {
                role = Role.SEQ;
            } else if (isNameHeader(c)) {
                role = Role.NAME;
                names.add(j);
            } else if (OTHER_HEADER.matcher(c).find()) {
                role = Role.OTHER;
            } else if (UNIT_HEADER.matcher(c).matches()) {
                role = Role.UNIT;
            } else if (ATTRIBUTE_HEADER.matcher(c).find()) {
                role = Role.ATTRIBUTE;
            } else if (CATEGORY_HEADER.matcher(c).find() && !DIGIT.matcher(c).find()) {
                role = Role.CATEGORY;
            } else if (j < nameIndex) {
                role = Role.CATEGORY;
            } else {
                role = Role.VALUE;
            }
            Integer year = yearOf(c);
            columns.add(new Column(j, role, header1, year, GROWTH.matcher(c).find(), groups[j]));
        }
        // of several name columns (一级指标, 二级指标) the last names the indicator, the others group it
        int name = names.get(names.size() - 1);
        for (int k = 0; k < names.size() - 1; k++) {
            Column col = columns.get(names.get(k));
            columns.set(col.index(), new Column(col.index(), Role.CATEGORY, col.header(), null, false, col.group()));
        }
        for (Column col : columns) {
            switch (col.role()) {
                case SEQ -> seq = seq < 0 ? col.index() : seq;
                case CATEGORY -> category = category < 0 ? col.index() : category;
                case UNIT -> unit = unit < 0 ? col.index() : unit;
                case ATTRIBUTE -> attribute = attribute < 0 ? col.index() : attribute;
                default -> {}
            }
        }
        List<Column> values = new ArrayList<>();
        boolean valueLike = false;
        for (Column col : columns) {
            if (col.role() == Role.VALUE) {
                values.add(col);
                valueLike |= VALUE_HEADER.matcher(compact(col.header())).find();
            }
        }
        if (values.isEmpty() || !valueLike) {
            return null;
        }
        Column target = chooseTarget(values, planEnd);
        Column baseline = chooseBaseline(values, target);
        return new Layout(end, List.copyOf(columns), seq, category, name, unit, attribute, baseline, target, caption);
    }

    /** The year a header names: the last of 2021—2025年, or the end year of a “十四五” period. */
    private static @Nullable Integer yearOf(String header) {
        Integer year = null;
        Matcher y = YEAR.matcher(header);
        while (y.find()) {
            year = Integer.parseInt(y.group());
        }
        if (year == null) {
            Matcher p = FIVE_YEAR_PERIOD.matcher(header);
            if (p.find()) {
                int ordinal = Markers.ordinal(p.group(1));
                year = ordinal >= 6 && ordinal <= 20 ? 1955 + ordinal * 5 : null;
            }
        }
        return year;
    }

    /** Whether the cells of a column under the header are mostly numbers (序号 without a header). */
    private static boolean numbersBelow(List<Table.Row> rows, int from, int column) {
        int numbers = 0;
        int texts = 0;
        for (int r = from; r < rows.size(); r++) {
            String t = text(rows.get(r), column);
            if (t.isEmpty()) {
                continue;
            }
            if (seq(t) != null) {
                numbers++;
            } else {
                texts++;
            }
        }
        return numbers >= texts;
    }

    private static @Nullable Column chooseTarget(List<Column> values, @Nullable Integer planEnd) {
        List<Column> levels = values.stream().filter(c -> !c.growth()).toList();
        if (levels.isEmpty()) {
            // only growth rates: the last one is the target
            return values.get(values.size() - 1);
        }
        if (planEnd != null) {
            Column best =
                    prefer(levels.stream().filter(c -> planEnd.equals(c.year())).toList());
            if (best != null) {
                return best;
            }
        }
        Integer max = null;
        for (Column c : levels) {
            if (c.year() != null && (max == null || c.year() > max)) {
                max = c.year();
            }
        }
        if (max != null) {
            Integer m = max;
            List<Column> latest =
                    levels.stream().filter(c -> m.equals(c.year())).toList();
            // one year column alone that says it is the actual value is a baseline, not a target
            if (levels.size() > 1 || !isActual(latest.get(0))) {
                return prefer(latest);
            }
            return null;
        }
        for (Column c : levels) {
            if (TARGETISH.matcher(c.header()).find()) {
                return c;
            }
        }
        if (levels.size() == 1) {
            return isActual(levels.get(0)) ? null : levels.get(0);
        }
        return levels.get(levels.size() - 1);
    }

    private static boolean isActual(Column c) {
        return ACTUALISH.matcher(c.header()).find()
                && !TARGETISH.matcher(c.header()).find();
    }

    /** Among columns of the same year, the planned one (规划目标) before the achieved one (实现情况). */
    private static @Nullable Column prefer(List<Column> candidates) {
        if (candidates.isEmpty()) {
            return null;
        }
        for (Column c : candidates) {
            if (TARGETISH.matcher(c.header()).find()) {
                return c;
            }
        }
        for (Column c : candidates) {
            if (!isActual(c)) {
                return c;
            }
        }
        return candidates.get(0);
    }

    private static @Nullable Column chooseBaseline(List<Column> values, @Nullable Column target) {
        Column best = null;
        for (Column c : values) {
            if (c.growth() || c == target) {
                continue;
            }
            boolean planned = TARGETISH.matcher(c.header()).find()
                    && !ACTUALISH.matcher(c.header()).find();
            if (planned) {
                continue;
            }
            if (best == null
                    || c.year() != null && (best.year() == null || c.year() < best.year())
                    || c.year() == null && best.year() == null && isActual(c) && !isActual(best)) {
                best = c;
            }
        }
        if (best != null
                && target != null
                && best.year() != null
                && target.year() != null
                && best.year() > target.year()) {
            return null;
        }
        return best;
    }

    private static int nameColumn(Table.Row row) {
        for (int j = 0; j < row.cells().size(); j++) {
            if (isNameHeader(compact(row.cells().get(j).text()))) {
                return j;
            }
        }
        return -1;
    }

    private static boolean isNameHeader(String header) {
        String c = TRAILING_PAREN.matcher(header).replaceFirst("");
        if (NAME_HEADER.matcher(c).matches()) {
            return true;
        }
        return c.contains("指标")
                && c.length() <= 6
                && !DIGIT.matcher(c).find()
                && !NOT_NAME.matcher(c).find();
    }

    private static boolean isSubHeader(Table.Row row, int name, int seq) {
        if (!text(row, name).isEmpty() || seq >= 0 && !text(row, seq).isEmpty()) {
            return false;
        }
        int seen = 0;
        for (Table.Cell c : row.cells()) {
            String t = c.text();
            if (t.isEmpty()) {
                continue;
            }
            seen++;
            if (!HEADER_WORD.matcher(t).find() || PLAIN_NUMBER.matcher(t).matches()) {
                return false;
            }
        }
        return seen > 0;
    }

    // ---- the rows --------------------------------------------------------------------------------

    private static void read(Table t, Layout layout, String title, List<Indicator> out) {
        List<Table.Row> rows = t.rows();
        List<Column> values = layout.values();
        int firstValue = values.get(0).index();
        Column growthTarget = growthFor(layout.target(), values, layout.baseline());
        int n = rows.size();
        boolean[] subCandidate = new boolean[n];
        boolean[] nameEmpty = new boolean[n];
        for (int r = layout.firstDataRow(); r < n; r++) {
            subCandidate[r] = isSubName(text(rows.get(r), firstValue));
            nameEmpty[r] = text(rows.get(r), layout.name()).isEmpty();
        }
        String category = null;
        String lastName = null;
        String lastUnit = null;
        for (int r = layout.firstDataRow(); r < n; r++) {
            Table.Row row = rows.get(r);
            int filled = nonEmpty(row);
            if (filled == 0) {
                continue;
            }
            boolean valuesEmpty = true;
            for (Column c : values) {
                valuesEmpty &= text(row, c.index()).isEmpty();
            }
            String nameCell = text(row, layout.name());
            String seqCell = layout.seq() >= 0 ? text(row, layout.seq()) : "";
            if (filled == 1 && valuesEmpty && isCategoryRow(row, layout)) {
                category = stripMarker(firstText(row));
                continue;
            }
            if (layout.category() >= 0 && !text(row, layout.category()).isEmpty()) {
                category = stripMarker(text(row, layout.category()));
            }
            boolean sub = subCandidate[r]
                    && (nameEmpty[r] && lastName != null
                            || r + 1 < n && subCandidate[r + 1] && nameEmpty[r + 1] && !nameEmpty[r]);
            String base;
            String unit;
            if (!nameCell.isEmpty()) {
                String[] nu = splitUnit(nameCell);
                base = nu[0];
                unit = nu[1];
            } else if (lastName != null && (sub || !valuesEmpty && !seqCell.isEmpty())) {
                base = lastName;
                unit = lastUnit;
            } else {
                continue;
            }
            if (layout.unit() >= 0) {
                String u = text(row, layout.unit());
                if (!u.isEmpty() && !Figures.isMissing(u)) {
                    unit = u;
                }
            }
            lastName = base;
            lastUnit = unit;
            String name = sub ? base + "：" + text(row, firstValue) : base;

            // each value cell read once
            ValueCell[] read = new ValueCell[values.size()];
            for (int k = 0; k < read.length; k++) {
                Column c = values.get(k);
                read[k] = sub && c.index() == firstValue
                        ? ValueCell.of("", "")
                        : ValueCell.of(text(row, c.index()), original(row, c.index()));
            }
            Baseline baseline = null;
            ValueCell bcell = null;
            Column bc = layout.baseline();
            if (bc != null) {
                bcell = read[values.indexOf(bc)];
                baseline = new Baseline(bc.year(), bcell.raw(), bcell.value());
            }
            TargetValue target = null;
            ValueCell tcell = null;
            Column tc = layout.target();
            if (tc != null) {
                Column used = tc;
                tcell = read[values.indexOf(tc)];
                if (tcell.raw().isEmpty() && growthTarget != null) {
                    ValueCell growth = read[values.indexOf(growthTarget)];
                    if (!growth.raw().isEmpty()) {
                        used = growthTarget;
                        tcell = growth;
                    }
                }
                target = target(tcell, used, tc.year(), base);
            }
            if (unit == null) {
                unit = unitOfCells(bcell, tcell);
            }
            List<TableValue> cells = new ArrayList<>(values.size());
            for (int k = 0; k < read.length; k++) {
                Column c = values.get(k);
                cells.add(new TableValue(c.header(), c.year(), read[k].raw(), read[k].value()));
            }
            IndicatorNature attribute = null;
            if (layout.attribute() >= 0) {
                attribute = attribute(text(row, layout.attribute()));
            }
            out.add(new Indicator(
                    title,
                    seq(seqCell),
                    category,
                    name,
                    unit,
                    baseline,
                    target,
                    attribute,
                    row.line(),
                    List.copyOf(cells),
                    Locations.of(row, quote(row), t)));
        }
    }

    private static @Nullable Column growthFor(@Nullable Column target, List<Column> values, @Nullable Column baseline) {
        if (target == null || target.growth()) {
            return null;
        }
        for (Column c : values) {
            if (c.growth() && c != baseline && c.group().equals(target.group())) {
                return c;
            }
        }
        return null;
    }

    /**
     * A value cell: {@code raw} as written in the source (＞200 stays ＞200), the figure read from its
     * normalised text.
     */
    private record ValueCell(String raw, Figures.Figure figure, boolean compound) {

        static ValueCell of(String normalized, String original) {
            String raw = original.isBlank() ? normalized : original.strip().replaceAll("\\s+", " ");
            return new ValueCell(raw, Figures.cell(normalized), Figures.isCompound(normalized));
        }

        /** The cell's single value, null when it states none or several. */
        @Nullable
        BigDecimal value() {
            return compound ? null : figure.value();
        }
    }

    private static TargetValue target(ValueCell cell, Column column, @Nullable Integer year, String name) {
        Figures.Figure f = cell.figure();
        TargetKind kind = f.kind();
        if (kind == TargetKind.LEVEL) {
            String header = compact(column.header());
            if (column.growth() || name.contains("年均")) {
                kind = TargetKind.ANNUAL_GROWTH;
            } else if (header.contains("累计") || name.contains("累计")) {
                kind = TargetKind.CUMULATIVE;
            }
        }
        Comparator comparator = f.comparator();
        return new TargetValue(
                column.year() != null ? column.year() : year, cell.raw(), cell.value(), comparator, kind);
    }

    /** A unit written in the baseline or target cell (94.7%), for rows whose name and columns give none. */
    private static @Nullable String unitOfCells(@Nullable ValueCell baseline, @Nullable ValueCell target) {
        for (ValueCell c : new ValueCell[] {baseline, target}) {
            if (c != null && !c.raw().isEmpty() && !c.compound() && c.figure().unit() != null) {
                return c.figure().unit();
            }
        }
        return null;
    }

    private static boolean isCategoryRow(Table.Row row, Layout layout) {
        int at = -1;
        for (int j = 0; j < row.cells().size(); j++) {
            if (!row.cells().get(j).text().isEmpty()) {
                at = j;
                break;
            }
        }
        String text = row.cells().get(at).text();
        if (at == layout.seq() && seq(text) != null) {
            return false;
        }
        if (at == layout.seq() || at == layout.category()) {
            return true;
        }
        if (at != layout.name()) {
            // a caption spread over the row in a real table
            return at < layout.name();
        }
        Markers.Marker m = Markers.find(text);
        return layout.seq() >= 0
                || m != null && (m.kind() == Markers.Kind.CN_ENUM || m.kind() == Markers.Kind.CN_PAREN)
                || text.endsWith("类");
    }

    private static boolean isSubName(String text) {
        return text.length() >= 2
                && text.length() <= 12
                && !DIGIT.matcher(text).find()
                && !Figures.isMissing(text)
                && !SUB_NAME_VERBS.matcher(text).find();
    }

    /** 地区生产总值（亿元） → [地区生产总值, 亿元]; the parentheses stay when they hold no unit (执业（助理）医师数). */
    static String[] splitUnit(String cell) {
        String name = NAME_MARK.matcher(cell).replaceFirst("").strip();
        Matcher m = NAME_WITH_UNIT.matcher(name);
        if (m.matches() && Figures.isUnit(m.group(2))) {
            return new String[] {m.group(1).strip(), m.group(2).replace(" ", "")};
        }
        return new String[] {name, null};
    }

    private static @Nullable IndicatorNature attribute(String text) {
        if (text.contains("约束")) {
            return IndicatorNature.BINDING;
        }
        if (text.contains("预期")) {
            return IndicatorNature.EXPECTED;
        }
        return null;
    }

    private static @Nullable Integer seq(String text) {
        if (text.isEmpty()) {
            return null;
        }
        Matcher m = SEQ.matcher(text);
        if (!m.matches()) {
            return null;
        }
        return m.group(1) != null ? Integer.parseInt(m.group(1)) : Markers.ordinal(m.group(2));
    }

    private static String stripMarker(String text) {
        Markers.Marker m = Markers.find(text);
        return m != null && m.end() < text.length() ? text.substring(m.end()).strip() : text;
    }

    private static String title(StructuredDocument doc, int index, Table t, Layout layout) {
        if (t.title() != null) {
            return t.title();
        }
        if (layout.caption() != null) {
            return layout.caption();
        }
        if (index > 0
                && doc.blocks().get(index - 1) instanceof Paragraph p
                && p.text().length() <= 80
                && !Markers.endsSentence(p.text())) {
            return p.text();
        }
        SectionNode s = doc.sectionOf(index);
        return s != null ? s.title() : "";
    }

    private static String quote(Table.Row row) {
        StringBuilder sb = new StringBuilder();
        for (Table.Cell c : row.cells()) {
            if (!c.original().isEmpty()) {
                if (sb.length() > 0) {
                    sb.append(' ');
                }
                sb.append(c.original());
            }
        }
        return sb.toString();
    }

    // ---- cells -----------------------------------------------------------------------------------

    static String text(Table.Row row, int j) {
        return j >= 0 && j < row.cells().size() ? row.cells().get(j).text().strip() : "";
    }

    static String original(Table.Row row, int j) {
        return j >= 0 && j < row.cells().size() ? row.cells().get(j).original() : "";
    }

    static int nonEmpty(Table.Row row) {
        int n = 0;
        for (Table.Cell c : row.cells()) {
            if (!c.text().isBlank()) {
                n++;
            }
        }
        return n;
    }

    static String firstText(Table.Row row) {
        for (Table.Cell c : row.cells()) {
            if (!c.text().isBlank()) {
                return c.text().strip();
            }
        }
        return "";
    }

    static String compact(String s) {
        return s.indexOf(' ') < 0 ? s : s.replace(" ", "");
    }
}
