package org.lantu.search.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.util.BytesRef;
import org.jspecify.annotations.Nullable;
import org.lantu.ingest.TextForms;
import org.lantu.plan.PlanParagraph;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The index documents of one plan version: one per section, indicator, target, task, project box and
 * project list, and one per body paragraph that is no heading and no task (those are items already).
 */
final class VersionDocuments {

    private VersionDocuments() {}

    /** A section as the heading path shows it, and its parent's id. */
    private record Heading(String label, @Nullable String parent) {}

    static List<Document> of(StoreReader.Version v, List<ObjectNode> items, List<PlanParagraph> paragraphs) {
        Map<String, Heading> headings = new HashMap<>();
        List<ObjectNode> tasks = new ArrayList<>();
        for (ObjectNode item : items) {
            String type = item.path("type").asString("");
            if (type.equals("section")) {
                String label = (item.path("marker").asString("") + " "
                                + item.path("title").asString(""))
                        .strip();
                headings.put(item.path("id").asString(""), new Heading(label, text(item, "parent")));
            } else if (type.equals("responsibility")) {
                tasks.add(item);
            }
        }
        Set<Integer> taskLines = new java.util.HashSet<>();
        for (ObjectNode t : tasks) {
            taskLines.add(line(t));
        }
        List<Document> docs = new ArrayList<>();
        for (ObjectNode item : items) {
            String type = item.path("type").asString("");
            String searchText = searchText(type, item);
            if (searchText.isBlank()) {
                continue;
            }
            List<String> path = switch (type) {
                case "section" -> path(headings, text(item, "parent"));
                case "indicator" -> listOf(text(item, "table"));
                default -> path(headings, text(item, "section_id"));
            };
            List<String> units =
                    type.equals("responsibility") ? strings(item.path("units_normalized")) : unitsAt(tasks, line(item));
            Integer end = endLine(item);
            docs.add(document(
                    v,
                    type,
                    item.path("item_id").asLong(),
                    searchText,
                    path,
                    units,
                    value(type, item),
                    years(type, item, v),
                    line(item),
                    end));
        }
        for (PlanParagraph p : paragraphs) {
            if (p.heading() || taskLines.contains(p.line()) || p.text().isBlank()) {
                continue;
            }
            docs.add(document(
                    v,
                    "paragraph",
                    null,
                    TextForms.normalize(p.text()),
                    path(headings, p.sectionId()),
                    unitsAt(tasks, p.line()),
                    null,
                    v.periodTo() != null ? List.of(v.periodTo()) : List.of(),
                    p.line(),
                    p.endLine()));
        }
        return docs;
    }

    private static Document document(
            StoreReader.Version v,
            String type,
            @Nullable Long itemId,
            String text,
            List<String> path,
            List<String> units,
            @Nullable String value,
            List<Integer> years,
            int line,
            @Nullable Integer endLine) {
        Document d = new Document();
        d.add(new StringField(Fields.VERSION, String.valueOf(v.id()), Field.Store.NO));
        d.add(new LongPoint(Fields.VERSION_ID, v.id()));
        d.add(new StoredField(Fields.VERSION_ID, v.id()));
        d.add(new LongPoint(Fields.PLAN_ID, v.planId()));
        d.add(new StoredField(Fields.PLAN_ID, v.planId()));
        long unit = v.unitId() != null ? v.unitId() : Fields.NO_UNIT;
        d.add(new LongPoint(Fields.UNIT_ID, unit));
        d.add(new StoredField(Fields.UNIT_ID, unit));
        d.add(new StringField(Fields.KIND, v.kind(), Field.Store.YES));
        d.add(new StringField(Fields.TYPE, type, Field.Store.YES));
        d.add(new NumericDocValuesField(Fields.SORT_PLAN, v.planId()));
        d.add(new NumericDocValuesField(Fields.SORT_VERSION, v.id()));
        d.add(new NumericDocValuesField(Fields.SORT_LINE, line));
        // set for the version's plan once all of a catch-up's versions are in (SearchIndex.markLatest)
        d.add(new NumericDocValuesField(Fields.LATEST, 0));
        if (itemId != null) {
            d.add(new StoredField(Fields.ITEM_ID, itemId));
        }
        d.add(new StoredField(Fields.VERSION_NO, v.versionNo()));
        d.add(new StoredField(Fields.TITLE, v.title()));
        if (v.unitName() != null) {
            d.add(new StoredField(Fields.UNIT_NAME, v.unitName()));
        }
        for (String p : path) {
            d.add(new StoredField(Fields.PATH, p));
        }
        d.add(new StoredField(Fields.TEXT, text));
        d.add(new TextField(Analyzers.CJK, text, Field.Store.NO));
        d.add(new TextField(Analyzers.UNI, text, Field.Store.NO));
        d.add(new TextField(Analyzers.WORD, text, Field.Store.NO));
        for (String u : units) {
            d.add(new StoredField(Fields.UNITS, u));
            d.add(new StringField(Fields.RESPONSIBLE, u, Field.Store.NO));
            facet(d, "responsible", u, u);
        }
        if (value != null) {
            d.add(new StoredField(Fields.VALUE, value));
        }
        d.add(new StoredField(Fields.LINE, line));
        if (endLine != null && endLine > line) {
            d.add(new StoredField(Fields.END_LINE, endLine));
        }
        for (int y : years) {
            d.add(new IntPoint(Fields.YEAR, y));
            facet(d, "year", String.valueOf(y), String.valueOf(y));
        }
        facet(d, "unit", String.valueOf(unit), v.unitName() != null ? v.unitName() : "—");
        facet(d, "kind", v.kind(), v.kind());
        facet(d, "plan", String.valueOf(v.planId()), v.title());
        facet(d, "type", type, type);
        return d;
    }

    private static void facet(Document d, String dimension, String value, String label) {
        d.add(new SortedSetDocValuesField(Fields.FACET + dimension, new BytesRef(value + Fields.LABEL + label)));
    }

    /** What the item is found by: its wording, normalised as the document text was. */
    static String searchText(String type, ObjectNode item) {
        String text = switch (type) {
            case "section" -> join(" ", text(item, "marker"), text(item, "title"));
            case "indicator" -> join(" ", text(item, "category"), text(item, "name"), text(item, "unit"));
            case "target" -> {
                String clause = text(item, "text");
                String indicator = text(item, "indicator");
                yield clause != null && indicator != null && clause.contains(indicator)
                        ? clause
                        : join(" ", indicator, clause);
            }
            case "responsibility" -> {
                List<String> units = strings(item.path("units_normalized"));
                yield join("", text(item, "text"), units.isEmpty() ? null : "（" + String.join("、", units) + "）");
            }
            case "project" -> {
                List<String> names = names(item.path("items"));
                yield join(
                        "：",
                        join(" ", "专栏" + item.path("box").asString(""), text(item, "title")),
                        names.isEmpty() ? null : String.join("；", names));
            }
            case "project_summary" -> {
                List<String> names = names(item.path("categories"));
                yield join("：", text(item, "title"), names.isEmpty() ? null : String.join("、", names));
            }
            default -> "";
        };
        return text == null ? "" : TextForms.normalize(text);
    }

    /** The figures of an indicator, target or project list in one line; null for other items. */
    static @Nullable String value(String type, ObjectNode item) {
        switch (type) {
            case "indicator" -> {
                String unit = text(item, "unit");
                String base = text(item.path("baseline"), "raw");
                String target = text(item.path("target"), "raw");
                if (base == null && target == null) {
                    return null;
                }
                String baseYear = text(item.path("baseline"), "year");
                String targetYear = text(item.path("target"), "year");
                return join(
                        " ",
                        base != null ? join("", baseYear != null ? baseYear + "年 " : null, base) : null,
                        "→",
                        target != null ? join("", targetYear != null ? targetYear + "年 " : null, target) : null,
                        unit != null ? "（" + unit + "）" : null,
                        text(item, "attribute"));
            }
            case "target" -> {
                JsonNode value = item.path("value");
                if (!value.isNumber()) {
                    return null;
                }
                String comparator = switch (item.path("comparator").asString("")) {
                    case ">" -> ">";
                    case ">=" -> "≥";
                    case "<" -> "<";
                    case "<=" -> "≤";
                    case "about" -> "≈";
                    default -> "";
                };
                String year = text(item, "year");
                return comparator
                        + value.decimalValue().stripTrailingZeros().toPlainString()
                        + (text(item, "unit") != null ? text(item, "unit") : "")
                        + (year != null ? "（" + year + "年）" : "");
            }
            case "project_summary" -> {
                JsonNode total = item.path("total");
                String count = text(total, "count");
                String investment = text(total, "investment");
                if (count == null && investment == null) {
                    return null;
                }
                return join(
                        " ",
                        count != null ? count + "个" : null,
                        investment != null
                                ? investment + (text(total, "unit") != null ? text(total, "unit") : "")
                                : null);
            }
            case "project" -> {
                int n = item.path("items").size();
                return n > 0 ? n + "个项目" : null;
            }
            default -> {
                return null;
            }
        }
    }

    private static List<Integer> years(String type, ObjectNode item, StoreReader.Version v) {
        JsonNode year = type.equals("indicator")
                ? item.path("target").path("year")
                : type.equals("target") ? item.path("year") : null;
        if (year != null && year.isNumber()) {
            return List.of(year.asInt());
        }
        return v.periodTo() != null ? List.of(v.periodTo()) : List.of();
    }

    /** The units of the task that covers the line: a target or paragraph inside a task paragraph. */
    private static List<String> unitsAt(List<ObjectNode> tasks, int line) {
        for (ObjectNode t : tasks) {
            int start = line(t);
            Integer end = endLine(t);
            if (line == start || (end != null && line >= start && line <= end)) {
                return strings(t.path("units_normalized"));
            }
        }
        return List.of();
    }

    private static List<String> path(Map<String, Heading> headings, @Nullable String sectionId) {
        List<String> path = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        String id = sectionId;
        while (id != null && seen.add(id)) {
            Heading h = headings.get(id);
            if (h == null) {
                break;
            }
            path.add(0, h.label());
            id = h.parent();
        }
        return path;
    }

    private static int line(JsonNode item) {
        JsonNode line = item.path("location").path("line");
        return line.isNumber() ? line.asInt() : item.path("line").asInt(0);
    }

    private static @Nullable Integer endLine(JsonNode item) {
        JsonNode end = item.path("location").path("end_line");
        return end.isNumber() ? Integer.valueOf(end.asInt()) : null;
    }

    /** The {@code name} of each entry (a box's projects, a list's categories). */
    private static List<String> names(JsonNode entries) {
        List<String> names = new ArrayList<>();
        for (JsonNode e : entries) {
            String name = text(e, "name");
            if (name != null) {
                names.add(name);
            }
        }
        return names;
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        for (JsonNode n : array) {
            if (n.isString() && !n.asString().isBlank()) {
                out.add(n.asString());
            }
        }
        return out;
    }

    private static List<String> listOf(@Nullable String s) {
        return s == null ? List.of() : List.of(s);
    }

    private static @Nullable String text(JsonNode node, String field) {
        JsonNode n = node.path(field);
        if (n.isMissingNode() || n.isNull()) {
            return null;
        }
        String s = n.isNumber() ? n.decimalValue().stripTrailingZeros().toPlainString() : n.asString("");
        return s.isBlank() ? null : s;
    }

    private static @Nullable String join(String separator, @Nullable String... parts) {
        List<String> present = new ArrayList<>();
        for (String p : parts) {
            if (p != null && !p.isBlank()) {
                present.add(p);
            }
        }
        return present.isEmpty() ? null : String.join(separator, present);
    }
}
