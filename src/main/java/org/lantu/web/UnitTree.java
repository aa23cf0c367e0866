package org.lantu.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.lantu.region.AdminUnit;

/** The administrative units as a tree in memory: parents, children, depth-first order. */
final class UnitTree {

    record Node(AdminUnit unit, int depth) {}

    private final Map<Long, AdminUnit> byId = new HashMap<>();
    private final Map<Long, List<AdminUnit>> children = new HashMap<>();
    private final List<AdminUnit> roots = new ArrayList<>();

    UnitTree(List<AdminUnit> units) {
        Comparator<AdminUnit> order = Comparator.comparing((AdminUnit u) -> Objects.requireNonNullElse(u.code(), "~"))
                .thenComparing(AdminUnit::name);
        List<AdminUnit> sorted = new ArrayList<>(units);
        sorted.sort(order);
        for (AdminUnit u : sorted) {
            byId.put(u.id(), u);
        }
        for (AdminUnit u : sorted) {
            if (u.parentId() == null || !byId.containsKey(u.parentId())) {
                roots.add(u);
            } else {
                children.computeIfAbsent(u.parentId(), k -> new ArrayList<>()).add(u);
            }
        }
    }

    @Nullable
    AdminUnit get(long id) {
        return byId.get(id);
    }

    List<AdminUnit> children(long id) {
        return children.getOrDefault(id, List.of());
    }

    /** The unit and every unit above it, the unit first. */
    List<AdminUnit> upFrom(long id) {
        List<AdminUnit> out = new ArrayList<>();
        AdminUnit u = byId.get(id);
        while (u != null && out.size() < 20) {
            out.add(u);
            u = u.parentId() == null ? null : byId.get(u.parentId());
        }
        return out;
    }

    /** Whether a unit is the other or below it. */
    boolean isUnder(long unitId, long ancestorId) {
        return upFrom(unitId).stream().anyMatch(u -> u.id() == ancestorId);
    }

    /** The unit directly below {@code ancestorId} on the way up from {@code unitId}; null if none. */
    @Nullable
    AdminUnit childOnTheWay(long unitId, long ancestorId) {
        AdminUnit previous = null;
        for (AdminUnit u : upFrom(unitId)) {
            if (u.id() == ancestorId) {
                return previous;
            }
            previous = u;
        }
        return null;
    }

    List<Node> depthFirst() {
        List<Node> out = new ArrayList<>();
        for (AdminUnit r : roots) {
            walk(r, 0, out);
        }
        return out;
    }

    private void walk(AdminUnit u, int depth, List<Node> out) {
        out.add(new Node(u, depth));
        for (AdminUnit c : children(u.id())) {
            walk(c, depth + 1, out);
        }
    }
}
