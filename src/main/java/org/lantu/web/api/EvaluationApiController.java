package org.lantu.web.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.lantu.monitor.EvaluatedTarget;
import org.lantu.monitor.EvaluationJson;
import org.lantu.monitor.EvaluationService;
import org.lantu.monitor.PlanEvaluation;
import org.lantu.monitor.StatusCounts;
import org.lantu.monitor.Warning;
import org.lantu.plan.PlanJson;
import org.lantu.plan.PlanSummary;
import org.lantu.region.AdminUnit;
import org.lantu.region.RegionService;
import org.lantu.web.ScopedPlans;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Evaluations (评估), status roll-ups and warnings (预警), within the caller's scope. */
@RestController
@RequestMapping(path = "/api", produces = MediaType.APPLICATION_JSON_VALUE)
class EvaluationApiController {

    private final EvaluationService evaluations;
    private final ScopedPlans scoped;
    private final RegionService regions;

    EvaluationApiController(EvaluationService evaluations, ScopedPlans scoped, RegionService regions) {
        this.evaluations = evaluations;
        this.scoped = scoped;
        this.regions = regions;
    }

    /** Every target of the plan's latest version: status, R, method, projection, required pace. */
    @GetMapping("/plans/{id}/evaluation")
    ObjectNode evaluation(@PathVariable long id, @RequestParam(required = false) @Nullable Integer year) {
        PlanSummary plan = scoped.plan(id).orElseThrow(() -> ApiException.notFound("plan " + id));
        checkYear(year);
        PlanEvaluation e = evaluations.evaluate(plan.id(), year).orElseThrow(() -> ApiException.notFound("plan " + id));
        return EvaluationJson.of(e);
    }

    /**
     * The status mix of a unit's plans and of each unit below it that has plans (a league's counties), with
     * roll-ups by domain.
     */
    @GetMapping("/units/{id}/status")
    ObjectNode unitStatus(@PathVariable long id, @RequestParam(required = false) @Nullable Integer year) {
        checkYear(year);
        AdminUnit unit = readableUnit(id);
        List<PlanEvaluation> all = evaluations.evaluateAll(plansUnder(unit), year);
        ObjectNode out = PlanJson.mapper().createObjectNode();
        out.put("unit_id", unit.id());
        out.put("unit", unit.name());
        out.put("year", year);
        out.set(
                "summary",
                EvaluationJson.counts(StatusCounts.of(all.stream()
                        .flatMap(p -> p.targets().stream())
                        .map(EvaluatedTarget::evaluation)
                        .toList())));
        Map<Long, List<PlanEvaluation>> byUnit = new java.util.TreeMap<>();
        for (PlanEvaluation p : all) {
            byUnit.computeIfAbsent(p.unitId() == null ? 0L : p.unitId(), k -> new ArrayList<>())
                    .add(p);
        }
        ArrayNode units = out.putArray("units");
        byUnit.forEach((unitId, evaluated) -> {
            ObjectNode u = units.addObject();
            u.put("unit_id", unitId);
            u.put("unit", evaluated.get(0).unitName());
            u.set(
                    "summary",
                    EvaluationJson.counts(StatusCounts.of(evaluated.stream()
                            .flatMap(p -> p.targets().stream())
                            .map(EvaluatedTarget::evaluation)
                            .toList())));
            ArrayNode plans = u.putArray("plans");
            for (PlanEvaluation p : evaluated) {
                ObjectNode n = plans.addObject();
                n.put("plan_id", p.planId());
                n.put("title", p.title());
                n.put("year", p.year());
                n.set("summary", EvaluationJson.counts(p.counts()));
            }
        });
        out.set("by_domain", EvaluationJson.rollUp(all, t -> t.target().domain()));
        out.set("by_reporting_unit", EvaluationJson.rollUp(all, t -> t.target().reportingUnit()));
        return out;
    }

    /** Warnings of every plan the caller may read, or of those under {@code unit}. */
    @GetMapping("/warnings")
    List<Warning> warnings(
            @RequestParam(required = false) @Nullable Long unit,
            @RequestParam(required = false) @Nullable Integer year) {
        checkYear(year);
        List<PlanSummary> plans = unit == null ? scoped.plans() : plansUnder(readableUnit(unit));
        List<Warning> out = new ArrayList<>();
        for (PlanEvaluation e : evaluations.evaluateAll(plans, year)) {
            out.addAll(EvaluationService.targetWarnings(e));
        }
        return out;
    }

    private AdminUnit readableUnit(long id) {
        AdminUnit unit = regions.byId(id).orElseThrow(() -> ApiException.notFound("unit " + id));
        // a unit is visible when the caller reads it or a plan below it (a county user sees its league)
        if (!scoped.canReadUnit(unit.id())
                && scoped.plansOfUnits(regions.withDescendants(id)).isEmpty()) {
            throw ApiException.notFound("unit " + id);
        }
        return unit;
    }

    private List<PlanSummary> plansUnder(AdminUnit unit) {
        return scoped.plansOfUnits(regions.withDescendants(unit.id()));
    }

    private static void checkYear(@Nullable Integer year) {
        if (year != null && (year < 1949 || year > 2100)) {
            throw new ApiException(
                    org.springframework.http.HttpStatus.BAD_REQUEST,
                    "bad_year",
                    "year " + year + " is out of range (1949–2100)");
        }
    }
}
