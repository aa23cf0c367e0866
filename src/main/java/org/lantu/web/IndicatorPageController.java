package org.lantu.web;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.lantu.monitor.Observation;
import org.lantu.monitor.ObservationService;
import org.lantu.plan.PlanSummary;
import org.lantu.region.AdminUnit;
import org.lantu.region.RegionService;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * An indicator of a plan (指标页): where it stands, its observations with their status, the chart of its
 * trajectory, and every readable plan's target for the same catalog indicator.
 */
@Controller
class IndicatorPageController {

    private final MonitoringViews monitoring;
    private final ObservationService observations;
    private final RegionService regions;
    private final MessageSource messages;
    private final ScopedPlans scoped;

    IndicatorPageController(
            ScopedPlans scoped,
            MonitoringViews monitoring,
            ObservationService observations,
            RegionService regions,
            MessageSource messages) {
        this.scoped = scoped;
        this.monitoring = monitoring;
        this.observations = observations;
        this.regions = regions;
        this.messages = messages;
    }

    @GetMapping("/plans/{id}/indicators/{ref}")
    String indicator(
            @PathVariable long id,
            @PathVariable String ref,
            @RequestParam(required = false) @Nullable Integer year,
            Locale locale,
            Model model) {
        MonitoringViews.Resolved r = monitoring.resolve(id, ref, year);
        List<AdminUnit> ancestry = new ArrayList<>();
        if (r.plan().unitId() != null) {
            ancestry.addAll(regions.ancestry(r.plan().unitId()));
            Collections.reverse(ancestry);
        }
        MonitoringViews.TargetRow row = MonitoringViews.row(id, r.target(), locale);
        model.addAttribute("plan", r.plan());
        model.addAttribute("ancestry", ancestry);
        model.addAttribute("row", row);
        model.addAttribute("evaluation", r.evaluation());
        model.addAttribute(
                "years", MonitoringViews.years(r.plan(), r.evaluation().year()));
        model.addAttribute("observations", observationRows(r, locale));
        model.addAttribute("otherTargets", row.code() == null ? List.of() : monitoring.targetsOf(row.code(), locale));
        Map<Long, String> titles = new HashMap<>();
        Map<Long, String> units = new HashMap<>();
        for (PlanSummary p : scoped.plans()) {
            titles.put(p.id(), p.title());
            if (p.unitName() != null) {
                units.put(p.id(), p.unitName());
            }
        }
        model.addAttribute("planTitles", titles);
        model.addAttribute("planUnits", units);
        model.addAttribute(
                "trajectorySrc",
                "/api/plans/" + id + "/indicators/" + r.target().target().itemId() + "/trajectory?year="
                        + r.evaluation().year());
        return "indicator";
    }

    /** An observation as the table shows it. */
    public record ObservationView(Observation observation, String statusLabel) {}

    private List<ObservationView> observationRows(MonitoringViews.Resolved r, Locale locale) {
        String code = r.target().target().indicatorCode();
        if (code == null || r.plan().unitId() == null) {
            return List.of();
        }
        List<ObservationView> out = new ArrayList<>();
        for (Observation o : observations.find(r.plan().unitId(), code, null, null)) {
            out.add(new ObservationView(
                    o,
                    messages.getMessage(
                            "mon.obs." + o.status().code(), null, o.status().label(), locale)));
        }
        Collections.reverse(out);
        return out;
    }
}
