package org.lantu.web;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.lantu.plan.Correction;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * An extracted item (its JSON as {@code PlanService} gives it) as templates read it: fields by dotted
 * path, absent and null alike, so that a page never breaks on an item the extraction shaped a little
 * differently or a planner corrected.
 */
public final class ItemView {

    private final JsonNode data;
    private final List<Correction> corrections;

    ItemView(JsonNode data, List<Correction> corrections) {
        this.data = data;
        this.corrections = corrections;
    }

    static ItemView of(JsonNode data) {
        return new ItemView(data, List.of());
    }

    public long getItemId() {
        return data.path("item_id").asLong(0);
    }

    /** The id of the element that shows the item, for links back to it. */
    public String getAnchor() {
        return "item-" + getItemId();
    }

    public boolean isCorrected() {
        return data.path("corrected").asBoolean(false);
    }

    public List<Correction> getCorrections() {
        return corrections;
    }

    /** The 1-based source line where the item starts. */
    public int getLine() {
        JsonNode line = data.path("location").path("line");
        return line.isNumber() ? line.asInt() : data.path("line").asInt(0);
    }

    /** The last source line, when the item spans several. */
    public @Nullable Integer getEndLine() {
        JsonNode end = data.path("location").path("end_line");
        return end.isNumber() && end.asInt() > getLine() ? end.asInt() : null;
    }

    public @Nullable String getQuote() {
        return text("location.quote");
    }

    /** A field as text: numbers written plainly, lists joined with 、, null when absent, null or empty. */
    public @Nullable String text(String path) {
        return Views.display(at(path));
    }

    public boolean has(String path) {
        return text(path) != null;
    }

    /** A list field's entries as text. */
    public List<String> list(String path) {
        List<String> out = new ArrayList<>();
        for (JsonNode n : at(path)) {
            String s = Views.display(n);
            if (s != null) {
                out.add(s);
            }
        }
        return out;
    }

    /** A list of objects (a box's projects, a summary's categories) as items. */
    public List<ItemView> items(String path) {
        List<ItemView> out = new ArrayList<>();
        for (JsonNode n : at(path)) {
            if (n instanceof ObjectNode) {
                out.add(ItemView.of(n));
            }
        }
        return out;
    }

    /** Whether any entry of a list of objects has the field, so that a table can leave out empty columns. */
    public boolean anyHas(String list, String field) {
        for (JsonNode n : at(list)) {
            if (Views.display(n.path(field)) != null) {
                return true;
            }
        }
        return false;
    }

    JsonNode at(String path) {
        JsonNode n = data;
        for (String part : path.split("\\.")) {
            n = n.path(part);
        }
        return n;
    }

    JsonNode json() {
        return data;
    }
}
