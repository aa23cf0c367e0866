package org.lantu.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.lantu.monitor.EvaluatedTarget;
import org.lantu.monitor.PlanEvaluation;
import org.lantu.monitor.StatusCounts;
import org.lantu.plan.PlanJson;
import org.lantu.plan.TargetKind;
import org.lantu.region.AdminUnit;
import org.lantu.region.RegionService;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The units below a league or region compared (旗县对比): the status mix of each, ranked by the share of its
 * assessed targets achieved or on track, or one indicator across them.
 */
@Controller
class ComparisonController {

    private final MonitoringViews monitoring;
    private final RegionService regions;
    private final MessageSource messages;

    ComparisonController(MonitoringViews monitoring, RegionService regions, MessageSource messages) {
        this.monitoring = monitoring;
        this.regions = regions;
        this.messages = messages;
    }

    /** A unit below with the status mix of its plans. */
    public record CountyRow(
            int rank,
            AdminUnit unit,
            int plans,
            StatusCounts counts,
            List<MonitoringViews.StatusCell> cells,
            String share) {}

    /** A unit below with one plan's target for the indicator. */
    public record IndicatorRow(AdminUnit unit, String planTitle, MonitoringViews.TargetRow target) {}

    /** An indicator to choose, by its catalog code. */
    public record IndicatorChoice(String code, String name, int targets) {}

    @GetMapping("/units/{id}/comparison")
    String comparison(
            @PathVariable long id,
            @RequestParam(required = false) @Nullable String indicator,
            @RequestParam(required = false) @Nullable Integer year,
            Locale locale,
            Model model) {
        MonitoringViews.checkYear(year);
        AdminUnit unit = monitoring.readableUnit(id);
        UnitTree tree = new UnitTree(regions.all());
        List<PlanEvaluation> evaluated = monitoring.evaluateAll(monitoring.plansUnder(unit), year);
        // each plan under the unit, by the unit directly below it (a league's county); its own plans left out
        Map<Long, List<PlanEvaluation>> byChild = new LinkedHashMap<>();
        for (AdminUnit c : tree.children(id)) {
            for (PlanEvaluation e : evaluated) {
                if (e.unitId() != null && tree.isUnder(e.unitId(), c.id())) {
                    byChild.computeIfAbsent(c.id(), k -> new ArrayList<>()).add(e);
                }
            }
        }
        Map<String, IndicatorChoice> choices = new LinkedHashMap<>();
        for (List<PlanEvaluation> list : byChild.values()) {
            for (PlanEvaluation e : list) {
                for (EvaluatedTarget t : e.targets()) {
                    String code = t.target().indicatorCode();
                    if (code != null) {
                        IndicatorChoice c = choices.get(code);
                        choices.put(
                                code,
                                new IndicatorChoice(
                                        code,
                                        c == null ? t.target().spec().indicator() : c.name(),
                                        c == null ? 1 : c.targets() + 1));
                    }
                }
            }
        }
        List<IndicatorChoice> sortedChoices = new ArrayList<>(choices.values());
        sortedChoices.sort(
                Comparator.comparing((IndicatorChoice c) -> -c.targets()).thenComparing(IndicatorChoice::name));
        String chosen = indicator != null && choices.containsKey(indicator) ? indicator : null;
        model.addAttribute("unit", unit);
        model.addAttribute("year", year);
        model.addAttribute("choices", sortedChoices);
        model.addAttribute("indicator", chosen);
        model.addAttribute(
                "indicatorName", chosen == null ? null : choices.get(chosen).name());
        model.addAttribute("unknownIndicator", indicator != null && !indicator.isBlank() && chosen == null);
        model.addAttribute("hasUnits", !byChild.isEmpty());
        model.addAttribute("statuses", MonitoringViews.cells(StatusCounts.of(List.of()), locale));
        if (chosen == null) {
            mix(byChild, tree, locale, model);
        } else {
            indicator(chosen, byChild, tree, locale, model);
        }
        return "comparison";
    }

    private static void mix(Map<Long, List<PlanEvaluation>> byChild, UnitTree tree, Locale locale, Model model) {
        List<CountyRow> rows = new ArrayList<>();
        byChild.forEach((unitId, list) -> {
            StatusCounts c = MonitoringViews.counts(list);
            rows.add(new CountyRow(
                    0, tree.get(unitId), list.size(), c, MonitoringViews.cells(c, locale), MonitoringViews.share(c)));
        });
        rows.sort(Comparator.comparing((CountyRow r) ->
                        r.counts().onTrackShare() == null ? 1.0 : -r.counts().onTrackShare())
                .thenComparing(r -> r.unit().name()));
        List<CountyRow> ranked = new ArrayList<>();
        int rank = 0;
        for (CountyRow r : rows) {
            ranked.add(new CountyRow(
                    r.counts().onTrackShare() == null ? 0 : ++rank,
                    r.unit(),
                    r.plans(),
                    r.counts(),
                    r.cells(),
                    r.share()));
        }
        model.addAttribute("counties", ranked);
        model.addAttribute(
                "mixChart",
                MonitoringViews.stacked(
                        ranked.stream().map(r -> r.unit().name()).toList(),
                        ranked.stream().map(CountyRow::counts).toList(),
                        ranked.stream()
                                .map(r -> "/units/" + r.unit().id() + "/monitoring")
                                .toList(),
                        locale));
    }

    private void indicator(
            String code, Map<Long, List<PlanEvaluation>> byChild, UnitTree tree, Locale locale, Model model) {
        List<IndicatorRow> rows = new ArrayList<>();
        ObjectNode chart = PlanJson.mapper().createObjectNode();
        ArrayNode categories = chart.putArray("categories");
        ArrayNode latest = chart.putArray("latest");
        ArrayNode targets = chart.putArray("targets");
        ArrayNode statuses = chart.putArray("statuses");
        String unitOfMeasure = null;
        for (Map.Entry<Long, List<PlanEvaluation>> e : byChild.entrySet()) {
            AdminUnit county = tree.get(e.getKey());
            boolean charted = false;
            for (PlanEvaluation p : e.getValue()) {
                for (EvaluatedTarget t : p.targets()) {
                    if (!code.equals(t.target().indicatorCode())) {
                        continue;
                    }
                    rows.add(new IndicatorRow(county, p.title(), MonitoringViews.row(p.planId(), t, locale)));
                    if (!charted) {
                        charted = true;
                        categories.add(county.name());
                        if (t.evaluation().latest() == null) {
                            latest.addNull();
                        } else {
                            latest.add(t.evaluation().latest().value().doubleValue());
                        }
                        var spec = t.target().spec();
                        if (spec.target() != null && spec.kind() == TargetKind.LEVEL
                                || spec.target() != null && spec.kind() == TargetKind.ANNUAL_GROWTH) {
                            targets.add(spec.target().value().doubleValue());
                        } else {
                            targets.addNull();
                        }
                        statuses.add(t.evaluation().status().code());
                        if (unitOfMeasure == null) {
                            unitOfMeasure = spec.unit();
                        }
                    }
                }
            }
        }
        chart.put("unit", unitOfMeasure);
        chart.put("empty", categories.isEmpty());
        ObjectNode labels = chart.putObject("labels");
        labels.put("latest", messages.getMessage("mon.latest", null, locale));
        labels.put("target", messages.getMessage("mon.chart.target", null, locale));
        model.addAttribute("indicatorRows", rows);
        model.addAttribute("indicatorChart", chart.toString());
    }
}
