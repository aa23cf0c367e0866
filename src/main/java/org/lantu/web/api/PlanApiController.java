package org.lantu.web.api;

import java.io.IOException;
import java.security.Principal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.lantu.align.Alignment;
import org.lantu.imports.ImportResult;
import org.lantu.imports.ImportService;
import org.lantu.plan.Correction;
import org.lantu.plan.PlanJson;
import org.lantu.plan.PlanService;
import org.lantu.plan.PlanSummary;
import org.lantu.plan.PlanVersionSummary;
import org.lantu.plan.StaleCorrectionException;
import org.lantu.plan.VersionDiff;
import org.lantu.review.Review;
import org.lantu.web.PlanReviews;
import org.lantu.web.ScopedPlans;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Plans: list, import, read (the {@code lantu extract} shape plus ids), versions, items, corrections. */
@RestController
@RequestMapping(path = "/api", produces = MediaType.APPLICATION_JSON_VALUE)
class PlanApiController {

    private static final Map<String, String> ITEM_TYPES = Map.of(
            "sections", "section",
            "indicators", "indicator",
            "targets", "target",
            "responsibilities", "responsibility",
            "projects", "project",
            "project-summaries", "project_summary");

    private final PlanService plans;
    private final ImportService imports;
    private final ScopedPlans scoped;
    private final PlanReviews reviews;

    PlanApiController(PlanService plans, ImportService imports, ScopedPlans scoped, PlanReviews reviews) {
        this.plans = plans;
        this.imports = imports;
        this.scoped = scoped;
        this.reviews = reviews;
    }

    /**
     * The review of the plan's latest version (or ?version=) as {@code lantu review} gives it, each finding
     * with its {@code key} and the latest planner's {@code decision} (null when none).
     */
    @GetMapping("/plans/{id}/findings")
    ObjectNode findings(@PathVariable long id, @RequestParam(required = false) @Nullable Long version) {
        PlanSummary plan = requirePlan(id);
        PlanVersionSummary v = version != null ? requireVersion(id, version) : latest(id);
        Review review = reviews.review(plan, v.id())
                .orElseThrow(() -> ApiException.notFound("an extraction of version " + v.id()));
        ObjectNode out = PlanJson.mapper().createObjectNode();
        out.set("plan", PlanJson.mapper().valueToTree(review.plan()));
        out.put("plan_id", id);
        out.put("version_id", v.id());
        ArrayNode findings = out.putArray("findings");
        for (PlanReviews.KeyedFinding f : reviews.findings(review, v.id())) {
            ObjectNode n = PlanJson.mapper().valueToTree(f.finding());
            n.put("key", f.key());
            n.set("decision", PlanJson.mapper().valueToTree(f.decision()));
            findings.add(n);
        }
        return out;
    }

    /** The plan aligned with a parent plan: floors, coverage of its articles and the plan's own sections. */
    @GetMapping("/plans/{id}/alignment")
    Alignment alignment(@PathVariable long id, @RequestParam long parent) {
        PlanSummary child = requirePlan(id);
        PlanSummary p = requirePlan(parent);
        return reviews.align(child, p).orElseThrow(() -> ApiException.notFound("an extraction of plan " + parent));
    }

    /** The plans within the caller's scope. */
    @GetMapping("/plans")
    List<PlanSummary> list() {
        return scoped.plans();
    }

    /**
     * Imports one or more documents (multipart parts named {@code file}); each is its own transaction.
     * 201 when all were imported (or were already there), 422 when any failed, with every file's result.
     */
    @PostMapping(path = "/plans", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<List<ImportResult>> upload(@RequestPart("file") List<MultipartFile> files, @Nullable Principal user)
            throws IOException {
        if (!scoped.canImport()) {
            throw new ApiException(HttpStatus.FORBIDDEN, "forbidden", "only planners and admins import plans");
        }
        if (files.isEmpty()) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "bad_request", "send one or more parts named 'file'");
        }
        List<ImportResult> results = new ArrayList<>();
        for (MultipartFile file : files) {
            String name = file.getOriginalFilename() != null
                            && !file.getOriginalFilename().isBlank()
                    ? file.getOriginalFilename()
                    : "upload.txt";
            results.add(imports.importDocument(
                    name, file.getBytes(), user != null ? user.getName() : null, scoped::canWrite));
        }
        boolean failed = results.stream().anyMatch(ImportResult::failed);
        boolean created = results.stream().anyMatch(r -> !r.failed() && !"unchanged".equals(r.status()));
        HttpStatus status = failed ? HttpStatus.UNPROCESSABLE_CONTENT : created ? HttpStatus.CREATED : HttpStatus.OK;
        return ResponseEntity.status(status).body(results);
    }

    @GetMapping("/plans/{id}")
    ObjectNode plan(@PathVariable long id, @RequestParam(required = false) @Nullable Long version) {
        requirePlan(id);
        return plans.planJson(id, version)
                .orElseThrow(
                        () -> ApiException.notFound("plan " + id + (version != null ? " version " + version : "")));
    }

    @GetMapping("/plans/{id}/versions")
    List<PlanVersionSummary> versions(@PathVariable long id) {
        requirePlan(id);
        return plans.versions(id);
    }

    @GetMapping("/plans/{id}/versions/{versionId}/diff")
    VersionDiff diff(@PathVariable long id, @PathVariable long versionId) {
        requireVersion(id, versionId);
        return plans.diff(versionId)
                .orElseThrow(() -> ApiException.notFound("a diff for version " + versionId + " (it is the first)"));
    }

    @GetMapping(path = "/plans/{id}/source", produces = MediaType.APPLICATION_OCTET_STREAM_VALUE)
    ResponseEntity<byte[]> source(@PathVariable long id, @RequestParam(required = false) @Nullable Long version) {
        PlanVersionSummary v = version != null ? requireVersion(id, version) : latest(id);
        byte[] bytes = plans.source(v.id()).orElseThrow(() -> ApiException.notFound("version " + v.id()));
        String fileName = v.fileName().replaceFirst(".*[/\\\\]", "");
        return ResponseEntity.ok()
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        org.springframework.http.ContentDisposition.attachment()
                                .filename(fileName, java.nio.charset.StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .body(bytes);
    }

    /** One kind of item of a plan's latest version (or ?version=): sections, indicators, targets … */
    @GetMapping("/plans/{id}/{items:sections|indicators|targets|responsibilities|projects|project-summaries}")
    List<ObjectNode> items(
            @PathVariable long id, @PathVariable String items, @RequestParam(required = false) @Nullable Long version) {
        PlanVersionSummary v = version != null ? requireVersion(id, version) : latest(id);
        return plans.currentItems(v.id(), ITEM_TYPES.get(items));
    }

    /** A correction: {@code {"field": "target.value", "value": 95, "reason": "…"}}. */
    record CorrectionRequest(
            String field,
            JsonNode value,
            String reason,
            @Nullable Integer revision) {}

    @PostMapping(path = "/items/{itemId}/corrections", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Correction> correct(
            @PathVariable long itemId, @RequestBody CorrectionRequest request, @Nullable Principal user) {
        if (request.field() == null || request.value() == null) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "bad_request", "send 'field', 'value' and 'reason'");
        }
        PlanSummary owner = scoped.planOfItem(itemId).orElseThrow(() -> ApiException.notFound("item " + itemId));
        if (!scoped.canWrite(owner)) {
            throw new ApiException(HttpStatus.FORBIDDEN, "forbidden", "you may not correct plans of this unit");
        }
        Correction c = plans.correct(
                itemId,
                request.field(),
                request.value(),
                request.reason(),
                user != null ? user.getName() : "anonymous",
                request.revision());
        return ResponseEntity.status(HttpStatus.CREATED).body(c);
    }

    /** 409: the item was corrected since the caller read it; the body has its revision and value now. */
    @org.springframework.web.bind.annotation.ExceptionHandler(StaleCorrectionException.class)
    ResponseEntity<Map<String, Object>> stale(StaleCorrectionException e) {
        Map<String, Object> body = new java.util.LinkedHashMap<>();
        body.put("error", "conflict");
        body.put(
                "detail",
                "该条目已被他人更正，请按当前值重新提交。" + e.getMessage()
                        + "; read it again and send the correction with the current revision");
        body.put("current_revision", e.currentRevision());
        body.put("current_value", e.currentValue());
        return ResponseEntity.status(HttpStatus.CONFLICT).body(body);
    }

    @GetMapping("/items/{itemId}/corrections")
    List<Correction> corrections(@PathVariable long itemId) {
        scoped.planOfItem(itemId).orElseThrow(() -> ApiException.notFound("item " + itemId));
        return plans.corrections(itemId);
    }

    private PlanSummary requirePlan(long id) {
        return scoped.plan(id).orElseThrow(() -> ApiException.notFound("plan " + id));
    }

    private PlanVersionSummary latest(long id) {
        requirePlan(id);
        return plans.versions(id).get(0);
    }

    private PlanVersionSummary requireVersion(long id, long versionId) {
        return plans.versions(id).stream()
                .filter(v -> v.id() == versionId)
                .findFirst()
                .orElseThrow(() -> ApiException.notFound("version " + versionId + " of plan " + id));
    }
}
