package org.lantu.web;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/** A heading of the plan's tree, as the structure tab shows it. */
public record SectionNode(ItemView item, List<SectionNode> children) {

    static List<SectionNode> tree(JsonNode sections) {
        List<SectionNode> out = new ArrayList<>();
        for (JsonNode s : sections) {
            out.add(new SectionNode(ItemView.of(s), tree(s.path("children"))));
        }
        return out;
    }

    static int count(JsonNode sections) {
        int n = 0;
        for (JsonNode s : sections) {
            n += 1 + count(s.path("children"));
        }
        return n;
    }
}
