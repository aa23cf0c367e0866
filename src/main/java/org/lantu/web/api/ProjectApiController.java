package org.lantu.web.api;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.lantu.monitor.ImportReport;
import org.lantu.monitor.MonitorException;
import org.lantu.monitor.NewProject;
import org.lantu.monitor.Project;
import org.lantu.monitor.ProjectProgress;
import org.lantu.monitor.ProjectRollup;
import org.lantu.monitor.ProjectService;
import org.lantu.region.AdminUnit;
import org.lantu.region.RegionService;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Projects (重大项目): from plans' project boxes or created and imported, with investment per year. */
@RestController
@RequestMapping(path = "/api", produces = MediaType.APPLICATION_JSON_VALUE)
class ProjectApiController {

    private final ProjectService projects;
    private final RegionService regions;

    ProjectApiController(ProjectService projects, RegionService regions) {
        this.projects = projects;
        this.regions = regions;
    }

    @ExceptionHandler(MonitorException.class)
    ResponseEntity<Map<String, Object>> refused(MonitorException e) {
        return MonitorErrors.of(e);
    }

    /** The plan's projects (created from its project boxes at first use). */
    @GetMapping("/plans/{id}/projects")
    List<Project> ofPlan(@PathVariable long id) {
        return projects.projectsOf(id);
    }

    @GetMapping("/plans/{id}/projects/rollup")
    List<ProjectRollup> rollup(@PathVariable long id, @RequestParam int year) {
        return projects.rollup(id, year);
    }

    @GetMapping("/plans/{id}/projects/progress")
    List<ProjectProgress> progress(@PathVariable long id, @RequestParam int year) {
        return projects.progress(id, year);
    }

    @GetMapping("/projects/{id}")
    Project get(@PathVariable long id) {
        return projects.get(id).orElseThrow(() -> ApiException.notFound("project " + id));
    }

    @PostMapping(path = "/projects", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Project> create(@RequestBody NewProject body) {
        return ResponseEntity.status(HttpStatus.CREATED).body(projects.create(body));
    }

    /** Projects of a unit from a workbook (part {@code file}): 200 with the report, 422 listing bad cells. */
    @PostMapping(path = "/projects", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<ImportReport> importExcel(
            @RequestParam String unit,
            @RequestParam(required = false) @Nullable Long plan,
            @RequestPart("file") MultipartFile file)
            throws IOException {
        long unitId = regions.find(unit).map(AdminUnit::id).orElseThrow(() -> ApiException.notFound("unit " + unit));
        ImportReport report = projects.importExcel(unitId, plan, file.getBytes());
        return ResponseEntity.status(report.applied() ? HttpStatus.OK : HttpStatus.UNPROCESSABLE_CONTENT)
                .body(report);
    }

    record InvestmentRequest(
            @Nullable BigDecimal planned,
            @Nullable BigDecimal completed,
            @Nullable Integer version) {}

    @PutMapping(path = "/projects/{id}/investment/{year}", consumes = MediaType.APPLICATION_JSON_VALUE)
    Project investment(@PathVariable long id, @PathVariable int year, @RequestBody InvestmentRequest body) {
        if (body.version() == null) {
            throw new IllegalArgumentException("give the project's version you read: {\"version\": N, …}");
        }
        return projects.setInvestment(id, year, body.planned(), body.completed(), body.version());
    }
}
