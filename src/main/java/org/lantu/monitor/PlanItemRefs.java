package org.lantu.monitor;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.lantu.plan.PlanService;
import org.lantu.plan.PlanSummary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.node.ObjectNode;

/**
 * Items of a plan's latest version with their keys (which carry over from version to version), their data
 * with planners' corrections applied. An item is named by its key or by the id of the item in any version.
 */
@Component
class PlanItemRefs {

    /** An item of the latest version. */
    record Item(long planId, long itemId, String type, String key, ObjectNode data) {}

    private final PlanService plans;
    private final JdbcClient jdbc;

    PlanItemRefs(PlanService plans, JdbcClient jdbc) {
        this.plans = plans;
        this.jdbc = jdbc;
    }

    Optional<PlanSummary> plan(long planId) {
        return plans.plan(planId);
    }

    List<Item> items(long planId, String type) {
        Optional<Long> version = plans.latestVersionId(planId);
        if (version.isEmpty() || version.get() == null) {
            return List.of();
        }
        Map<Long, String> keys = new HashMap<>();
        jdbc.sql("select id, item_key from plan.item where version_id = ? and type = ?")
                .params(version.get(), type)
                .query((rs, n) -> keys.put(rs.getLong(1), rs.getString(2)))
                .list();
        return plans.currentItems(version.get(), type).stream()
                .map(d -> {
                    long id = d.get("item_id").asLong();
                    return new Item(planId, id, type, keys.get(id), d);
                })
                .toList();
    }

    /** The item named by a key or an item id (of any version of the plan), in the latest version. */
    Optional<Item> item(long planId, String ref, @Nullable String type) {
        String key = ref;
        String itemType = type;
        if (ref.matches("\\d{1,18}")) {
            Optional<String[]> found = jdbc.sql("""
                            select i.item_key, i.type from plan.item i join plan.plan_version v on v.id = i.version_id
                            where i.id = ? and v.plan_id = ?""")
                    .params(Long.parseLong(ref), planId)
                    .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2)})
                    .optional();
            if (found.isPresent()) {
                key = found.get()[0];
                itemType = found.get()[1];
            }
        }
        if (itemType == null) {
            for (String t : List.of("indicator", "target", "responsibility", "project")) {
                Optional<Item> i = byKey(planId, t, key);
                if (i.isPresent()) {
                    return i;
                }
            }
            return Optional.empty();
        }
        if (type != null && !type.equals(itemType)) {
            return Optional.empty();
        }
        return byKey(planId, itemType, key);
    }

    private Optional<Item> byKey(long planId, String type, String key) {
        return items(planId, type).stream().filter(i -> key.equals(i.key())).findFirst();
    }

    /** Ids of the plans filed under a unit. */
    List<Long> plansOfUnit(long unitId) {
        return jdbc.sql("select id from plan.plan where unit_id = ? order by id")
                .param(unitId)
                .query(Long.class)
                .list();
    }
}
