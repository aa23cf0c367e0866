package org.lantu.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * A responsibility matrix (责任矩阵) of a plan version: top-level sections × responsible units, the number of
 * tasks in each cell and how many of them the unit leads. The chart and the table show the same data.
 *
 * @param sections top-level sections in document order (id and label); tasks outside any section last
 * @param units responsible units, most tasks first, then most leads
 * @param cells {@code [unit index, section index, tasks, leads]}
 */
public record Matrix(List<Row> sections, List<String> units, List<int[]> cells, int max) {

    /** A section of the matrix. */
    public record Row(String id, String label) {}

    /**
     * @param rows what {@code PlanService.responsibilityMatrix} returns: section, unit, tasks, leads
     * @param topSections the plan's heading tree (its roots label the rows)
     */
    static Matrix of(List<Map<String, Object>> rows, JsonNode topSections, String noSectionLabel) {
        Map<String, String> labels = new LinkedHashMap<>();
        for (JsonNode s : topSections) {
            String marker = s.path("marker").asString("");
            labels.put(
                    s.path("id").asString(""), heading(marker, s.path("title").asString("")));
        }
        Map<String, Integer> totals = new LinkedHashMap<>();
        Map<String, Integer> leads = new LinkedHashMap<>();
        List<String> sectionIds = new ArrayList<>();
        for (Map<String, Object> r : rows) {
            totals.merge((String) r.get("unit"), (Integer) r.get("tasks"), Integer::sum);
            leads.merge((String) r.get("unit"), (Integer) r.get("leads"), Integer::sum);
            String section = (String) r.get("section");
            if (!sectionIds.contains(section)) {
                sectionIds.add(section);
            }
        }
        List<String> order = new ArrayList<>(labels.keySet());
        sectionIds.sort(Comparator.comparingInt((String id) -> {
                    int i = order.indexOf(id);
                    return i < 0 ? Integer.MAX_VALUE : i;
                })
                .thenComparing(id -> id));
        List<String> units = new ArrayList<>(totals.keySet());
        units.sort(Comparator.comparing((String u) -> -totals.get(u))
                .thenComparing(u -> -leads.get(u))
                .thenComparing(u -> u));
        List<Row> sections = new ArrayList<>();
        for (String id : sectionIds) {
            sections.add(new Row(id, id.isEmpty() ? noSectionLabel : labels.getOrDefault(id, id)));
        }
        List<int[]> cells = new ArrayList<>();
        int max = 0;
        for (Map<String, Object> r : rows) {
            int tasks = (Integer) r.get("tasks");
            cells.add(new int[] {
                units.indexOf((String) r.get("unit")),
                sectionIds.indexOf((String) r.get("section")),
                tasks,
                (Integer) r.get("leads")
            });
            max = Math.max(max, tasks);
        }
        return new Matrix(sections, units, cells, max);
    }

    /** 三、重点任务 but 第三章 重点任务: a space only after a marker that does not end in punctuation. */
    static String heading(String marker, String title) {
        if (marker.isEmpty()) {
            return title;
        }
        char last = marker.charAt(marker.length() - 1);
        boolean punctuated = !Character.isLetterOrDigit(last) || "、．.）)".indexOf(last) >= 0;
        return punctuated ? marker + title : marker + " " + title;
    }

    /** The cell of a unit in a section, for the table. */
    public int @Nullable [] cell(int unit, int section) {
        for (int[] c : cells) {
            if (c[0] == unit && c[1] == section) {
                return c;
            }
        }
        return null;
    }

    public boolean isEmpty() {
        return cells.isEmpty();
    }
}
