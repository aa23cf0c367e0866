package org.lantu.web;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.lantu.plan.ResponsibleUnit;
import org.lantu.plan.Task;
import org.lantu.region.AdminUnit;
import org.lantu.region.RegionService;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** A responsible unit's page (旗住建局 …): every task that names it, lead or supporting, and a matrix. */
@Controller
class ResponsibleUnitController {

    private final ScopedPlans plans;
    private final RegionService regions;
    private final MonitoringViews monitoring;
    private final org.lantu.monitor.TaskProgressService progress;

    ResponsibleUnitController(
            ScopedPlans plans,
            RegionService regions,
            MonitoringViews monitoring,
            org.lantu.monitor.TaskProgressService progress) {
        this.plans = plans;
        this.regions = regions;
        this.monitoring = monitoring;
        this.progress = progress;
    }

    /** A task's latest report as the table shows it. */
    public record TaskProgress(
            String status, int year, @Nullable Integer percent) {}

    @GetMapping("/responsible-units/{id}")
    String unit(
            @PathVariable long id,
            @RequestParam(required = false) @Nullable Long plan,
            java.util.Locale locale,
            Model model) {
        ResponsibleUnit unit = plans.responsibleUnit(id).orElseThrow(PlanController::notFound);
        List<AdminUnit> ancestry = new ArrayList<>();
        if (unit.adminUnitId() != null) {
            ancestry.addAll(regions.ancestry(unit.adminUnitId()));
            Collections.reverse(ancestry);
        }
        List<Task> tasks = plans.tasksOf(id);
        Map<Long, String> planTitles = new LinkedHashMap<>();
        for (Task t : tasks) {
            planTitles.putIfAbsent(t.planId(), t.planTitle());
        }
        Long chart = plan != null && planTitles.containsKey(plan)
                ? plan
                : planTitles.keySet().stream().findFirst().orElse(null);
        model.addAttribute("unit", unit);
        model.addAttribute("ancestry", ancestry);
        model.addAttribute("leadTasks", tasks.stream().filter(Task::lead).toList());
        model.addAttribute("supportTasks", tasks.stream().filter(t -> !t.lead()).toList());
        model.addAttribute("planTitles", planTitles);
        model.addAttribute("chartPlan", chart);
        model.addAttribute("chartLinks", chart != null ? new PlanLinks(chart, null) : null);
        model.addAttribute("reported", reported(unit, locale));
        Map<Long, TaskProgress> latest = new java.util.HashMap<>();
        int year = java.time.Year.now().getValue();
        for (Long planId : planTitles.keySet()) {
            for (org.lantu.monitor.TaskStatusView v : progress.tasksOf(planId, year)) {
                if (v.latest() != null) {
                    latest.put(
                            v.itemId(),
                            new TaskProgress(
                                    v.latest().status().code(),
                                    v.latest().year(),
                                    v.latest().percent()));
                }
            }
        }
        model.addAttribute("taskProgress", latest);
        return "responsible-unit";
    }

    /**
     * The targets of the readable plans of the unit's administrative unit (and those below it) whose
     * indicator this unit reports (数据来源), with their status, grouped by plan.
     */
    private Map<String, List<MonitoringViews.TargetRow>> reported(ResponsibleUnit unit, java.util.Locale locale) {
        Map<String, List<MonitoringViews.TargetRow>> out = new LinkedHashMap<>();
        if (unit.adminUnitId() == null) {
            return out;
        }
        java.util.Set<Long> below = java.util.Set.copyOf(regions.withDescendants(unit.adminUnitId()));
        List<org.lantu.plan.PlanSummary> scope = plans.plans().stream()
                .filter(p -> p.unitId() != null && below.contains(p.unitId()))
                .toList();
        for (org.lantu.monitor.PlanEvaluation e : monitoring.evaluateAll(scope, null)) {
            for (org.lantu.monitor.EvaluatedTarget t : e.targets()) {
                if (unit.name().equals(t.target().reportingUnit())) {
                    out.computeIfAbsent(e.title(), k -> new ArrayList<>())
                            .add(MonitoringViews.row(e.planId(), t, locale));
                }
            }
        }
        return out;
    }
}
