package org.lantu.web.api;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.lantu.monitor.Observation;
import org.lantu.monitor.ObservationService;
import org.lantu.web.MonitoringViews;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import tools.jackson.databind.node.ObjectNode;

/**
 * The trajectory of one target of a plan, as the indicator page's chart draws it: {@code {"years": […],
 * "observed": […], "pending": […], "path": […], "projection": […], "target", "labels"}}, one value (or null)
 * per year.
 */
@RestController
@RequestMapping(path = "/api", produces = MediaType.APPLICATION_JSON_VALUE)
class TrajectoryApiController {

    private final MonitoringViews monitoring;
    private final ObservationService observations;
    private final MessageSource messages;

    TrajectoryApiController(MonitoringViews monitoring, ObservationService observations, MessageSource messages) {
        this.monitoring = monitoring;
        this.observations = observations;
        this.messages = messages;
    }

    /** {@code item}: the item's id in the plan's latest version, or its key. */
    @GetMapping("/plans/{id}/indicators/{item}/trajectory")
    ObjectNode trajectory(
            @PathVariable long id,
            @PathVariable String item,
            @RequestParam(required = false) @Nullable Integer year,
            Locale locale) {
        if (year != null && (year < 1949 || year > 2100)) {
            throw new ApiException(
                    org.springframework.http.HttpStatus.BAD_REQUEST,
                    "bad_year",
                    "year " + year + " is out of range (1949–2100)");
        }
        MonitoringViews.Resolved r;
        try {
            r = monitoring.resolve(id, item, year);
        } catch (ResponseStatusException e) {
            throw ApiException.notFound("indicator " + item + " of plan " + id);
        }
        String code = r.target().target().indicatorCode();
        List<Observation> observed = code == null || r.plan().unitId() == null
                ? List.of()
                : observations.find(r.plan().unitId(), code, null, null);
        return MonitoringViews.trajectory(r, observed, labels(locale));
    }

    private Map<String, String> labels(Locale locale) {
        return Map.of(
                "observed", messages.getMessage("mon.chart.observed", null, locale),
                "pending", messages.getMessage("mon.chart.pending", null, locale),
                "path", messages.getMessage("mon.chart.path", null, locale),
                "projection", messages.getMessage("mon.chart.projection", null, locale),
                "target", messages.getMessage("mon.chart.target", null, locale));
    }
}
