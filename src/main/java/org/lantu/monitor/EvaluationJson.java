package org.lantu.monitor;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.lantu.plan.PlanJson;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The JSON of an evaluation, one shape for the API ({@code GET /api/plans/{id}/evaluation}) and the command
 * line ({@code lantu evaluate --format json}): {@code {"plan": {…}, "year": 2024, "summary": {…}, "targets":
 * [{"indicator", "unit", "baseline", "target", "latest", "status", "category", "ratio", "method", "projection",
 * "required_pace", …}]}}.
 */
public final class EvaluationJson {

    private EvaluationJson() {}

    public static ObjectNode of(PlanEvaluation evaluation) {
        ObjectNode root = PlanJson.mapper().createObjectNode();
        ObjectNode plan = root.putObject("plan");
        plan.put("id", evaluation.planId());
        plan.put("title", evaluation.title());
        plan.put("kind", evaluation.kind());
        plan.put("unit", evaluation.unitName());
        plan.put("unit_id", evaluation.unitId());
        plan.put("version_id", evaluation.versionId());
        root.put("year", evaluation.year());
        root.set("summary", counts(evaluation.counts()));
        root.set("by_domain", rollUp(List.of(evaluation), t -> t.target().domain()));
        root.set(
                "by_reporting_unit", rollUp(List.of(evaluation), t -> t.target().reportingUnit()));
        ArrayNode targets = root.putArray("targets");
        for (EvaluatedTarget t : evaluation.targets()) {
            targets.add(target(t));
        }
        return root;
    }

    /**
     * A unit's status mix ({@code GET /api/units/{id}/status}): {@code {"unit_id", "unit", "year", "summary",
     * "units": [{"unit_id", "unit", "summary", "plans": [{"plan_id", "title", "year", "summary"}]}],
     * "by_domain", "by_reporting_unit"}}.
     */
    public static ObjectNode unitStatus(UnitStatus status) {
        ObjectNode out = PlanJson.mapper().createObjectNode();
        out.put("unit_id", status.unit().id());
        out.put("unit", status.unit().name());
        out.put("year", status.year());
        out.set("summary", counts(status.summary()));
        ArrayNode units = out.putArray("units");
        for (UnitStatus.UnitRow row : status.units()) {
            ObjectNode u = units.addObject();
            u.put("unit_id", row.unitId());
            u.put("unit", row.unitName());
            u.set("summary", counts(row.summary()));
            ArrayNode plans = u.putArray("plans");
            for (UnitStatus.PlanRow p : row.plans()) {
                ObjectNode n = plans.addObject();
                n.put("plan_id", p.planId());
                n.put("title", p.title());
                n.put("year", p.year());
                n.set("summary", counts(p.summary()));
            }
        }
        out.set("by_domain", groups(status.byDomain()));
        out.set("by_reporting_unit", groups(status.byReportingUnit()));
        return out;
    }

    /**
     * {@link #of} as the API answers it: written by {@link PlanJson#mapper()} (indented, as Spring's converter
     * wrote the tree with the same mapper), UTF-8.
     */
    public static byte[] bytes(PlanEvaluation evaluation) {
        return PlanJson.mapper().writeValueAsBytes(of(evaluation));
    }

    /** JSON without indentation: for large answers that only programs read. */
    public static byte[] compact(ObjectNode node) {
        return PlanJson.mapper()
                .writer()
                .without(tools.jackson.databind.SerializationFeature.INDENT_OUTPUT)
                .writeValueAsBytes(node);
    }

    private static ObjectNode groups(Map<String, StatusCounts> groups) {
        ObjectNode out = PlanJson.mapper().createObjectNode();
        groups.forEach((group, c) -> out.set(group, counts(c)));
        return out;
    }

    /** Status counts per group ("" for targets without one). */
    public static ObjectNode rollUp(
            List<PlanEvaluation> evaluations, java.util.function.Function<EvaluatedTarget, @Nullable String> key) {
        return groups(EvaluationService.rollUp(evaluations, key));
    }

    /** Status counts as {@code {"total", "achieved", "on_track", "at_risk", "off_track", "no_data", …}}. */
    public static ObjectNode counts(StatusCounts counts) {
        ObjectNode c = PlanJson.mapper().createObjectNode();
        c.put("total", counts.total());
        c.put("achieved", counts.achieved());
        c.put("on_track", counts.onTrack());
        c.put("at_risk", counts.atRisk());
        c.put("off_track", counts.offTrack());
        c.put("no_data", counts.noData());
        c.put("on_track_share", counts.onTrackShare());
        ObjectNode by = c.putObject("by_status");
        for (Map.Entry<EvaluationStatus, Integer> e : counts.byStatus().entrySet()) {
            by.put(e.getKey().code(), e.getValue());
        }
        return c;
    }

    private static ObjectNode target(EvaluatedTarget t) {
        PlanTarget target = t.target();
        TargetSpec spec = target.spec();
        TargetEvaluation e = t.evaluation();
        ObjectNode n = PlanJson.mapper().createObjectNode();
        n.put("item_id", target.itemId());
        n.put("item_type", target.itemType());
        n.put("item_key", target.itemKey());
        n.put("line", target.line());
        n.put("indicator", spec.indicator());
        n.put("indicator_code", target.indicatorCode());
        n.put("unit", spec.unit());
        n.put("domain", target.domain());
        n.put("attribute", spec.attribute() == null ? null : spec.attribute().label());
        n.put("direction", spec.direction().code());
        n.set("baseline", yearValue(spec.baseline()));
        ObjectNode goal = yearValue(spec.target());
        if (goal == null) {
            goal = PlanJson.mapper().createObjectNode();
        }
        goal.put("comparator", spec.comparator().code());
        goal.put("kind", spec.kind().code());
        goal.put("raw", target.raw());
        n.set("target", goal);
        n.set("latest", yearValue(e.latest()));
        n.put("observations", e.observations());
        n.put("status", e.status().code());
        n.put("status_label", e.status().zh());
        n.put("category", e.category() == null ? null : e.category().zh());
        n.put("ratio", e.ratio());
        n.put("method", e.method() == null ? null : e.method().code());
        n.put("method_label", e.method() == null ? null : e.method().zh());
        n.put("projection", e.projection());
        n.put("required_pace", e.requiredPace());
        n.put("required_step", e.requiredStep());
        n.put("explanation", e.explanation());
        n.put("explanation_en", e.explanationEn());
        return n;
    }

    private static @Nullable ObjectNode yearValue(@Nullable YearValue v) {
        if (v == null) {
            return null;
        }
        ObjectNode n = PlanJson.mapper().createObjectNode();
        n.put("year", v.year());
        n.put("value", v.value());
        return n;
    }
}
