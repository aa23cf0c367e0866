package org.lantu.web.api;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.lantu.monitor.EvaluationJson;
import org.lantu.monitor.EvaluationService;
import org.lantu.monitor.MonitoringWarnings;
import org.lantu.monitor.PlanEvaluation;
import org.lantu.monitor.Warning;
import org.lantu.plan.PlanSummary;
import org.lantu.region.AdminUnit;
import org.lantu.region.RegionService;
import org.lantu.web.ScopedPlans;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Evaluations (评估), status roll-ups and warnings (预警), within the caller's scope. */
@RestController
@RequestMapping(path = "/api", produces = MediaType.APPLICATION_JSON_VALUE)
class EvaluationApiController {

    private final EvaluationService evaluations;
    private final ScopedPlans scoped;
    private final RegionService regions;
    private final MonitoringWarnings warnings;

    EvaluationApiController(
            EvaluationService evaluations, ScopedPlans scoped, RegionService regions, MonitoringWarnings warnings) {
        this.evaluations = evaluations;
        this.warnings = warnings;
        this.scoped = scoped;
        this.regions = regions;
    }

    /**
     * Every target of the plan's latest version: status, R, method, projection, required pace ({@link
     * EvaluationJson#of}). Written once per evaluation object and kept with it (about 50 KB, indented as the
     * other answers are), as the unit status below is.
     */
    @GetMapping("/plans/{id}/evaluation")
    ResponseEntity<byte[]> evaluation(@PathVariable long id, @RequestParam(required = false) @Nullable Integer year) {
        PlanSummary plan = scoped.plan(id).orElseThrow(() -> ApiException.notFound("plan " + id));
        checkYear(year);
        // the plan just read (its latest version id current): the evaluation does not read it again
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(evaluations.evaluationJson(plan, year));
    }

    /**
     * The status mix of a unit's plans and of each unit below it that has plans (a league's counties), with
     * roll-ups by domain; written once per change of what it counts, compact.
     */
    @GetMapping("/units/{id}/status")
    ResponseEntity<byte[]> unitStatus(@PathVariable long id, @RequestParam(required = false) @Nullable Integer year) {
        checkYear(year);
        byte[] json = evaluations.unitStatusJson(id, year).orElseThrow(() -> ApiException.notFound("unit " + id));
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(json);
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
            out.addAll(warnings.of(e));
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
