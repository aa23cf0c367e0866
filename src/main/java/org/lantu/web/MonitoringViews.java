package org.lantu.web;

import java.math.BigDecimal;
import java.time.Year;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.lantu.monitor.EvaluatedTarget;
import org.lantu.monitor.EvaluationService;
import org.lantu.monitor.EvaluationStatus;
import org.lantu.monitor.MonitoringWarnings;
import org.lantu.monitor.PlanEvaluation;
import org.lantu.monitor.PlanTarget;
import org.lantu.monitor.StatusCounts;
import org.lantu.monitor.TargetEvaluation;
import org.lantu.monitor.TargetSpec;
import org.lantu.monitor.Warning;
import org.lantu.monitor.YearValue;
import org.lantu.plan.IndicatorNature;
import org.lantu.plan.PlanJson;
import org.lantu.plan.PlanSummary;
import org.lantu.region.AdminUnit;
import org.lantu.region.RegionService;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * What the monitoring pages (监测评估) share: evaluated targets as table rows in the page's language, status
 * mixes as counts and chart data, units and plans within the caller's scope.
 */
@Component
public class MonitoringViews {

    /** The statuses in the order the pages list them, best first. */
    public static final List<EvaluationStatus> ORDER = List.of(
            EvaluationStatus.ACHIEVED,
            EvaluationStatus.ON_TRACK,
            EvaluationStatus.NEEDS_ACCELERATION,
            EvaluationStatus.LIMITED_PROGRESS,
            EvaluationStatus.DETERIORATION,
            EvaluationStatus.QUALITATIVE,
            EvaluationStatus.INSUFFICIENT_DATA);

    private final EvaluationService evaluations;
    private final ScopedPlans scoped;
    private final RegionService regions;

    private final MonitoringWarnings monitoringWarnings;

    private final ITemplateEngine templates;

    MonitoringViews(
            EvaluationService evaluations,
            ScopedPlans scoped,
            RegionService regions,
            MonitoringWarnings monitoringWarnings,
            ITemplateEngine templates) {
        this.evaluations = evaluations;
        this.templates = templates;
        this.monitoringWarnings = monitoringWarnings;
        this.scoped = scoped;
        this.regions = regions;
    }

    static boolean english(Locale locale) {
        return "en".equals(locale.getLanguage());
    }

    public static String statusLabel(EvaluationStatus s, Locale locale) {
        return english(locale) ? s.en() : s.zh();
    }

    /** A year given in a request, checked (400 outside 1949–2100). */
    static @Nullable Integer checkYear(@Nullable Integer year) {
        if (year != null && (year < 1949 || year > 2100)) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "year out of range");
        }
        return year;
    }

    // ---- scope ------------------------------------------------------------------------------------------

    /**
     * A unit the caller may see: one they read, or one above a unit whose plans they read (a county user sees
     * its league); 404 otherwise.
     */
    AdminUnit readableUnit(long id) {
        AdminUnit unit = regions.byId(id).orElseThrow(PlanController::notFound);
        Set<Long> below = Set.copyOf(regions.withDescendants(id));
        if (!scoped.canReadUnit(unit.id())
                && scoped.plans().stream().noneMatch(p -> p.unitId() != null && below.contains(p.unitId()))) {
            throw PlanController.notFound();
        }
        return unit;
    }

    /** The readable plans filed under a unit or any unit below it. */
    List<PlanSummary> plansUnder(AdminUnit unit) {
        Set<Long> below = Set.copyOf(regions.withDescendants(unit.id()));
        return scoped.plans().stream()
                .filter(p -> p.unitId() != null && below.contains(p.unitId()))
                .toList();
    }

    List<PlanEvaluation> evaluateAll(Collection<PlanSummary> plans, @Nullable Integer year) {
        return evaluations.evaluateAll(plans, year);
    }

    Optional<PlanEvaluation> evaluate(long planId, @Nullable Integer year) {
        return evaluations.evaluate(planId, year);
    }

    /** The years a plan can be evaluated in: its period with the base year, and the year shown. */
    static List<Integer> years(PlanSummary plan, int shown) {
        int now = Year.now().getValue();
        int from = plan.periodFrom() != null ? plan.periodFrom() : Math.min(shown, now) - 3;
        int to = plan.periodTo() != null ? Math.max(plan.periodTo(), Math.min(now, from + 15)) : now;
        from = Math.min(from, shown);
        to = Math.max(to, shown);
        List<Integer> out = new ArrayList<>();
        for (int y = to; y >= from && out.size() < 40; y--) {
            out.add(y);
        }
        return out;
    }

    /**
     * The plan page's 监测评估 tab: the plan evaluated in a year, its status mix, targets and warnings.
     *
     * @param plan the plan as the page's frame read it, its latest version id checked by that read: the
     *     evaluation does not read it again
     */
    void planTab(PlanSummary plan, @Nullable Integer year, Locale locale, org.springframework.ui.Model model) {
        PlanEvaluation e = evaluations.evaluate(plan, checkYear(year));
        StatusCounts counts = e.counts();
        model.addAttribute("evaluation", e);
        model.addAttribute("years", years(plan, e.year()));
        model.addAttribute("statusCounts", counts);
        model.addAttribute("statusCells", cells(counts, locale));
        model.addAttribute("onTrackShare", share(counts));
        model.addAttribute("statusChart", donut(counts, locale));
        model.addAttribute("targetTable", targetTable(e, year, locale));
        model.addAttribute("warnings", warningRows(e, monitoringWarnings.of(plan, e), english(locale)));
    }

    /** A plan's table of targets as rendered for an evaluation; null when it has no targets. */
    private record TargetTable(
            PlanEvaluation evaluation, @Nullable String html) {}

    static final int TABLE_LIMIT = 2_000;

    private final Map<String, TargetTable> targetTables = new ConcurrentHashMap<>();

    /**
     * The tab's table of targets (most of its markup: some forty rows of ten cells), rendered from {@code
     * fragments/monitoring :: targetTable} once per evaluation and language and then reused while the
     * evaluation is the one {@link EvaluationService} holds: a new one (an observation, a correction, a new
     * version of the plan) is a new object, and the table is rendered again. Nothing in it depends on the
     * user (no form, no token); the language is the only other input.
     */
    @Nullable
    String targetTable(PlanEvaluation e, @Nullable Integer year, Locale locale) {
        boolean en = english(locale);
        String key = e.planId() + ":" + year + ":" + (en ? "en" : "zh");
        TargetTable hit = targetTables.get(key);
        if (hit != null && hit.evaluation() == e) {
            return hit.html();
        }
        Map<String, List<TargetRow>> domains = byDomain(rows(e, locale), en ? "Other" : "其他");
        String html = domains.isEmpty()
                ? null
                : templates.process(
                        "fragments/monitoring",
                        Set.of("targetTable"),
                        new Context(locale, Map.of("domains", domains, "showReporter", true)));
        if (targetTables.size() > TABLE_LIMIT) {
            targetTables.clear();
        }
        targetTables.put(key, new TargetTable(e, html));
        return html;
    }

    /** The table {@link #targetTable} holds for an evaluation, or null if it has none (rendered or not). */
    @Nullable
    String cachedTable(PlanEvaluation e, @Nullable Integer year, Locale locale) {
        TargetTable hit = targetTables.get(e.planId() + ":" + year + ":" + (english(locale) ? "en" : "zh"));
        return hit != null && hit.evaluation() == e ? hit.html() : null;
    }

    // ---- one indicator of a plan ------------------------------------------------------------------------

    /** A plan's target, evaluated. */
    public record Resolved(PlanSummary plan, PlanEvaluation evaluation, EvaluatedTarget target) {}

    /**
     * The target of a readable plan named by its item id in the latest version, or by its key; 404 if there
     * is none.
     */
    public Resolved resolve(long planId, String ref, @Nullable Integer year) {
        PlanSummary plan = scoped.plan(planId).orElseThrow(PlanController::notFound);
        PlanEvaluation e = evaluate(planId, checkYear(year)).orElseThrow(PlanController::notFound);
        Optional<EvaluatedTarget> t = Optional.empty();
        if (ref.matches("\\d{1,18}")) {
            long id = Long.parseLong(ref);
            t = e.targets().stream().filter(x -> x.target().itemId() == id).findFirst();
        }
        if (t.isEmpty()) {
            t = e.targets().stream()
                    .filter(x -> x.target().itemKey().equals(ref))
                    .findFirst();
        }
        return new Resolved(plan, e, t.orElseThrow(PlanController::notFound));
    }

    /** Every readable plan's target linked to a catalog indicator, evaluated in its own default year. */
    List<TargetRow> targetsOf(String code, Locale locale) {
        List<TargetRow> out = new ArrayList<>();
        for (PlanEvaluation e : evaluateAll(scoped.plans(), null)) {
            for (EvaluatedTarget t : e.targets()) {
                if (code.equals(t.target().indicatorCode())) {
                    out.add(row(e.planId(), t, locale));
                }
            }
        }
        return out;
    }

    /**
     * The chart of a target: the years on the axis and, for each, the observed value (approved; the baseline
     * in its year), values not yet approved, the path from baseline to target (compound for a target measured
     * by compound growth, else straight), the projection from the latest value to the target year, and the
     * target.
     */
    public static ObjectNode trajectory(
            Resolved r, List<org.lantu.monitor.Observation> observations, Map<String, String> labels) {
        TargetSpec spec = r.target().target().spec();
        TargetEvaluation e = r.target().evaluation();
        boolean level = spec.kind() == org.lantu.plan.TargetKind.LEVEL;
        Map<Integer, BigDecimal> approved = new java.util.TreeMap<>();
        Map<Integer, BigDecimal> pending = new java.util.TreeMap<>();
        for (org.lantu.monitor.Observation o : observations) {
            if (o.quarter() != null) {
                continue;
            }
            (o.status() == org.lantu.monitor.ObservationStatus.APPROVED ? approved : pending).put(o.year(), o.value());
        }
        YearValue baseline = spec.baseline();
        YearValue target = spec.target();
        if (level && baseline != null) {
            approved.putIfAbsent(baseline.year(), baseline.value());
        }
        java.util.TreeSet<Integer> years = new java.util.TreeSet<>();
        years.addAll(approved.keySet());
        years.addAll(pending.keySet());
        if (baseline != null && level) {
            years.add(baseline.year());
        }
        if (target != null) {
            years.add(target.year());
        }
        years.add(r.evaluation().year());
        List<Integer> axis = new ArrayList<>();
        if (!years.isEmpty()) {
            for (int y = years.first(); y <= years.last() && axis.size() < 60; y++) {
                axis.add(y);
            }
        }
        Map<Integer, Double> path = new HashMap<>();
        boolean bound = e.method() == org.lantu.monitor.EvaluationMethod.BOUND;
        if (level && !bound && baseline != null && target != null && target.year() > baseline.year()) {
            double b = baseline.value().doubleValue();
            double t = target.value().doubleValue();
            int span = target.year() - baseline.year();
            boolean compound = e.method() == org.lantu.monitor.EvaluationMethod.CAGR && b > 0 && t > 0;
            for (int y = baseline.year(); y <= target.year(); y++) {
                double f = (double) (y - baseline.year()) / span;
                path.put(y, compound ? b * Math.pow(t / b, f) : b + (t - b) * f);
            }
        }
        Map<Integer, Double> projection = new HashMap<>();
        if (level
                && e.projection() != null
                && e.latest() != null
                && target != null
                && target.year() > e.latest().year()) {
            projection.put(e.latest().year(), e.latest().value().doubleValue());
            projection.put(target.year(), e.projection());
        }
        ObjectNode root = PlanJson.mapper().createObjectNode();
        root.put("indicator", spec.indicator());
        root.put("unit", spec.unit());
        root.put("status", e.status().code());
        ArrayNode ys = root.putArray("years");
        ArrayNode obs = root.putArray("observed");
        ArrayNode pend = root.putArray("pending");
        ArrayNode pa = root.putArray("path");
        ArrayNode pr = root.putArray("projection");
        for (int y : axis) {
            ys.add(String.valueOf(y));
            addOrNull(obs, approved.get(y) == null ? null : approved.get(y).doubleValue());
            addOrNull(pend, pending.get(y) == null ? null : pending.get(y).doubleValue());
            addOrNull(pa, path.get(y) == null ? null : round(path.get(y)));
            addOrNull(pr, projection.get(y) == null ? null : round(projection.get(y)));
        }
        boolean hasTarget = target != null && (level || spec.kind() == org.lantu.plan.TargetKind.ANNUAL_GROWTH);
        if (hasTarget) {
            root.put("target", target.value().doubleValue());
            root.put("target_year", target.year());
        } else {
            root.putNull("target");
        }
        ObjectNode l = root.putObject("labels");
        labels.forEach(l::put);
        root.put("empty", approved.isEmpty() && pending.isEmpty() && !hasTarget);
        return root;
    }

    private static void addOrNull(ArrayNode a, @Nullable Double v) {
        if (v == null) {
            a.addNull();
        } else {
            a.add(v);
        }
    }

    private static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }

    // ---- rows -------------------------------------------------------------------------------------------

    /** One evaluated target as the tables show it. */
    public record TargetRow(
            long planId,
            long itemId,
            String itemType,
            String domain,
            String indicator,
            String unit,
            String baseline,
            String target,
            String latest,
            @Nullable Integer latestYear,
            String status,
            String statusLabel,
            @Nullable String category,
            @Nullable String method,
            String ratio,
            String pace,
            String explanation,
            @Nullable String code,
            @Nullable String reportingUnit,
            boolean binding) {

        public String getHref() {
            return "/plans/" + planId + "/indicators/" + itemId;
        }
    }

    static TargetRow row(long planId, EvaluatedTarget t, Locale locale) {
        boolean en = english(locale);
        PlanTarget target = t.target();
        TargetSpec spec = target.spec();
        TargetEvaluation e = t.evaluation();
        String unit = spec.unit() == null ? "" : spec.unit();
        return new TargetRow(
                planId,
                target.itemId(),
                target.itemType(),
                target.domain() == null ? "" : target.domain(),
                spec.indicator(),
                unit,
                yearValue(spec.baseline(), en),
                target.raw().isBlank() ? yearValue(spec.target(), en) : target.raw(),
                e.latest() == null ? "—" : number(e.latest().value()),
                e.latest() == null ? null : e.latest().year(),
                e.status().code(),
                statusLabel(e.status(), locale),
                e.category() == null
                        ? null
                        : en ? e.category().en() : e.category().zh(),
                e.method() == null ? null : en ? e.method().en() : e.method().zh(),
                e.ratio() == null ? "—" : String.format(Locale.ROOT, "%.2f", e.ratio()),
                pace(e, unit, en),
                en ? e.explanationEn() : e.explanation(),
                target.indicatorCode(),
                target.reportingUnit(),
                spec.attribute() == IndicatorNature.BINDING);
    }

    static List<TargetRow> rows(PlanEvaluation e, Locale locale) {
        return e.targets().stream().map(t -> row(e.planId(), t, locale)).toList();
    }

    /** Rows grouped by domain (类别), in the order the plan first names each domain. */
    static Map<String, List<TargetRow>> byDomain(List<TargetRow> rows, String none) {
        Map<String, List<TargetRow>> out = new LinkedHashMap<>();
        for (TargetRow r : rows) {
            out.computeIfAbsent(r.domain().isBlank() ? none : r.domain(), k -> new ArrayList<>())
                    .add(r);
        }
        return out;
    }

    private static String pace(TargetEvaluation e, String unit, boolean en) {
        if (e.requiredPace() != null) {
            return String.format(Locale.ROOT, "%+.1f%%", e.requiredPace() * 100) + (en ? " a year" : "/年");
        }
        if (e.requiredStep() != null) {
            return String.format(Locale.ROOT, "%+.2f", e.requiredStep()) + unit + (en ? " a year" : "/年");
        }
        return "—";
    }

    static String yearValue(@Nullable YearValue v, boolean en) {
        if (v == null) {
            return "—";
        }
        return number(v.value()) + (en ? " (" + v.year() + ")" : "（" + v.year() + "）");
    }

    static String number(BigDecimal v) {
        return v.stripTrailingZeros().toPlainString();
    }

    // ---- counts -----------------------------------------------------------------------------------------

    /** One status and how many targets have it. */
    public record StatusCell(String code, String label, int count) {}

    static List<StatusCell> cells(StatusCounts counts, Locale locale) {
        List<StatusCell> out = new ArrayList<>();
        for (EvaluationStatus s : ORDER) {
            out.add(new StatusCell(
                    s.code(), statusLabel(s, locale), counts.byStatus().getOrDefault(s, 0)));
        }
        return out;
    }

    static StatusCounts counts(Collection<PlanEvaluation> evaluations) {
        return StatusCounts.of(evaluations.stream()
                .flatMap(p -> p.targets().stream())
                .map(EvaluatedTarget::evaluation)
                .toList());
    }

    static String share(StatusCounts counts) {
        Double s = counts.onTrackShare();
        return s == null ? "—" : String.format(Locale.ROOT, "%.0f%%", s * 100);
    }

    /** A donut's data: {@code {"items": [{"code", "label", "value"}], "empty"}}. */
    static String donut(StatusCounts counts, Locale locale) {
        ObjectNode root = PlanJson.mapper().createObjectNode();
        ArrayNode items = root.putArray("items");
        for (StatusCell c : cells(counts, locale)) {
            if (c.count() > 0) {
                items.addObject().put("code", c.code()).put("label", c.label()).put("value", c.count());
            }
        }
        root.put("empty", counts.total() == 0);
        return root.toString();
    }

    /**
     * A stacked bar's data, one bar per row: {@code {"categories": […], "series": [{"code", "label", "data"}],
     * "links": […], "empty"}}.
     */
    static String stacked(List<String> names, List<StatusCounts> counts, List<String> links, Locale locale) {
        ObjectNode root = PlanJson.mapper().createObjectNode();
        ArrayNode categories = root.putArray("categories");
        names.forEach(categories::add);
        ArrayNode hrefs = root.putArray("links");
        links.forEach(hrefs::add);
        ArrayNode series = root.putArray("series");
        for (EvaluationStatus s : ORDER) {
            ObjectNode n = series.addObject();
            n.put("code", s.code());
            n.put("label", statusLabel(s, locale));
            ArrayNode data = n.putArray("data");
            for (StatusCounts c : counts) {
                data.add(c.byStatus().getOrDefault(s, 0));
            }
        }
        root.put("empty", names.isEmpty());
        return root.toString();
    }

    // ---- warnings ---------------------------------------------------------------------------------------

    /** A warning as the lists show it, with the link to its indicator's page. */
    public record WarningRow(
            Warning warning,
            String kindLabel,
            String message,
            @Nullable String href) {}

    List<WarningRow> warnings(Collection<PlanEvaluation> evaluations, Locale locale) {
        boolean en = english(locale);
        List<WarningRow> out = new ArrayList<>();
        for (PlanEvaluation e : evaluations) {
            out.addAll(warningRows(e, monitoringWarnings.of(e), en));
        }
        return out;
    }

    private static List<WarningRow> warningRows(PlanEvaluation e, List<Warning> warnings, boolean en) {
        List<WarningRow> out = new ArrayList<>();
        Map<Long, PlanTarget> byItem = new HashMap<>();
        e.targets().forEach(t -> byItem.put(t.target().itemId(), t.target()));
        Set<String> seen = new java.util.HashSet<>();
        for (Warning w : warnings) {
            // a prose target restating a table row raises the same warning: once is enough
            if (!seen.add(w.kind().code() + ":" + w.message())) {
                continue;
            }
            String href = w.itemId() != null && byItem.containsKey(w.itemId())
                    ? "/plans/" + w.planId() + "/indicators/" + w.itemId()
                    : null;
            out.add(new WarningRow(w, kindLabel(w.kind(), en), en ? w.messageEn() : w.message(), href));
        }
        return out;
    }

    static String kindLabel(Warning.Kind kind, boolean en) {
        if (!en) {
            return kind.zh();
        }
        return switch (kind) {
            case BINDING_TARGET -> "Binding target behind";
            case TARGET_OFF_TRACK -> "Target off track";
            case TASK_DELAYED -> "Task delayed";
            case TASK_UNREPORTED -> "Task unreported for two periods";
            case PROJECT_INVESTMENT -> "Project investment short";
        };
    }
}
