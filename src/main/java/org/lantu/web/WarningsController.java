package org.lantu.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.lantu.monitor.Warning;
import org.lantu.plan.PlanSummary;
import org.lantu.region.AdminUnit;
import org.lantu.region.RegionService;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Warnings (预警) of every readable plan, filtered by unit and kind. */
@Controller
class WarningsController {

    private final MonitoringViews monitoring;
    private final ScopedPlans scoped;
    private final RegionService regions;

    WarningsController(MonitoringViews monitoring, ScopedPlans scoped, RegionService regions) {
        this.monitoring = monitoring;
        this.scoped = scoped;
        this.regions = regions;
    }

    /** A kind to filter by. */
    public record KindChoice(String code, String label) {}

    @GetMapping("/warnings")
    String warnings(
            @RequestParam(required = false) @Nullable Long unit,
            @RequestParam(required = false) @Nullable String kind,
            @RequestParam(required = false) @Nullable Integer year,
            Locale locale,
            Model model) {
        MonitoringViews.checkYear(year);
        List<PlanSummary> plans = scoped.plans();
        // the units to filter by: those of the readable plans and every unit above them
        UnitTree tree = new UnitTree(regions.all());
        Map<Long, AdminUnit> units = new LinkedHashMap<>();
        Set<Long> withPlans = new java.util.HashSet<>();
        for (PlanSummary p : plans) {
            if (p.unitId() != null) {
                withPlans.add(p.unitId());
            }
        }
        List<UnitChoice> unitChoices = new ArrayList<>();
        for (UnitTree.Node n : tree.depthFirst()) {
            if (withPlans.stream().anyMatch(id -> tree.isUnder(id, n.unit().id()))) {
                units.put(n.unit().id(), n.unit());
                unitChoices.add(new UnitChoice(
                        n.unit().id(), "\u3000".repeat(n.depth()) + n.unit().name()));
            }
        }
        Long shownUnit = unit != null && units.containsKey(unit) ? unit : null;
        if (unit != null && shownUnit == null) {
            throw PlanController.notFound();
        }
        List<PlanSummary> selected = shownUnit == null
                ? plans
                : plans.stream()
                        .filter(p -> p.unitId() != null && tree.isUnder(p.unitId(), shownUnit))
                        .toList();
        boolean en = MonitoringViews.english(locale);
        List<KindChoice> kinds = new ArrayList<>();
        for (Warning.Kind k : Warning.Kind.values()) {
            kinds.add(new KindChoice(k.code(), MonitoringViews.kindLabel(k, en)));
        }
        String shownKind = kinds.stream().anyMatch(k -> k.code().equals(kind)) ? kind : null;
        List<MonitoringViews.WarningRow> rows =
                monitoring.warnings(monitoring.evaluateAll(selected, year), locale).stream()
                        .filter(w ->
                                shownKind == null || w.warning().kind().code().equals(shownKind))
                        .toList();
        model.addAttribute("warnings", rows);
        model.addAttribute("units", unitChoices);
        model.addAttribute("kinds", kinds);
        model.addAttribute("unit", shownUnit);
        model.addAttribute("kind", shownKind);
        model.addAttribute("year", year);
        return "warnings";
    }

    /** A unit to filter by, indented by its depth. */
    public record UnitChoice(long id, String label) {}
}
