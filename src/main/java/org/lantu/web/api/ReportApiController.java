package org.lantu.web.api;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.lantu.plan.PlanSummary;
import org.lantu.region.AdminUnit;
import org.lantu.region.RegionService;
import org.lantu.report.Report;
import org.lantu.report.ReportRequest;
import org.lantu.report.ReportService;
import org.lantu.web.ScopedPlans;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.util.HtmlUtils;

/** Reports (年度监测报告, 中期评估报告) of a plan or of the counties under a unit, as a download. */
@RestController
@RequestMapping("/api")
class ReportApiController {

    private final ReportService reports;
    private final ScopedPlans scoped;
    private final RegionService regions;

    ReportApiController(ReportService reports, ScopedPlans scoped, RegionService regions) {
        this.reports = reports;
        this.scoped = scoped;
        this.regions = regions;
    }

    /** A plan's report: kind annual|midterm, year, format docx|pdf|html|xlsx, lang zh|en. */
    @GetMapping("/plans/{id}/report")
    ResponseEntity<byte[]> planReport(
            @PathVariable long id,
            @RequestParam(required = false) @Nullable String kind,
            @RequestParam(required = false) @Nullable String year,
            @RequestParam(required = false) @Nullable String format,
            @RequestParam(required = false) @Nullable String lang) {
        PlanSummary plan = scoped.plan(id).orElseThrow(() -> ApiException.notFound("plan " + id));
        ReportRequest request = request(kind, year, format, lang);
        Report report = reports.planReport(plan.id(), request).orElseThrow(() -> ApiException.notFound("plan " + id));
        return download(report);
    }

    /** The report of every county under a unit (a league, a region): comparison and ranking. */
    @GetMapping("/units/{id}/report")
    ResponseEntity<byte[]> unitReport(
            @PathVariable long id,
            @RequestParam(required = false) @Nullable String kind,
            @RequestParam(required = false) @Nullable String year,
            @RequestParam(required = false) @Nullable String format,
            @RequestParam(required = false) @Nullable String lang) {
        AdminUnit unit = regions.byId(id).orElseThrow(() -> ApiException.notFound("unit " + id));
        var plans = scoped.plansOfUnits(regions.withDescendants(id));
        if (!scoped.canReadUnit(unit.id()) && plans.isEmpty()) {
            throw ApiException.notFound("unit " + id);
        }
        ReportRequest request = request(kind, year, format, lang);
        return download(reports.regionReport(unit.name(), plans, request));
    }

    private static ReportRequest request(
            @Nullable String kind, @Nullable String year, @Nullable String format, @Nullable String lang) {
        Integer y = null;
        if (year != null && !year.isBlank()) {
            try {
                y = Integer.valueOf(year.strip());
            } catch (NumberFormatException e) {
                throw new ApiException(
                        HttpStatus.BAD_REQUEST, "bad_parameter", "year must be a number, not '" + year + "'");
            }
        }
        try {
            return ReportRequest.parse(kind, y, format, lang);
        } catch (IllegalArgumentException e) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "bad_parameter", e.getMessage());
        }
    }

    /**
     * A failure of a report request (a bad parameter, no such plan): the plan page's form sends a browser
     * here with {@code Accept: text/html}, which the JSON body of {@link ApiErrors} cannot satisfy (and so
     * became a 500). The content type is set here, so it is never negotiated: a short HTML page with the
     * message for a browser, else the usual JSON error.
     */
    @ExceptionHandler(ApiException.class)
    ResponseEntity<?> failed(ApiException e, WebRequest request) {
        String accept = request.getHeader(HttpHeaders.ACCEPT);
        ApiError body = new ApiError(e.error(), Objects.requireNonNullElse(e.getMessage(), e.error()));
        if (prefersHtml(accept)) {
            String detail = HtmlUtils.htmlEscape(body.detail());
            String html = "<!DOCTYPE html>\n<html><head><meta charset=\"UTF-8\"><title>"
                    + e.status().value() + " "
                    + HtmlUtils.htmlEscape(e.error()) + "</title></head><body><h1>"
                    + e.status().value() + " "
                    + HtmlUtils.htmlEscape(e.status().getReasonPhrase()) + "</h1><p>" + detail
                    + "</p></body></html>\n";
            return ResponseEntity.status(e.status())
                    .contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
                    .body(html);
        }
        return ResponseEntity.status(e.status())
                .contentType(MediaType.APPLICATION_JSON)
                .body(body);
    }

    /** Whether the client asked for HTML before JSON (a browser following a form or a link). */
    static boolean prefersHtml(@Nullable String accept) {
        if (accept == null || accept.isBlank()) {
            return false;
        }
        List<MediaType> types;
        try {
            types = MediaType.parseMediaTypes(accept);
        } catch (InvalidMediaTypeException e) {
            return false;
        }
        for (MediaType t : types) {
            if (t.isCompatibleWith(MediaType.APPLICATION_JSON) && !t.isWildcardType()) {
                return false;
            }
            if (t.isCompatibleWith(MediaType.TEXT_HTML) && !t.isWildcardType()) {
                return true;
            }
        }
        return false;
    }

    private static ResponseEntity<byte[]> download(Report report) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(report.contentType()))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(report.fileName(), StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .body(report.bytes());
    }
}
