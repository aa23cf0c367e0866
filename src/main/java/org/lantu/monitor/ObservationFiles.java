package org.lantu.monitor;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.lantu.plan.PlanJson;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * Observations as files: CSV with the columns {@code unit,indicator,year,value,source,note} (and an
 * optional {@code quarter}; Chinese headers 单位, 指标, 年份, 数值, 来源, 备注, 季度 too), in UTF-8 with or
 * without a BOM or in GBK; and JSON, an array of objects with the same names. The rows are read as text and
 * checked by {@link ObservationService#importRows}.
 */
public final class ObservationFiles {

    private static final Map<String, String> HEADERS = Map.ofEntries(
            Map.entry("unit", "unit"),
            Map.entry("单位", "unit"),
            Map.entry("行政区划", "unit"),
            Map.entry("indicator", "indicator"),
            Map.entry("指标", "indicator"),
            Map.entry("year", "year"),
            Map.entry("年份", "year"),
            Map.entry("年度", "year"),
            Map.entry("quarter", "quarter"),
            Map.entry("季度", "quarter"),
            Map.entry("value", "value"),
            Map.entry("数值", "value"),
            Map.entry("值", "value"),
            Map.entry("source", "source"),
            Map.entry("来源", "source"),
            Map.entry("数据来源", "source"),
            Map.entry("note", "note"),
            Map.entry("备注", "note"));

    private static final int MAX_ROWS = 200_000;

    private ObservationFiles() {}

    /** The text of a file: UTF-8 (a BOM dropped) when it decodes as such, else GBK. */
    public static String decode(byte[] content) {
        int start = content.length >= 3
                        && (content[0] & 0xff) == 0xEF
                        && (content[1] & 0xff) == 0xBB
                        && (content[2] & 0xff) == 0xBF
                ? 3
                : 0;
        ByteBuffer bytes = ByteBuffer.wrap(content, start, content.length - start);
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(bytes)
                    .toString();
        } catch (CharacterCodingException e) {
            return new String(content, start, content.length - start, Charset.forName("GBK"));
        }
    }

    /**
     * The rows of a CSV file; the header is row 1.
     *
     * @throws MonitorException {@code INVALID} when the header lacks a required column
     */
    public static List<ObservationRow> csv(byte[] content) {
        List<List<String>> records = records(decode(content));
        if (records.isEmpty()) {
            throw MonitorException.invalid("文件为空。", "The file is empty.");
        }
        Map<String, Integer> columns = new HashMap<>();
        List<String> header = records.get(0);
        for (int i = 0; i < header.size(); i++) {
            String name = HEADERS.get(header.get(i).strip().toLowerCase(Locale.ROOT));
            if (name != null) {
                columns.putIfAbsent(name, i);
            }
        }
        List<String> missing = new ArrayList<>();
        for (String required : List.of("unit", "indicator", "year", "value")) {
            if (!columns.containsKey(required)) {
                missing.add(required);
            }
        }
        if (!missing.isEmpty()) {
            throw MonitorException.invalid(
                    "第1行（表头）缺少列：" + String.join(", ", missing) + "。表头须为 unit,indicator,year,value,source,note。",
                    "Row 1 (the header) lacks the column(s) " + String.join(", ", missing)
                            + "; expected unit,indicator,year,value,source,note.");
        }
        if (records.size() > MAX_ROWS) {
            throw MonitorException.invalid(
                    "文件行数过多（最多 " + MAX_ROWS + " 行）。", "Too many rows (at most " + MAX_ROWS + ").");
        }
        List<ObservationRow> rows = new ArrayList<>();
        for (int r = 1; r < records.size(); r++) {
            List<String> rec = records.get(r);
            if (rec.stream().allMatch(String::isBlank)) {
                continue;
            }
            rows.add(new ObservationRow(
                    null,
                    r + 1,
                    cell(rec, columns.get("unit")),
                    cell(rec, columns.get("indicator")),
                    cell(rec, columns.get("year")),
                    cell(rec, columns.get("quarter")),
                    cell(rec, columns.get("value")),
                    cell(rec, columns.get("source")),
                    cell(rec, columns.get("note")),
                    Map.of()));
        }
        return rows;
    }

    private static @Nullable String cell(List<String> record, @Nullable Integer column) {
        return column == null || column >= record.size() ? null : record.get(column);
    }

    /** RFC 4180 records: quoted fields may hold commas, quotes ("") and line breaks. */
    static List<List<String>> records(String text) {
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean any = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        field.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    field.append(c);
                }
            } else if (c == '"' && field.length() == 0) {
                quoted = true;
                any = true;
            } else if (c == ',') {
                record.add(field.toString());
                field.setLength(0);
                any = true;
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                record.add(field.toString());
                field.setLength(0);
                records.add(record);
                record = new ArrayList<>();
                any = false;
            } else {
                field.append(c);
                any = true;
            }
        }
        if (any || field.length() > 0 || !record.isEmpty()) {
            record.add(field.toString());
            records.add(record);
        }
        return records;
    }

    /**
     * The rows of a JSON array of objects; element N is row N.
     *
     * @throws MonitorException {@code INVALID} when the body is not a JSON array of objects
     */
    public static List<ObservationRow> json(byte[] content) {
        JsonNode root;
        try {
            root = PlanJson.mapper().readTree(decode(content));
        } catch (JacksonException e) {
            throw MonitorException.invalid("请求体不是有效的 JSON。", "The body is not valid JSON.");
        }
        if (root == null || !root.isArray()) {
            throw MonitorException.invalid(
                    "请求体须为 JSON 数组：[{\"unit\": …, \"indicator\": …, \"year\": …, \"value\": …}]。",
                    "The body must be a JSON array of observations.");
        }
        if (root.size() > MAX_ROWS) {
            throw MonitorException.invalid(
                    "数据过多（最多 " + MAX_ROWS + " 项）。", "Too many items (at most " + MAX_ROWS + ").");
        }
        List<ObservationRow> rows = new ArrayList<>();
        int n = 0;
        for (JsonNode item : root) {
            n++;
            if (!item.isObject()) {
                rows.add(new ObservationRow(null, n, null, null, null, null, null, null, null, Map.of()));
                continue;
            }
            rows.add(new ObservationRow(
                    null,
                    n,
                    text(item.get("unit")),
                    text(item.get("indicator")),
                    text(item.get("year")),
                    text(item.get("quarter")),
                    text(item.get("value")),
                    text(item.get("source")),
                    text(item.get("note")),
                    Map.of()));
        }
        return rows;
    }

    private static @Nullable String text(@Nullable JsonNode n) {
        if (n == null || n.isNull() || n.isMissingNode()) {
            return null;
        }
        if (n.isNumber()) {
            return n.decimalValue().toPlainString();
        }
        return n.isValueNode() ? n.asString() : n.toString();
    }
}
