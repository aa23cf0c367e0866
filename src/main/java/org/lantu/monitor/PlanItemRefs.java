package org.lantu.monitor;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.lantu.plan.PlanService;
import org.lantu.plan.PlanSummary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.node.ObjectNode;

/**
 * Items of a plan's latest version with their keys (which carry over from version to version), their data
 * with planners' corrections applied. An item is named by its key or by the id of the item in any version.
 *
 * <p>Items are kept in memory per plan and type while the plan's latest version and the last correction of
 * it are the same: one query tells both (a version never changes but for corrections), so a warm read is one
 * statement instead of four. Another node's import or correction changes one of the two, so the check holds
 * across nodes too. The data is shared: read it, never change it.
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

    /** The items of a type read from a version after a correction (0: none); never modified once cached. */
    private record Cached(long versionId, long correction, List<Item> items) {}

    private static final int CACHE_LIMIT = 10_000;

    private final Map<String, Cached> cache = new ConcurrentHashMap<>();

    List<Item> items(long planId, String type) {
        return items(planId, List.of(type)).get(type);
    }

    /** The items of several types, checked against the store once for all of them: by type, each present. */
    Map<String, List<Item>> items(long planId, List<String> types) {
        // the latest version and the last correction of any of its items, in one statement
        Optional<long[]> stamp = jdbc.sql("""
                        select v.id, coalesce((select max(c.id) from plan.correction c
                                               join plan.item i on i.id = c.item_id where i.version_id = v.id), 0)
                        from plan.plan_version v where v.plan_id = ? order by v.id desc limit 1""")
                .param(planId)
                .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)})
                .optional();
        Map<String, List<Item>> out = new HashMap<>();
        for (String type : types) {
            out.put(type, stamp.isEmpty() ? List.of() : items(planId, type, stamp.get()[0], stamp.get()[1]));
        }
        return out;
    }

    private List<Item> items(long planId, String type, long versionId, long correction) {
        String key = planId + ":" + type;
        Cached hit = cache.get(key);
        if (hit != null && hit.versionId() == versionId && hit.correction() == correction) {
            return hit.items();
        }
        Map<Long, String> keys = new HashMap<>();
        jdbc.sql("select id, item_key from plan.item where version_id = ? and type = ?")
                .params(versionId, type)
                .query((rs, n) -> keys.put(rs.getLong(1), rs.getString(2)))
                .list();
        List<Item> read = plans.currentItems(versionId, type).stream()
                .map(d -> {
                    long id = d.get("item_id").asLong();
                    return new Item(planId, id, type, keys.get(id), d);
                })
                .toList();
        if (cache.size() > CACHE_LIMIT) {
            cache.clear();
        }
        cache.put(key, new Cached(versionId, correction, read));
        return read;
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
