package org.lantu.monitor;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.lantu.plan.PlanService;
import org.lantu.plan.PlanSummary;
import org.lantu.region.AdminUnit;
import org.lantu.region.RegionService;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The administrative units and the plans filed under them, held in memory under the structure generation
 * ({@code V9_1__create_monitor_structure_generation.sql}), which the database moves on with every change of
 * a unit, a plan or a plan version, whichever process makes it. {@link #view} reads that generation and the
 * generations of the units asked for in one query, and reloads the tree only when the structure changed.
 */
@Component
class UnitDirectory {

    private final RegionService regions;
    private final PlanService plans;
    private final JdbcClient jdbc;
    private volatile @Nullable Tree tree;

    UnitDirectory(RegionService regions, PlanService plans, JdbcClient jdbc) {
        this.regions = regions;
        this.plans = plans;
        this.jdbc = jdbc;
    }

    /** The units and plans as of one structure generation. Shared: never change it. */
    record Tree(
            long generation,
            Map<Long, AdminUnit> units,
            Map<Long, List<Long>> children,
            Map<Long, List<PlanSummary>> plansByUnit) {

        /** The unit and every unit below it, the unit first; empty for an unknown unit. */
        List<Long> withDescendants(long unitId) {
            if (!units.containsKey(unitId)) {
                return List.of();
            }
            List<Long> out = new ArrayList<>();
            ArrayDeque<Long> todo = new ArrayDeque<>();
            todo.add(unitId);
            while (!todo.isEmpty()) {
                long u = todo.poll();
                out.add(u);
                todo.addAll(children.getOrDefault(u, List.of()));
            }
            return out;
        }

        /** The plans filed under any of some units, by plan id. */
        List<PlanSummary> plansOf(Collection<Long> unitIds) {
            List<PlanSummary> out = new ArrayList<>();
            for (Long u : unitIds) {
                out.addAll(plansByUnit.getOrDefault(u, List.of()));
            }
            out.sort(Comparator.comparingLong(PlanSummary::id));
            return out;
        }
    }

    /** A tree and the generations of some of its units (a unit never changed has none), read together. */
    record View(Tree tree, Map<Long, Long> unitGenerations) {}

    /**
     * The current tree with the generations of the units {@code units} picks from it. Warm, this is one
     * query; the generations are read before anything they guard is, so a cache keyed by them never holds
     * data older than its key.
     */
    View view(Function<Tree, Collection<Long>> units) {
        Tree t = tree;
        while (true) {
            Collection<Long> ids = t == null ? List.of() : units.apply(t);
            Map<Long, Long> generations = new HashMap<>();
            long[] structure = {0};
            jdbc.sql("""
                            select true, 0::bigint, coalesce(max(generation), -1) from monitor.structure_generation
                            union all
                            select false, unit_id, generation from monitor.unit_generation where unit_id = any(?)""").param(ids.stream().distinct().toArray(Long[]::new)).query(rs -> {
                if (rs.getBoolean(1)) {
                    structure[0] = rs.getLong(3);
                } else {
                    generations.put(rs.getLong(2), rs.getLong(3));
                }
            });
            if (t != null && t.generation() == structure[0]) {
                return new View(t, generations);
            }
            t = load(structure[0]);
            tree = t;
        }
    }

    private Tree load(long generation) {
        Map<Long, AdminUnit> units = new HashMap<>();
        Map<Long, List<Long>> children = new HashMap<>();
        for (AdminUnit u : regions.all()) {
            units.put(u.id(), u);
            if (u.parentId() != null) {
                children.computeIfAbsent(u.parentId(), k -> new ArrayList<>()).add(u.id());
            }
        }
        Map<Long, List<PlanSummary>> byUnit = new HashMap<>();
        for (PlanSummary p : plans.plans()) {
            byUnit.computeIfAbsent(p.unitId() == null ? 0L : p.unitId(), k -> new ArrayList<>())
                    .add(p);
        }
        children.replaceAll((k, v) -> List.copyOf(v));
        byUnit.replaceAll((k, v) -> List.copyOf(v));
        return new Tree(generation, Map.copyOf(units), Map.copyOf(children), Map.copyOf(byUnit));
    }
}
