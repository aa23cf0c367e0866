package org.lantu.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.lantu.plan.PlanSummary;
import org.lantu.region.AdminUnit;

/**
 * A unit of the home page's tree (自治区 → 盟市 → 旗县) with its plans; only units that have plans, or
 * units below them that do, are in the tree.
 */
public record UnitNode(AdminUnit unit, List<PlanSummary> plans, List<UnitNode> children) {

    static List<UnitNode> tree(List<AdminUnit> units, List<PlanSummary> plans) {
        Map<Long, AdminUnit> byId = new HashMap<>();
        for (AdminUnit u : units) {
            byId.put(u.id(), u);
        }
        Map<Long, List<PlanSummary>> plansOf = new LinkedHashMap<>();
        for (PlanSummary p : plans) {
            if (p.unitId() != null && byId.containsKey(p.unitId())) {
                plansOf.computeIfAbsent(p.unitId(), k -> new ArrayList<>()).add(p);
            }
        }
        Set<Long> kept = new HashSet<>();
        for (Long id : plansOf.keySet()) {
            Long next = id;
            // the path up to the top; a cycle in bad data must not hang the page
            while (next != null && kept.add(next)) {
                AdminUnit u = byId.get(next);
                next = u != null ? u.parentId() : null;
            }
        }
        Map<Long, List<AdminUnit>> childrenOf = new HashMap<>();
        List<AdminUnit> roots = new ArrayList<>();
        for (AdminUnit u : units) {
            if (!kept.contains(u.id())) {
                continue;
            }
            if (u.parentId() != null && kept.contains(u.parentId())) {
                childrenOf.computeIfAbsent(u.parentId(), k -> new ArrayList<>()).add(u);
            } else {
                roots.add(u);
            }
        }
        return build(roots, childrenOf, plansOf, new HashSet<>());
    }

    private static List<UnitNode> build(
            List<AdminUnit> units,
            Map<Long, List<AdminUnit>> childrenOf,
            Map<Long, List<PlanSummary>> plansOf,
            Set<Long> seen) {
        List<UnitNode> out = new ArrayList<>();
        List<AdminUnit> sorted = new ArrayList<>(units);
        sorted.sort(Comparator.comparing((AdminUnit u) -> u.code() == null ? "999999" : u.code())
                .thenComparing(AdminUnit::name));
        for (AdminUnit u : sorted) {
            if (!seen.add(u.id())) {
                continue;
            }
            out.add(new UnitNode(
                    u,
                    plansOf.getOrDefault(u.id(), List.of()),
                    build(childrenOf.getOrDefault(u.id(), List.of()), childrenOf, plansOf, seen)));
        }
        return out;
    }
}
