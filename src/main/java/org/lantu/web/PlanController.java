package org.lantu.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.lantu.ingest.IngestException;
import org.lantu.ingest.IngestService;
import org.lantu.plan.Correction;
import org.lantu.plan.PlanService;
import org.lantu.plan.PlanSummary;
import org.lantu.plan.PlanVersionSummary;
import org.lantu.plan.VersionDiff;
import org.lantu.region.AdminUnit;
import org.lantu.region.RegionService;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.server.ResponseStatusException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** A plan's page: what it is, its versions, and a tab per kind of item, the source text among them. */
@Controller
class PlanController {

    static final List<String> TABS = List.of(
            "structure", "indicators", "targets", "tasks", "projects", "matrix", "review", "monitoring", "source");

    private final PlanService plans;
    private final RegionService regions;
    private final IngestService ingest;
    private final MessageSource messages;
    private final ScopedPlans scoped;
    private final PlanFrames frames;
    private final PlanReviews reviews;
    private final MonitoringViews monitoring;

    PlanController(
            PlanService plans,
            RegionService regions,
            IngestService ingest,
            MessageSource messages,
            ScopedPlans scoped,
            PlanFrames frames,
            PlanReviews reviews,
            MonitoringViews monitoring) {
        this.plans = plans;
        this.regions = regions;
        this.ingest = ingest;
        this.messages = messages;
        this.scoped = scoped;
        this.frames = frames;
        this.reviews = reviews;
        this.monitoring = monitoring;
    }

    @GetMapping("/plans/{id}")
    String plan(
            @PathVariable long id,
            @RequestParam(required = false) @Nullable Long version,
            @RequestParam(defaultValue = "structure") String tab,
            @RequestParam(required = false) @Nullable String unit,
            @RequestParam(required = false) @Nullable Integer year,
            Locale locale,
            Model model) {
        String shown = TABS.contains(tab) ? tab : "structure";
        String view = page(id, version, shown, unit, null, null, model);
        if (shown.equals("monitoring")) {
            monitoring.planTab((PlanSummary) model.getAttribute("plan"), year, locale, model);
        }
        return view;
    }

    /** The source text; {@code line} (to {@code end}) is highlighted. */
    @GetMapping("/plans/{id}/source")
    String source(
            @PathVariable long id,
            @RequestParam(required = false) @Nullable Long version,
            @RequestParam(required = false) @Nullable Integer line,
            @RequestParam(required = false) @Nullable Integer end,
            Model model) {
        return page(id, version, "source", null, line, end, model);
    }

    /** The responsibility matrix as the chart script reads it. */
    @GetMapping("/plans/{id}/matrix.json")
    @ResponseBody
    Map<String, Object> matrixData(
            @PathVariable long id, @RequestParam(required = false) @Nullable Long version, Locale locale) {
        scoped.plan(id).orElseThrow(PlanController::notFound);
        PlanVersionSummary v = version(id, version, plans.versions(id));
        ObjectNode json = view(v.id(), "matrix");
        Matrix m = matrix(v.id(), json, locale);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("sections", m.sections().stream().map(Matrix.Row::label).toList());
        out.put("units", m.units());
        out.put("cells", m.cells());
        out.put("max", m.max());
        out.put(
                "labels",
                Map.of(
                        "tasks", messages.getMessage("matrix.tasks", null, locale),
                        "leads", messages.getMessage("matrix.leads", null, locale),
                        "section", messages.getMessage("matrix.section", null, locale),
                        "unit", messages.getMessage("matrix.unit", null, locale)));
        return out;
    }

    private String page(
            long id,
            @Nullable Long versionParam,
            String tab,
            @Nullable String unitFilter,
            @Nullable Integer line,
            @Nullable Integer end,
            Model model) {
        PlanFrames.Frame frame =
                frames.frame(id).filter(f -> scoped.canRead(f.plan())).orElseThrow(PlanController::notFound);
        PlanSummary plan = frame.plan();
        List<PlanVersionSummary> versions = frame.versions();
        PlanVersionSummary version = version(id, versionParam, versions);
        boolean latest = version.id() == versions.get(0).id();
        ObjectNode json = view(version.id(), tab);
        PlanLinks links = new PlanLinks(id, latest ? null : version.id());
        List<AdminUnit> ancestry = frame.ancestry();
        List<VersionRow> history = new ArrayList<>();
        for (PlanVersionSummary v : versions) {
            history.add(new VersionRow(v, frame.diffs().get(v.id()), v.id() == version.id()));
        }
        model.addAttribute("plan", plan);
        model.addAttribute("period", json.path("plan").path("period"));
        model.addAttribute("ancestry", ancestry);
        model.addAttribute("version", version);
        model.addAttribute("latest", latest);
        model.addAttribute("history", history);
        model.addAttribute("sourceInfo", ItemView.of(json.path("source")));
        model.addAttribute("sourceBytes", frame.sourceBytes().getOrDefault(version.id(), 0L));
        model.addAttribute("links", links);
        model.addAttribute("tab", tab);
        model.addAttribute("counts", counts(json));

        switch (tab) {
            case "structure" -> model.addAttribute("sections", SectionNode.tree(json.path("sections")));
            case "indicators" -> model.addAttribute("items", withHistory(json.path("indicators")));
            case "targets" -> model.addAttribute("items", withHistory(json.path("targets")));
            case "tasks" -> tasks(plan, json, unitFilter, model);
            case "projects" -> {
                model.addAttribute("boxes", items(json.path("projects")));
                model.addAttribute("summaries", items(json.path("project_summaries")));
            }
            case "matrix" -> model.addAttribute("matrix", matrix(version.id(), json, null));
            case "review" -> review(plan, version, model);
            case "monitoring" -> {
                // filled by the plan's evaluation (MonitoringViews.planTab)
            }
            case "source" -> source(version, line, end, model);
            default -> throw new IllegalStateException(tab);
        }
        return "plan";
    }

    private PlanVersionSummary version(long planId, @Nullable Long versionId, List<PlanVersionSummary> versions) {
        if (versions.isEmpty()) {
            throw notFound();
        }
        if (versionId == null) {
            return versions.get(0);
        }
        return versions.stream()
                .filter(v -> v.id() == versionId && v.planId() == planId)
                .findFirst()
                .orElseThrow(PlanController::notFound);
    }

    /** The item types each tab shows; only those are read. */
    private static final Map<String, List<String>> TAB_ITEMS = Map.of(
            "structure", List.of("section"),
            "indicators", List.of("indicator"),
            "targets", List.of("target"),
            "tasks", List.of("responsibility"),
            "projects", List.of("project", "project_summary"),
            "matrix", List.of("section"),
            "review", List.of(),
            "monitoring", List.of(),
            "source", List.of());

    /** The version as the tab needs it: source, plan, counts and the tab's items (shared: read only). */
    private ObjectNode view(long versionId, String tab) {
        return plans.versionView(versionId, TAB_ITEMS.getOrDefault(tab, List.of()));
    }

    private static Map<String, Integer> counts(ObjectNode json) {
        JsonNode c = json.path("counts");
        Map<String, Integer> counts = new HashMap<>();
        counts.put("structure", c.path("section").asInt());
        counts.put("indicators", c.path("indicator").asInt());
        counts.put("targets", c.path("target").asInt());
        counts.put("tasks", c.path("responsibility").asInt());
        counts.put(
                "projects",
                c.path("project").asInt() + c.path("project_summary").asInt());
        return counts;
    }

    private static List<ItemView> items(JsonNode array) {
        List<ItemView> out = new ArrayList<>();
        for (JsonNode n : array) {
            out.add(ItemView.of(n));
        }
        return out;
    }

    /** Items with the history of those a planner corrected. */
    private List<ItemView> withHistory(JsonNode array) {
        List<ItemView> out = new ArrayList<>();
        for (JsonNode n : array) {
            List<Correction> history = n.path("corrected").asBoolean(false)
                    ? plans.corrections(n.path("item_id").asLong())
                    : List.of();
            out.add(new ItemView(n, history));
        }
        return out;
    }

    private void tasks(PlanSummary plan, ObjectNode json, @Nullable String unitFilter, Model model) {
        Map<String, Long> registry = plans.responsibleUnitIds(plan.unitId());
        Map<String, Integer> unitCounts = new LinkedHashMap<>();
        List<TaskRow> rows = new ArrayList<>();
        for (ItemView item : withHistory(json.path("responsibilities"))) {
            List<String> names = item.list("units_normalized");
            if (names.isEmpty()) {
                names = item.list("units");
            }
            String lead = item.text("lead");
            List<UnitRef> units = new ArrayList<>();
            for (String name : names) {
                unitCounts.merge(name, 1, Integer::sum);
                units.add(new UnitRef(name, registry.get(name), name.equals(lead)));
            }
            if (unitFilter == null || unitFilter.isBlank() || names.contains(unitFilter)) {
                rows.add(new TaskRow(item, units));
            }
        }
        List<String> unitNames = new ArrayList<>(unitCounts.keySet());
        unitNames.sort(
                java.util.Comparator.comparing((String u) -> -unitCounts.get(u)).thenComparing(u -> u));
        model.addAttribute("tasks", rows);
        model.addAttribute("taskUnits", unitNames);
        model.addAttribute("unitFilter", unitFilter == null || unitFilter.isBlank() ? null : unitFilter);
    }

    private Matrix matrix(long versionId, ObjectNode json, @Nullable Locale locale) {
        String noSection = locale != null ? messages.getMessage("matrix.noSection", null, locale) : "—";
        return Matrix.of(plans.responsibilityMatrix(versionId), json.path("sections"), noSection);
    }

    private void review(PlanSummary plan, PlanVersionSummary version, Model model) {
        Optional<org.lantu.review.Review> review = reviews.review(plan, version.id());
        model.addAttribute(
                "findings", review.map(r -> reviews.findings(r, version.id())).orElse(List.of()));
        model.addAttribute("reviewFile", review.map(r -> r.plan().file()).orElse(""));
        model.addAttribute("decisionStatuses", PlanReviews.STATUSES);
        model.addAttribute("canDecide", scoped.canWrite(plan));
    }

    private void source(PlanVersionSummary version, @Nullable Integer line, @Nullable Integer end, Model model) {
        Optional<byte[]> bytes = plans.source(version.id());
        List<SourceLine> lines = new ArrayList<>();
        String error = null;
        if (bytes.isPresent()) {
            try {
                List<String> text = ingest.sourceLines(bytes.get(), version.fileName());
                int from = line != null ? line : -1;
                int to = end != null && line != null && end >= line ? end : from;
                for (int i = 0; i < text.size(); i++) {
                    int no = i + 1;
                    lines.add(new SourceLine(no, text.get(i), no >= from && no <= to));
                }
            } catch (IngestException e) {
                error = e.getMessage();
            }
        }
        model.addAttribute("lines", lines);
        model.addAttribute("sourceError", error);
        model.addAttribute("highlight", line);
    }

    static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND);
    }

    /** One version of the plan in its history, with what changed against the one before. */
    public record VersionRow(
            PlanVersionSummary version, @Nullable VersionDiff diff, boolean selected) {}

    /** A task with its units, each linked to the unit's page when the registry knows it. */
    public record TaskRow(ItemView item, List<UnitRef> units) {}

    /** A responsible unit as a task names it. */
    public record UnitRef(String name, @Nullable Long id, boolean lead) {}

    /** One line of the source text. */
    public record SourceLine(int no, String text, boolean highlighted) {
        public String getAnchor() {
            return "L" + no;
        }
    }
}
