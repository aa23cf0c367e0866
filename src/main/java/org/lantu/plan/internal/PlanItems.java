package org.lantu.plan.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.lantu.plan.ExtractedPlan;
import org.lantu.plan.PlanJson;
import org.lantu.plan.Section;
import org.lantu.plan.VersionDiff;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** A plan's items as rows of {@code plan.item}, and the diff between two versions' items. */
public final class PlanItems {

    public static final List<String> TYPES =
            List.of("section", "indicator", "target", "responsibility", "project", "project_summary");

    /** The name of a type's array in the extract JSON: section → sections, project_summary → project_summaries. */
    public static String arrayName(String type) {
        return switch (type) {
            case "responsibility" -> "responsibilities";
            case "project_summary" -> "project_summaries";
            default -> type + "s";
        };
    }

    /** Fields that say where an item is, not what it is: a moved item has not changed. */
    private static final List<String> PLACE = List.of("line", "location", "end_line", "id", "section_id", "item_id");

    private PlanItems() {}

    /** One item: its type, key across versions, position, and its JSON as in the extract output. */
    public record Item(
            String type,
            String key,
            int ordinal,
            int line,
            @Nullable String sectionId,
            ObjectNode data) {}

    public static List<Item> of(ExtractedPlan plan) {
        List<Item> items = new ArrayList<>();
        ItemKeys keys = new ItemKeys();
        sections(plan.sections(), "", null, items, keys);
        int n = 0;
        for (var i : plan.indicators()) {
            items.add(
                    item("indicator", keys.unique("indicator", i.table() + " / " + i.name()), n++, i.line(), null, i));
        }
        n = 0;
        for (var t : plan.targets()) {
            String key = t.indicator() + " / " + (t.year() != null ? t.year() : "") + " / "
                    + t.value().toPlainString();
            items.add(item("target", keys.unique("target", key), n++, t.line(), t.sectionId(), t));
        }
        n = 0;
        for (var r : plan.responsibilities()) {
            String key = Objects.requireNonNullElse(r.section(), "") + " / " + r.paragraph();
            items.add(item("responsibility", keys.unique("responsibility", key), n++, r.line(), r.sectionId(), r));
        }
        n = 0;
        for (var p : plan.projects()) {
            items.add(item(
                    "project",
                    keys.unique("project", "专栏" + p.box() + " " + p.title()),
                    n++,
                    p.line(),
                    p.sectionId(),
                    p));
        }
        n = 0;
        for (var s : plan.projectSummaries()) {
            items.add(item("project_summary", keys.unique("project_summary", s.title()), n++, s.line(), null, s));
        }
        return items;
    }

    private static void sections(
            List<Section> sections, String path, @Nullable String parent, List<Item> items, ItemKeys keys) {
        for (Section s : sections) {
            String key = keys.unique("section", path + s.marker() + s.title());
            ObjectNode data = PlanJson.mapper().valueToTree(s);
            data.remove("children");
            data.put("parent", parent);
            items.add(new Item("section", key, items.size(), s.line(), s.id(), data));
            sections(s.children(), key + " / ", s.id(), items, keys);
        }
    }

    private static Item item(String type, String key, int ordinal, int line, @Nullable String sectionId, Object value) {
        return new Item(type, key, ordinal, line, sectionId, PlanJson.mapper().valueToTree(value));
    }

    public static VersionDiff diff(long from, long to, List<Item> before, List<Item> after) {
        Map<String, Item> old = new HashMap<>();
        for (Item i : before) {
            old.put(i.type() + "\u0000" + i.key(), i);
        }
        List<VersionDiff.Change> added = new ArrayList<>();
        List<VersionDiff.Change> changed = new ArrayList<>();
        for (Item i : after) {
            Item was = old.remove(i.type() + "\u0000" + i.key());
            if (was == null) {
                added.add(new VersionDiff.Change(i.type(), i.key()));
            } else if (!content(was.data()).equals(content(i.data()))) {
                changed.add(new VersionDiff.Change(i.type(), i.key()));
            }
        }
        List<VersionDiff.Change> removed = old.values().stream()
                .sorted(java.util.Comparator.comparing(Item::type).thenComparing(Item::ordinal))
                .map(i -> new VersionDiff.Change(i.type(), i.key()))
                .toList();
        return new VersionDiff(from, to, added, removed, changed);
    }

    private static JsonNode content(ObjectNode data) {
        ObjectNode copy = data.deepCopy();
        for (String field : PLACE) {
            copy.remove(field);
        }
        copy.remove("parent");
        // the same number read back from the store (88.6 as a double) and from the model (a BigDecimal) is
        // one value: compare them as JSON text reads
        return PlanJson.mapper().readTree(PlanJson.mapper().writeValueAsString(copy));
    }

    /** Rebuilds the heading tree from flat section items (their {@code parent} is the parent's id). */
    public static ArrayNode tree(ArrayNode flat) {
        ArrayNode roots = PlanJson.mapper().createArrayNode();
        Map<String, ObjectNode> byId = new HashMap<>();
        for (JsonNode n : flat) {
            ObjectNode s = (ObjectNode) n;
            s.remove("type");
            s.set("children", PlanJson.mapper().createArrayNode());
            byId.put(s.get("id").asString(), s);
        }
        for (JsonNode n : flat) {
            ObjectNode s = (ObjectNode) n;
            JsonNode parent = s.remove("parent");
            ObjectNode p = parent == null || parent.isNull() ? null : byId.get(parent.asString());
            if (p == null) {
                roots.add(s);
            } else {
                ((ArrayNode) p.get("children")).add(s);
            }
        }
        return roots;
    }

    /** Sets a field, or a dotted path such as {@code target.value}, of an item's JSON. */
    public static void set(ObjectNode data, String path, JsonNode value) {
        String[] parts = path.split("\\.");
        ObjectNode node = data;
        for (int i = 0; i < parts.length - 1; i++) {
            node = node.get(parts[i]) instanceof ObjectNode child ? child : node.putObject(parts[i]);
        }
        node.set(parts[parts.length - 1], value);
    }

    /** Whether the item's JSON has the field (or dotted path), so that a correction names something real. */
    public static boolean has(ObjectNode data, String path) {
        JsonNode node = data;
        for (Iterator<String> it = List.of(path.split("\\.")).iterator(); it.hasNext(); ) {
            String part = it.next();
            if (!(node instanceof ObjectNode) || !node.has(part)) {
                return false;
            }
            node = node.get(part);
        }
        return true;
    }
}
