package org.lantu.web;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.lantu.monitor.PlanEvaluation;
import org.lantu.monitor.StatusCounts;
import org.lantu.plan.PlanSummary;
import org.lantu.region.AdminUnit;
import org.lantu.region.RegionService;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Monitoring by administrative unit (监测): every unit with readable plans and its status mix, and one unit's
 * plans with theirs.
 */
@Controller
class MonitoringController {

    private final MonitoringViews monitoring;
    private final ScopedPlans scoped;
    private final RegionService regions;

    MonitoringController(MonitoringViews monitoring, ScopedPlans scoped, RegionService regions) {
        this.monitoring = monitoring;
        this.scoped = scoped;
        this.regions = regions;
    }

    /** A unit in the overview, indented by its depth, with the status mix of the plans under it. */
    public record UnitRow(
            AdminUnit unit,
            int depth,
            int plans,
            StatusCounts counts,
            List<MonitoringViews.StatusCell> cells,
            String share,
            boolean comparable) {}

    /** A plan with its status mix. */
    public record PlanRow(
            PlanSummary plan, int year, StatusCounts counts, List<MonitoringViews.StatusCell> cells, String share) {}

    @GetMapping("/monitoring")
    String overview(@RequestParam(required = false) @Nullable Integer year, Locale locale, Model model) {
        MonitoringViews.checkYear(year);
        List<PlanSummary> plans = scoped.plans();
        Map<Long, PlanEvaluation> byPlan = new HashMap<>();
        for (PlanEvaluation e : monitoring.evaluateAll(plans, year)) {
            byPlan.put(e.planId(), e);
        }
        UnitTree tree = new UnitTree(regions.all());
        Map<Long, List<PlanEvaluation>> under = new HashMap<>();
        for (PlanSummary p : plans) {
            if (p.unitId() == null) {
                continue;
            }
            for (AdminUnit u : tree.upFrom(p.unitId())) {
                under.computeIfAbsent(u.id(), k -> new ArrayList<>()).add(byPlan.get(p.id()));
            }
        }
        List<UnitRow> rows = new ArrayList<>();
        for (UnitTree.Node n : tree.depthFirst()) {
            List<PlanEvaluation> evaluated = under.get(n.unit().id());
            if (evaluated == null) {
                continue;
            }
            StatusCounts counts = MonitoringViews.counts(evaluated);
            boolean comparable = tree.children(n.unit().id()).stream().anyMatch(c -> under.containsKey(c.id()));
            rows.add(new UnitRow(
                    n.unit(),
                    n.depth(),
                    evaluated.size(),
                    counts,
                    MonitoringViews.cells(counts, locale),
                    MonitoringViews.share(counts),
                    comparable));
        }
        model.addAttribute("rows", rows);
        model.addAttribute("year", year);
        model.addAttribute("statuses", MonitoringViews.cells(StatusCounts.of(List.of()), locale));
        return "monitoring";
    }

    @GetMapping("/units/{id}/monitoring")
    String unit(
            @PathVariable long id, @RequestParam(required = false) @Nullable Integer year, Locale locale, Model model) {
        MonitoringViews.checkYear(year);
        AdminUnit unit = monitoring.readableUnit(id);
        List<AdminUnit> ancestry = new ArrayList<>(regions.ancestry(id));
        Collections.reverse(ancestry);
        ancestry.remove(ancestry.size() - 1);
        List<PlanEvaluation> evaluated = monitoring.evaluateAll(monitoring.plansUnder(unit), year);
        Map<Long, PlanSummary> summaries = new LinkedHashMap<>();
        scoped.plans().forEach(p -> summaries.put(p.id(), p));
        List<PlanRow> rows = new ArrayList<>();
        for (PlanEvaluation e : evaluated) {
            StatusCounts c = e.counts();
            rows.add(new PlanRow(
                    summaries.get(e.planId()),
                    e.year(),
                    c,
                    MonitoringViews.cells(c, locale),
                    MonitoringViews.share(c)));
        }
        StatusCounts all = MonitoringViews.counts(evaluated);
        UnitTree tree = new UnitTree(regions.all());
        List<AdminUnit> children = new ArrayList<>();
        for (AdminUnit c : tree.children(id)) {
            if (evaluated.stream().anyMatch(e -> e.unitId() != null && tree.isUnder(e.unitId(), c.id()))) {
                children.add(c);
            }
        }
        model.addAttribute("unit", unit);
        model.addAttribute("ancestry", ancestry);
        model.addAttribute("year", year);
        model.addAttribute("rows", rows);
        model.addAttribute("children", children);
        model.addAttribute("statusCounts", all);
        model.addAttribute("statusCells", MonitoringViews.cells(all, locale));
        model.addAttribute("onTrackShare", MonitoringViews.share(all));
        model.addAttribute("statusChart", MonitoringViews.donut(all, locale));
        model.addAttribute(
                "plansChart",
                MonitoringViews.stacked(
                        rows.stream().map(r -> r.plan().title()).toList(),
                        rows.stream().map(PlanRow::counts).toList(),
                        rows.stream()
                                .map(r -> "/plans/" + r.plan().id() + "?tab=monitoring&year=" + r.year())
                                .toList(),
                        locale));
        model.addAttribute("warnings", monitoring.warnings(evaluated, locale));
        model.addAttribute("statuses", MonitoringViews.cells(StatusCounts.of(List.of()), locale));
        return "unit-monitoring";
    }
}
