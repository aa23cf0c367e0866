package org.lantu.web.api;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.lantu.monitor.EvaluationStatus;
import org.lantu.monitor.ImportReport;
import org.lantu.monitor.IndicatorLink;
import org.lantu.monitor.IndicatorRegistry;
import org.lantu.monitor.ManualStatus;
import org.lantu.monitor.ManualStatusService;
import org.lantu.monitor.MonitorException;
import org.lantu.monitor.NewIndicator;
import org.lantu.monitor.Observation;
import org.lantu.monitor.ObservationFiles;
import org.lantu.monitor.ObservationRevision;
import org.lantu.monitor.ObservationService;
import org.lantu.monitor.ObservationStatus;
import org.lantu.monitor.ObservationTemplates;
import org.lantu.monitor.ObservationUpdate;
import org.lantu.monitor.PeriodLock;
import org.lantu.monitor.RegisteredIndicator;
import org.lantu.region.AdminUnit;
import org.lantu.region.RegionService;
import org.lantu.web.ScopedPlans;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Monitoring data in: the indicator catalog and plan items' links to it, observations (list, import as
 * CSV or JSON, change, submit, approve, revisions), locks, the Excel template, and planners' statuses of
 * qualitative targets. Item paths take an item's key or its id in any version of the plan.
 */
@RestController
@RequestMapping(path = "/api", produces = MediaType.APPLICATION_JSON_VALUE)
class ObservationApiController {

    private final IndicatorRegistry registry;
    private final ObservationService observations;
    private final ObservationTemplates templates;
    private final ManualStatusService statuses;
    private final RegionService regions;
    private final ScopedPlans plans;

    ObservationApiController(
            IndicatorRegistry registry,
            ObservationService observations,
            ObservationTemplates templates,
            ManualStatusService statuses,
            RegionService regions,
            ScopedPlans plans) {
        this.registry = registry;
        this.observations = observations;
        this.templates = templates;
        this.statuses = statuses;
        this.regions = regions;
        this.plans = plans;
    }

    @ExceptionHandler(MonitorException.class)
    ResponseEntity<Map<String, Object>> refused(MonitorException e) {
        return MonitorErrors.of(e);
    }

    // ---- catalog and links ----------------------------------------------------------------------------

    @GetMapping("/indicators")
    List<RegisteredIndicator> indicators() {
        return registry.entries();
    }

    /** An indicator by code, name or synonym. */
    @GetMapping("/indicators/{codeOrName}")
    RegisteredIndicator indicator(@PathVariable String codeOrName) {
        return registry.resolve(codeOrName).orElseThrow(() -> ApiException.notFound("indicator " + codeOrName));
    }

    @PostMapping(path = "/indicators", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<RegisteredIndicator> addIndicator(@RequestBody NewIndicator indicator) {
        return ResponseEntity.status(HttpStatus.CREATED).body(registry.add(indicator));
    }

    /** Every indicator row and prose target of the plan's latest version with its catalog link. */
    @GetMapping("/plans/{id}/indicators")
    List<IndicatorLink> links(@PathVariable long id) {
        requirePlan(id);
        return registry.links(id);
    }

    record LinkRequest(@Nullable String indicator) {}

    @PutMapping(path = "/plans/{id}/items/{item}/indicator", consumes = MediaType.APPLICATION_JSON_VALUE)
    IndicatorLink link(@PathVariable long id, @PathVariable String item, @RequestBody LinkRequest body) {
        requirePlan(id);
        if (body.indicator() == null || body.indicator().isBlank()) {
            throw new IllegalArgumentException("give the indicator's code, name or synonym: {\"indicator\": …}");
        }
        return registry.link(id, item, body.indicator());
    }

    @DeleteMapping("/plans/{id}/items/{item}/indicator")
    IndicatorLink unlink(@PathVariable long id, @PathVariable String item) {
        requirePlan(id);
        return registry.unlink(id, item);
    }

    record StatusRequest(
            @Nullable Integer year,
            @Nullable String status,
            @Nullable String reason) {}

    @PutMapping(path = "/plans/{id}/items/{item}/status", consumes = MediaType.APPLICATION_JSON_VALUE)
    ManualStatus setStatus(@PathVariable long id, @PathVariable String item, @RequestBody StatusRequest body) {
        requirePlan(id);
        if (body.year() == null || body.status() == null) {
            throw new IllegalArgumentException("give the year, the status and the reason");
        }
        return statuses.set(
                id, item, body.year(), EvaluationStatus.of(body.status()), body.reason() == null ? "" : body.reason());
    }

    @GetMapping("/plans/{id}/items/{item}/status")
    ManualStatus status(@PathVariable long id, @PathVariable String item, @RequestParam int year) {
        requirePlan(id);
        return statuses.get(id, item, year).orElseThrow(() -> ApiException.notFound("a status for " + year));
    }

    private void requirePlan(long id) {
        plans.plan(id).orElseThrow(() -> ApiException.notFound("plan " + id));
    }

    // ---- observations ---------------------------------------------------------------------------------

    /**
     * Observations the caller may read.
     *
     * @param unit a unit's id, name or GB/T 2260 code
     * @param indicator a code, name or synonym
     */
    @GetMapping("/observations")
    List<Observation> list(
            @RequestParam(required = false) @Nullable String unit,
            @RequestParam(required = false) @Nullable String indicator,
            @RequestParam(required = false) @Nullable Integer year,
            @RequestParam(required = false) @Nullable String status) {
        Long unitId = null;
        if (unit != null && !unit.isBlank()) {
            unitId = unit.matches("\\d{1,5}")
                    ? Long.valueOf(unit)
                    : regions.find(unit).map(AdminUnit::id).orElseThrow(() -> ApiException.notFound("unit " + unit));
        }
        return observations.find(
                unitId, indicator, year, status == null || status.isBlank() ? null : ObservationStatus.of(status));
    }

    /**
     * Imports observations all or nothing: CSV ({@code text/csv}: unit,indicator,year,value,source,note) or
     * a JSON array. 200 with the report when applied, 422 with every rejected row and column when not.
     */
    @PostMapping(
            path = "/observations",
            consumes = {"text/csv", "text/plain", "application/csv", MediaType.APPLICATION_JSON_VALUE})
    ResponseEntity<ImportReport> importObservations(
            @RequestBody byte[] body, @RequestHeader(HttpHeaders.CONTENT_TYPE) String contentType) {
        boolean json = MediaType.parseMediaType(contentType).isCompatibleWith(MediaType.APPLICATION_JSON);
        ImportReport report =
                observations.importRows(json ? ObservationFiles.json(body) : ObservationFiles.csv(body), null);
        return ResponseEntity.status(report.applied() ? HttpStatus.OK : HttpStatus.UNPROCESSABLE_CONTENT)
                .body(report);
    }

    @GetMapping("/observations/{id}")
    Observation get(@PathVariable long id) {
        return observations.get(id).orElseThrow(() -> ApiException.notFound("observation " + id));
    }

    @GetMapping("/observations/{id}/revisions")
    List<ObservationRevision> revisions(@PathVariable long id) {
        return observations.revisions(id);
    }

    record UpdateRequest(
            @Nullable BigDecimal value,
            @Nullable String source,
            @Nullable String note,
            @Nullable Integer version,
            @Nullable String reason) {}

    /** Changes a value, source or note; {@code version} is the one read (a stale one: 409 with the current). */
    @PutMapping(path = "/observations/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
    Observation update(@PathVariable long id, @RequestBody UpdateRequest body) {
        if (body.version() == null) {
            throw new IllegalArgumentException("give the version you read: {\"version\": N, …}");
        }
        return observations.update(
                id, new ObservationUpdate(body.value(), body.source(), body.note(), body.version(), body.reason()));
    }

    @PostMapping("/observations/{id}/submit")
    Observation submit(@PathVariable long id, @RequestParam(required = false) @Nullable Integer version) {
        return observations.submit(id, version);
    }

    @PostMapping("/observations/{id}/approve")
    Observation approve(@PathVariable long id, @RequestParam(required = false) @Nullable Integer version) {
        return observations.approve(id, version);
    }

    @GetMapping("/units/{id}/locks")
    List<PeriodLock> locks(@PathVariable long id) {
        return observations.locks(id);
    }

    @PostMapping("/units/{id}/locks/{year}")
    PeriodLock lock(@PathVariable long id, @PathVariable int year) {
        return observations.lock(id, year);
    }

    // ---- the Excel template ---------------------------------------------------------------------------

    @GetMapping(
            path = "/units/{id}/observations/template.xlsx",
            produces = {"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "application/json"})
    ResponseEntity<byte[]> template(
            @PathVariable long id,
            @RequestParam int year,
            @RequestParam(required = false) @Nullable String department) {
        byte[] xlsx = templates.template(id, year, department);
        String unit = regions.byId(id).map(AdminUnit::name).orElse("unit");
        String name = unit + (department != null && !department.isBlank() ? "-" + department : "") + "-" + year
                + "-指标填报.xlsx";
        return ResponseEntity.ok()
                .contentType(
                        MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(name, StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .body(xlsx);
    }

    /** A filled template (multipart part {@code file}): 200 with the report, 422 listing every bad cell. */
    @PostMapping(path = "/units/{id}/observations/template", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<ImportReport> upload(@PathVariable long id, @RequestPart("file") MultipartFile file)
            throws IOException {
        ImportReport report = templates.upload(id, file.getBytes());
        return ResponseEntity.status(report.applied() ? HttpStatus.OK : HttpStatus.UNPROCESSABLE_CONTENT)
                .body(report);
    }
}
