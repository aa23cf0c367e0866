package org.lantu.monitor;

import java.time.Year;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.lantu.catalog.CatalogEntry;
import org.lantu.catalog.Direction;
import org.lantu.catalog.IndicatorCatalog;
import org.lantu.plan.Comparator;
import org.lantu.plan.IndicatorNature;
import org.lantu.plan.PlanService;
import org.lantu.plan.PlanSummary;
import org.lantu.plan.TargetKind;
import org.lantu.region.AdminUnit;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Evaluates stored plans (规划评估): reads each target of a plan's latest version (corrections applied), links
 * it to its catalog indicator, and runs {@link EvaluationEngine} over the approved observations of the plan's
 * unit. Plans of every level are evaluated the same way.
 *
 * <p>Evaluations are cached per plan and year, keyed by the unit's generation (see {@code
 * V5_1__create_monitor_generations.sql}): any change of an observation, version, correction, link or status,
 * by this process or another, is seen by the next call.
 */
@Service
public class EvaluationService {

    private static final Pattern REDUCTION = Pattern.compile("下降|降低|减少|压减|削减|降幅");
    private static final int CACHE_LIMIT = 20_000;

    private final PlanService plans;
    private final JdbcClient jdbc;
    private final IndicatorCatalog catalog = IndicatorCatalog.standard();
    private final Map<Long, CachedTargets> targetCache = new ConcurrentHashMap<>();
    private final Map<String, CachedEvaluation> evaluationCache = new ConcurrentHashMap<>();
    private final Map<String, CachedStatus> statusCache = new ConcurrentHashMap<>();
    private final UnitDirectory directory;
    private final MonitorAccess access;
    private final ObservationService observations;
    private final IndicatorRegistry registry;

    EvaluationService(
            PlanService plans,
            JdbcClient jdbc,
            UnitDirectory directory,
            MonitorAccess access,
            ObservationService observations,
            IndicatorRegistry registry) {
        this.plans = plans;
        this.registry = registry;
        this.observations = observations;
        this.jdbc = jdbc;
        this.directory = directory;
        this.access = access;
    }

    private record CachedTargets(long generation, long versionId, List<PlanTarget> targets) {}

    /**
     * Bytes written on first use and kept: a cached answer's JSON. A race writes the same bytes twice, so no
     * lock is needed.
     */
    private static final class LazyBytes {
        private final Supplier<byte[]> write;
        private volatile byte @Nullable [] bytes;

        LazyBytes(Supplier<byte[]> write) {
            this.write = write;
        }

        byte[] get() {
            byte[] b = bytes;
            if (b == null) {
                b = write.get();
                bytes = b;
            }
            return b;
        }

        /** 0 until written. */
        int length() {
            byte[] b = bytes;
            return b == null ? 0 : b.length;
        }
    }

    /**
     * An evaluation with the counts that roll-ups add up, computed once with it, and its JSON as the API
     * writes it.
     */
    private record CachedEvaluation(
            long generation,
            PlanEvaluation evaluation,
            StatusCounts counts,
            Map<String, StatusCounts> byDomain,
            Map<String, StatusCounts> byReportingUnit,
            LazyBytes json) {

        static CachedEvaluation of(long generation, PlanEvaluation e) {
            return new CachedEvaluation(
                    generation,
                    e,
                    e.counts(),
                    rollUp(List.of(e), t -> t.target().domain()),
                    rollUp(List.of(e), t -> t.target().reportingUnit()),
                    new LazyBytes(() -> EvaluationJson.bytes(e)));
        }

        /** Valid for a plan as read now: its unit's generation and its latest version both as computed. */
        boolean validFor(PlanSummary plan, long unitGeneration) {
            return generation == unitGeneration && evaluation.versionId() == plan.latestVersionId();
        }
    }

    /** A unit's status, valid while the structure and its units' generations are as in {@code stamp}. */
    private record CachedStatus(long[] stamp, UnitStatus status, LazyBytes json) {
        static CachedStatus of(long[] stamp, UnitStatus status) {
            return new CachedStatus(
                    stamp, status, new LazyBytes(() -> EvaluationJson.compact(EvaluationJson.unitStatus(status))));
        }
    }

    /**
     * A plan evaluated in a year; empty if there is no such plan.
     *
     * @param year the year to evaluate; null for the latest year with an approved observation of the plan's
     *     unit (not after this year), else the plan's first year
     */
    public Optional<PlanEvaluation> evaluate(long planId, @Nullable Integer year) {
        Optional<PlanSummary> plan = plans.plan(planId);
        if (plan.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(evaluateCached(plan.get(), year, generations(List.of(unitKey(plan.get()))), null)
                .evaluation());
    }

    /**
     * {@link #evaluate(long, Integer)} of a plan the caller has read, with its latest version id as it is now:
     * without reading the plan again (warm: the unit's generation, nothing else).
     */
    public PlanEvaluation evaluate(PlanSummary plan, @Nullable Integer year) {
        return evaluateCached(plan, year, generations(List.of(unitKey(plan))), null)
                .evaluation();
    }

    /**
     * {@link #evaluate(PlanSummary, Integer)} as the API's JSON ({@link EvaluationJson#bytes}): written once per
     * evaluation object, as {@link #unitStatusJson} is, and dropped with it.
     */
    public byte[] evaluationJson(PlanSummary plan, @Nullable Integer year) {
        return evaluateCached(plan, year, generations(List.of(unitKey(plan))), null)
                .json()
                .get();
    }

    /** The ids of every stored plan, in order: what a warm-up goes through. */
    public List<Long> planIds() {
        return plansIn(directory.view(t -> List.of()).tree(), p -> true).stream()
                .map(PlanSummary::id)
                .toList();
    }

    /**
     * Evaluates some plans' latest versions into the cache, as the first request for each would, before any
     * request does ({@code lantu serve}'s warm-up). The plans and their units' generations are read together,
     * before the observations, targets and statuses they guard (see {@link UnitDirectory#view}): a plan
     * changed while this runs is cached under its old generation (or its old version), so the next request
     * sees the difference and evaluates it again; nothing older than its key is ever stored. A plan whose
     * evaluation is cached and current is not evaluated again.
     *
     * @param json also write each evaluation's JSON ({@link #evaluationJson})
     * @return the evaluations, in the order of the ids; a plan that no longer exists is left out
     */
    public List<PlanEvaluation> warm(Collection<Long> planIds, @Nullable Integer year, boolean json) {
        Set<Long> wanted = Set.copyOf(planIds);
        UnitDirectory.View view = directory.view(t -> plansIn(t, p -> wanted.contains(p.id())).stream()
                .map(EvaluationService::unitKey)
                .toList());
        List<PlanSummary> batch = plansIn(view.tree(), p -> wanted.contains(p.id()));
        List<CachedEvaluation> done = evaluateCached(batch, year, view.unitGenerations());
        List<PlanEvaluation> out = new ArrayList<>(done.size());
        for (CachedEvaluation c : done) {
            if (json) {
                c.json().get();
            }
            out.add(c.evaluation());
        }
        return out;
    }

    /** The bytes of API JSON the cache holds (what a warm-up reports). */
    public long cachedJsonBytes() {
        long sum = 0;
        for (CachedEvaluation c : evaluationCache.values()) {
            sum += c.json().length();
        }
        return sum;
    }

    /** The tree's plans that pass {@code which}, by id. */
    private static List<PlanSummary> plansIn(UnitDirectory.Tree tree, Predicate<PlanSummary> which) {
        List<PlanSummary> out = new ArrayList<>();
        tree.plansByUnit().values().forEach(ps -> ps.stream().filter(which).forEach(out::add));
        out.sort(java.util.Comparator.comparingLong(PlanSummary::id));
        return out;
    }

    /** Several plans evaluated in a year (each in its own default year if null), in the order given. */
    public List<PlanEvaluation> evaluateAll(Collection<PlanSummary> plansToEvaluate, @Nullable Integer year) {
        Map<Long, Long> generations = generations(
                plansToEvaluate.stream().map(EvaluationService::unitKey).toList());
        return evaluateCached(plansToEvaluate, year, generations).stream()
                .map(CachedEvaluation::evaluation)
                .toList();
    }

    /**
     * The same computed afresh from the store, bypassing (and not filling) the cache of evaluations: what a
     * benchmark of the evaluation itself measures.
     */
    public List<PlanEvaluation> recomputeAll(Collection<PlanSummary> plansToEvaluate, @Nullable Integer year) {
        Inputs in = inputs(plansToEvaluate);
        List<PlanEvaluation> out = new ArrayList<>(plansToEvaluate.size());
        for (PlanSummary p : plansToEvaluate) {
            out.add(compute(p, year, in));
        }
        return out;
    }

    /**
     * The status mix of the plans the caller reads under a unit (the unit's own and those of every unit below
     * it); empty when the unit does not exist or the caller reads neither it nor a plan below it (a county user
     * sees its league, with its own plans only). Warm, this reads the generations and nothing else: the unit
     * tree, the plans and the evaluations are held in memory under them.
     */
    public Optional<UnitStatus> unitStatus(long unitId, @Nullable Integer year) {
        return cachedStatus(unitId, year).map(CachedStatus::status);
    }

    /** {@link #unitStatus} as compact JSON ({@link EvaluationJson#unitStatus}), written once per change. */
    public Optional<byte[]> unitStatusJson(long unitId, @Nullable Integer year) {
        return cachedStatus(unitId, year).map(c -> c.json().get());
    }

    private Optional<CachedStatus> cachedStatus(long unitId, @Nullable Integer year) {
        MonitorAccess.ReadScope scope = access.readScope();
        UnitDirectory.View view = directory.view(t -> {
            List<Long> units = new ArrayList<>(t.withDescendants(unitId));
            if (!scope.all() && scope.unitId() != null) {
                units.add(scope.unitId());
            }
            return units;
        });
        UnitDirectory.Tree tree = view.tree();
        AdminUnit unit = tree.units().get(unitId);
        if (unit == null) {
            return Optional.empty();
        }
        List<Long> units = tree.withDescendants(unitId);
        long[] stamp = new long[units.size() + 1];
        stamp[0] = tree.generation();
        for (int i = 0; i < units.size(); i++) {
            stamp[i + 1] = view.unitGenerations().getOrDefault(units.get(i), 0L);
        }
        String key = unitId + ":" + year + ":" + scope.key();
        CachedStatus hit = statusCache.get(key);
        if (hit != null && java.util.Arrays.equals(hit.stamp(), stamp)) {
            return Optional.of(hit);
        }
        Set<Long> readable = scope.all()
                ? null
                : scope.unitId() == null ? Set.of() : Set.copyOf(tree.withDescendants(scope.unitId()));
        List<PlanSummary> under = tree.plansOf(units).stream()
                .filter(p -> readable == null || (p.unitId() != null && readable.contains(p.unitId())))
                .toList();
        if (under.isEmpty() && readable != null && !readable.contains(unitId)) {
            return Optional.empty();
        }
        CachedStatus status =
                CachedStatus.of(stamp, status(unit, year, evaluateCached(under, year, view.unitGenerations())));
        if (statusCache.size() > CACHE_LIMIT) {
            statusCache.clear();
        }
        statusCache.put(key, status);
        return Optional.of(status);
    }

    private static UnitStatus status(AdminUnit unit, @Nullable Integer year, List<CachedEvaluation> all) {
        Map<Long, List<CachedEvaluation>> byUnit = new java.util.TreeMap<>();
        for (CachedEvaluation c : all) {
            byUnit.computeIfAbsent(
                            c.evaluation().unitId() == null
                                    ? 0L
                                    : c.evaluation().unitId(),
                            k -> new ArrayList<>())
                    .add(c);
        }
        List<UnitStatus.UnitRow> rows = new ArrayList<>();
        byUnit.forEach((id, evaluated) -> rows.add(new UnitStatus.UnitRow(
                id,
                evaluated.get(0).evaluation().unitName(),
                StatusCounts.sum(
                        evaluated.stream().map(CachedEvaluation::counts).toList()),
                evaluated.stream()
                        .map(c -> new UnitStatus.PlanRow(
                                c.evaluation().planId(),
                                c.evaluation().title(),
                                c.evaluation().year(),
                                c.counts()))
                        .toList())));
        return new UnitStatus(
                unit,
                year,
                all.stream().map(CachedEvaluation::evaluation).toList(),
                StatusCounts.sum(all.stream().map(CachedEvaluation::counts).toList()),
                rows,
                sumGroups(all.stream().map(CachedEvaluation::byDomain).toList()),
                sumGroups(all.stream().map(CachedEvaluation::byReportingUnit).toList()));
    }

    private static Map<String, StatusCounts> sumGroups(List<Map<String, StatusCounts>> parts) {
        Map<String, List<StatusCounts>> groups = new java.util.TreeMap<>();
        for (Map<String, StatusCounts> part : parts) {
            part.forEach(
                    (k, c) -> groups.computeIfAbsent(k, x -> new ArrayList<>()).add(c));
        }
        Map<String, StatusCounts> out = new LinkedHashMap<>();
        groups.forEach((k, v) -> out.put(k, StatusCounts.sum(v)));
        return out;
    }

    /** What computing evaluations reads in bulk beforehand: the units' observations, the plans' generations. */
    private record Inputs(
            Map<Long, Map<String, List<YearValue>>> series, Map<Long, Long> planGenerations, Set<Long> withManual) {}

    private Inputs inputs(Collection<PlanSummary> misses) {
        if (misses.isEmpty()) {
            return new Inputs(Map.of(), Map.of(), Set.of());
        }
        List<Long> units = misses.stream()
                .map(PlanSummary::unitId)
                .filter(u -> u != null)
                .distinct()
                .toList();
        List<Long> ids = misses.stream().map(PlanSummary::id).toList();
        Map<Long, Long> planGenerations = planGenerations(ids);
        Set<String> codes = new java.util.HashSet<>();
        for (PlanSummary p : misses) {
            for (PlanTarget t : targets(p, planGenerations.getOrDefault(p.id(), 0L))) {
                if (t.indicatorCode() != null) {
                    codes.add(t.indicatorCode());
                }
            }
        }
        Map<Long, Map<String, List<YearValue>>> series = new HashMap<>();
        // one query per thousand units; every unit asked for present, with or without observations
        for (int i = 0; i < units.size(); i += 1000) {
            List<Long> part = units.subList(i, Math.min(units.size(), i + 1000));
            series.putAll(observations.seriesForUnits(part, codes, ObservationService.MAX_YEAR, true));
            for (Long u : part) {
                series.putIfAbsent(u, Map.of());
            }
        }
        return new Inputs(series, planGenerations, plansWithManualStatus(ids));
    }

    private List<CachedEvaluation> evaluateCached(
            Collection<PlanSummary> plansToEvaluate, @Nullable Integer year, Map<Long, Long> generations) {
        List<PlanSummary> misses = new ArrayList<>();
        for (PlanSummary p : plansToEvaluate) {
            CachedEvaluation hit = evaluationCache.get(p.id() + ":" + year);
            if (hit == null || !hit.validFor(p, generations.getOrDefault(unitKey(p), 0L))) {
                misses.add(p);
            }
        }
        Inputs in = inputs(misses);
        List<CachedEvaluation> out = new ArrayList<>(plansToEvaluate.size());
        for (PlanSummary p : plansToEvaluate) {
            out.add(evaluateCached(p, year, generations, in));
        }
        return out;
    }

    /**
     * A plan's evaluation from the cache if its unit has not changed since, else computed and cached.
     *
     * @param in what was read in bulk for it, else null (then read for this plan alone)
     */
    private CachedEvaluation evaluateCached(
            PlanSummary plan, @Nullable Integer year, Map<Long, Long> generations, @Nullable Inputs in) {
        long generation = generations.getOrDefault(unitKey(plan), 0L);
        String key = plan.id() + ":" + year;
        CachedEvaluation cached = evaluationCache.get(key);
        if (cached != null && cached.validFor(plan, generation)) {
            return cached;
        }
        CachedEvaluation computed =
                CachedEvaluation.of(generation, compute(plan, year, in != null ? in : single(plan)));
        if (evaluationCache.size() > CACHE_LIMIT) {
            evaluationCache.clear();
        }
        evaluationCache.put(key, computed);
        return computed;
    }

    private Inputs single(PlanSummary plan) {
        return new Inputs(Map.of(), planGenerations(List.of(plan.id())), Set.of(plan.id()));
    }

    /** An evaluation computed afresh, without the cache of evaluations (for benchmarks and checks). */
    public PlanEvaluation recompute(PlanSummary plan, @Nullable Integer year) {
        return compute(plan, year, single(plan));
    }

    private PlanEvaluation compute(PlanSummary plan, @Nullable Integer year, Inputs in) {
        List<PlanTarget> targets = targets(plan, in.planGenerations().getOrDefault(plan.id(), 0L));
        Map<String, List<YearValue>> series;
        if (plan.unitId() == null) {
            series = Map.of();
        } else if (in.series().containsKey(plan.unitId())) {
            series = in.series().get(plan.unitId());
        } else {
            series = observations.series(
                    plan.unitId(),
                    targets.stream()
                            .map(PlanTarget::indicatorCode)
                            .filter(c -> c != null)
                            .distinct()
                            .toList(),
                    ObservationService.MAX_YEAR,
                    true);
        }
        int evaluated = year != null ? year : defaultYear(plan, series);
        Map<String, ManualStatus> manual =
                in.withManual().contains(plan.id()) ? manualStatuses(plan.id(), evaluated) : Map.of();
        List<EvaluatedTarget> out = new ArrayList<>(targets.size());
        for (PlanTarget t : targets) {
            List<YearValue> observed =
                    t.indicatorCode() == null ? List.of() : series.getOrDefault(t.indicatorCode(), List.of());
            TargetEvaluation e = EvaluationEngine.evaluate(
                    t.spec(), observed, evaluated, manual.get(t.itemType() + ":" + t.itemKey()));
            if (t.indicatorCode() == null && e.status() == EvaluationStatus.INSUFFICIENT_DATA) {
                e = new TargetEvaluation(
                        e.spec(),
                        e.latest(),
                        e.observations(),
                        e.status(),
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        "指标库中没有该指标，无法关联观测值；请规划人员关联指标",
                        "the catalog has no such indicator, so no observation can be linked; a planner can link one");
            }
            out.add(new EvaluatedTarget(t, e));
        }
        return new PlanEvaluation(
                plan.id(),
                plan.title(),
                plan.kind(),
                plan.unitId(),
                plan.unitName(),
                plan.latestVersionId(),
                evaluated,
                out);
    }

    /**
     * The warnings (预警) its targets raise: every 约束性 target below on track, every target at limited
     * progress or deterioration (once each).
     */
    public static List<Warning> targetWarnings(PlanEvaluation evaluation) {
        List<Warning> out = new ArrayList<>();
        for (EvaluatedTarget t : evaluation.targets()) {
            TargetEvaluation e = t.evaluation();
            boolean binding = t.target().spec().attribute() == IndicatorNature.BINDING;
            Warning.Kind kind = binding && e.status().belowOnTrack()
                    ? Warning.Kind.BINDING_TARGET
                    : e.status() == EvaluationStatus.LIMITED_PROGRESS || e.status() == EvaluationStatus.DETERIORATION
                            ? Warning.Kind.TARGET_OFF_TRACK
                            : null;
            if (kind == null) {
                continue;
            }
            out.add(new Warning(
                    kind,
                    evaluation.planId(),
                    evaluation.title(),
                    evaluation.unitId(),
                    evaluation.unitName(),
                    t.target().itemId(),
                    t.target().spec().indicator(),
                    t.target().reportingUnit(),
                    kind.zh() + "：" + t.target().spec().indicator() + "（"
                            + e.status().zh() + "）" + e.explanation(),
                    e.status().en() + ": " + t.target().spec().indicator() + " — " + e.explanationEn()));
        }
        return out;
    }

    /** Status counts of evaluations grouped by a key of each target (domain, reporting unit …); null keys as "". */
    public static Map<String, StatusCounts> rollUp(
            Collection<PlanEvaluation> evaluations,
            java.util.function.Function<EvaluatedTarget, @Nullable String> key) {
        Map<String, List<TargetEvaluation>> groups = new java.util.TreeMap<>();
        for (PlanEvaluation p : evaluations) {
            for (EvaluatedTarget t : p.targets()) {
                String k = key.apply(t);
                groups.computeIfAbsent(k == null ? "" : k, x -> new ArrayList<>())
                        .add(t.evaluation());
            }
        }
        Map<String, StatusCounts> out = new LinkedHashMap<>();
        groups.forEach((k, v) -> out.put(k, StatusCounts.of(v)));
        return out;
    }

    /** The targets of a plan's latest version, as the engine reads them, in the order of the plan. */
    public List<PlanTarget> targets(long planId) {
        return plans.plan(planId)
                .map(p -> targets(p, planGenerations(List.of(p.id())).getOrDefault(p.id(), 0L)))
                .orElse(List.of());
    }

    private List<PlanTarget> targets(PlanSummary plan, long generation) {
        CachedTargets cached = targetCache.get(plan.id());
        if (cached != null && cached.generation() == generation && cached.versionId() == plan.latestVersionId()) {
            return cached.targets();
        }
        List<PlanTarget> read = readTargets(plan);
        if (targetCache.size() > CACHE_LIMIT) {
            targetCache.clear();
        }
        targetCache.put(plan.id(), new CachedTargets(generation, plan.latestVersionId(), read));
        return read;
    }

    private List<PlanTarget> readTargets(PlanSummary plan) {
        long versionId = plan.latestVersionId();
        Map<String, String> links = registry.manualLinks(plan.id());
        Map<String, CatalogEntry> custom = registry.addedEntries(links.values());
        List<PlanTarget> out = new ArrayList<>();
        // a prose target borrows the baseline of the table row of the same indicator
        Map<String, YearValue> baselines = new HashMap<>();
        Map<Long, String> indicatorKeys = plans.itemKeys(versionId, "indicator");
        for (ObjectNode item : plans.currentItems(versionId, "indicator")) {
            PlanTarget t = indicatorRow(plan, item, indicatorKeys, links, custom);
            out.add(t);
            if (t.indicatorCode() != null && t.spec().baseline() != null) {
                baselines.putIfAbsent(t.indicatorCode(), t.spec().baseline());
            }
        }
        Map<Long, String> targetKeys = plans.itemKeys(versionId, "target");
        for (ObjectNode item : plans.currentItems(versionId, "target")) {
            out.add(proseTarget(plan, item, targetKeys, links, custom, baselines));
        }
        return List.copyOf(out);
    }

    private PlanTarget indicatorRow(
            PlanSummary plan,
            ObjectNode item,
            Map<Long, String> keys,
            Map<String, String> links,
            Map<String, CatalogEntry> custom) {
        long itemId = item.get("item_id").asLong();
        String key = keys.getOrDefault(itemId, String.valueOf(itemId));
        String name = text(item, "name");
        JsonNode target = item.path("target");
        TargetKind kind = kind(text(target, "kind"));
        Comparator comparator = comparator(text(target, "comparator"));
        String link = links.get("indicator\u0000" + key);
        Optional<CatalogEntry> entry = entry(link, name, kind, custom);
        YearValue baseline = null;
        JsonNode b = item.path("baseline");
        if (b.hasNonNull("value")) {
            Integer year = b.hasNonNull("year") ? b.get("year").asInt() : baseYear(plan);
            if (year != null) {
                baseline = new YearValue(year, b.get("value").decimalValue());
            }
        }
        YearValue targetValue = yearValue(target, plan);
        String unit = text(item, "unit");
        IndicatorNature attribute = nature(text(item, "attribute"), entry);
        String raw = text(target, "raw");
        TargetSpec spec = spec(name, unit, baseline, targetValue, comparator, kind, entry, attribute, name + raw);
        return new PlanTarget(
                itemId,
                key,
                "indicator",
                item.path("line").asInt(),
                firstNonNull(
                        text(item, "category"),
                        entry.map(CatalogEntry::category).orElse(null)),
                entry.map(CatalogEntry::code).orElse(null),
                link != null,
                entry.map(CatalogEntry::sourceUnit).orElse(null),
                raw == null ? "" : raw,
                spec);
    }

    private PlanTarget proseTarget(
            PlanSummary plan,
            ObjectNode item,
            Map<Long, String> keys,
            Map<String, String> links,
            Map<String, CatalogEntry> custom,
            Map<String, YearValue> baselines) {
        long itemId = item.get("item_id").asLong();
        String key = keys.getOrDefault(itemId, String.valueOf(itemId));
        String name = text(item, "indicator");
        TargetKind kind = kind(text(item, "kind"));
        Comparator comparator = comparator(text(item, "comparator"));
        String link = links.get("target\u0000" + key);
        Optional<CatalogEntry> entry = entry(link, name, kind, custom);
        YearValue targetValue = yearValue(item, plan);
        YearValue baseline = entry.map(e -> baselines.get(e.code())).orElse(null);
        String text = text(item, "text");
        TargetSpec spec = spec(
                name,
                text(item, "unit"),
                baseline,
                targetValue,
                comparator,
                kind,
                entry,
                nature(null, entry),
                text == null ? name : text);
        return new PlanTarget(
                itemId,
                key,
                "target",
                item.path("line").asInt(),
                entry.map(CatalogEntry::category).orElse(null),
                entry.map(CatalogEntry::code).orElse(null),
                link != null,
                entry.map(CatalogEntry::sourceUnit).orElse(null),
                text == null ? "" : text,
                spec);
    }

    private TargetSpec spec(
            String name,
            @Nullable String unit,
            @Nullable YearValue baseline,
            @Nullable YearValue target,
            Comparator comparator,
            TargetKind kind,
            Optional<CatalogEntry> entry,
            @Nullable IndicatorNature attribute,
            String wording) {
        Direction direction = entry.map(CatalogEntry::direction).orElseGet(() -> catalog.direction(name));
        boolean changes = (kind == TargetKind.ANNUAL_GROWTH || kind == TargetKind.CUMULATIVE)
                && entry.map(CatalogEntry::growth).orElse(false);
        return new TargetSpec(
                name,
                unit,
                baseline,
                target,
                comparator,
                kind,
                direction,
                attribute,
                changes,
                REDUCTION.matcher(wording).find());
    }

    /**
     * The catalog entry of a target: the planner's link, else by name — the growth-rate indicator for a
     * growth or cumulative target (地区生产总值 年均增长6% is observed as 地区生产总值增长率) when the catalog
     * has one, else the indicator itself.
     */
    private Optional<CatalogEntry> entry(
            @Nullable String link, String name, TargetKind kind, Map<String, CatalogEntry> custom) {
        if (link != null) {
            return catalog.byCode(link).or(() -> Optional.ofNullable(custom.get(link)));
        }
        if (kind == TargetKind.ANNUAL_GROWTH || kind == TargetKind.CUMULATIVE) {
            Optional<CatalogEntry> growth = catalog.growthOf(name);
            if (growth.isPresent()) {
                return growth;
            }
        }
        Optional<CatalogEntry> found = catalog.find(name);
        if (found.isPresent()) {
            return found;
        }
        String normalized = IndicatorCatalog.normalize(name);
        return custom.values().stream()
                .filter(e -> e.names().stream()
                        .anyMatch(n -> IndicatorCatalog.normalize(n).equals(normalized)))
                .findFirst();
    }

    private Map<String, ManualStatus> manualStatuses(long planId, int year) {
        Map<String, ManualStatus> out = new HashMap<>();
        jdbc.sql("""
                        select distinct on (item_type, item_key) item_type, item_key, status, reason, set_by
                        from monitor.manual_status where plan_id = ? and year <= ?
                        order by item_type, item_key, year desc""")
                .params(planId, year)
                .query((rs, n) -> out.put(
                        rs.getString(1) + ":" + rs.getString(2),
                        new ManualStatus(EvaluationStatus.of(rs.getString(3)), rs.getString(4), rs.getString(5))))
                .list();
        return out;
    }

    /** Which of some plans have a planner's status for any target (most have none: no query for them). */
    private Set<Long> plansWithManualStatus(Collection<Long> planIds) {
        return Set.copyOf(jdbc.sql("select distinct plan_id from monitor.manual_status where plan_id = any(?)")
                .param(planIds.toArray(Long[]::new))
                .query(Long.class)
                .list());
    }

    private Map<Long, Long> planGenerations(Collection<Long> planIds) {
        Map<Long, Long> out = new HashMap<>();
        jdbc.sql("select plan_id, generation from monitor.plan_generation where plan_id = any(?)")
                .param(planIds.stream().distinct().toArray(Long[]::new))
                .query((rs, n) -> out.put(rs.getLong(1), rs.getLong(2)))
                .list();
        return out;
    }

    /** The generation of each unit (0 for plans under no unit); a unit never changed has none. */
    private Map<Long, Long> generations(Collection<Long> units) {
        Map<Long, Long> out = new HashMap<>();
        jdbc.sql("select unit_id, generation from monitor.unit_generation where unit_id = any(?)")
                .param(units.stream().distinct().toArray(Long[]::new))
                .query((rs, n) -> out.put(rs.getLong(1), rs.getLong(2)))
                .list();
        return out;
    }

    private static long unitKey(PlanSummary plan) {
        return plan.unitId() == null ? 0 : plan.unitId();
    }

    private static int defaultYear(PlanSummary plan, Map<String, List<YearValue>> series) {
        int now = Year.now().getValue();
        int latest = series.values().stream()
                .flatMap(List::stream)
                .mapToInt(YearValue::year)
                .filter(y -> y <= now)
                .max()
                .orElse(0);
        if (latest > 0) {
            return latest;
        }
        return plan.periodFrom() != null ? Math.min(plan.periodFrom(), now) : now;
    }

    private static @Nullable Integer baseYear(PlanSummary plan) {
        return plan.periodFrom() == null ? null : plan.periodFrom() - 1;
    }

    private static @Nullable YearValue yearValue(JsonNode node, PlanSummary plan) {
        if (!node.hasNonNull("value")) {
            return null;
        }
        Integer year =
                node.hasNonNull("year") ? Integer.valueOf(node.get("year").asInt()) : plan.periodTo();
        return year == null ? null : new YearValue(year, node.get("value").decimalValue());
    }

    private static @Nullable IndicatorNature nature(@Nullable String attribute, Optional<CatalogEntry> entry) {
        String a = attribute != null
                ? attribute
                : entry.map(CatalogEntry::attribute).orElse(null);
        if (a == null) {
            return null;
        }
        for (IndicatorNature n : IndicatorNature.values()) {
            if (n.label().equals(a)) {
                return n;
            }
        }
        return null;
    }

    private static TargetKind kind(@Nullable String code) {
        for (TargetKind k : TargetKind.values()) {
            if (k.code().equals(code)) {
                return k;
            }
        }
        return TargetKind.MISSING;
    }

    private static Comparator comparator(@Nullable String code) {
        for (Comparator c : Comparator.values()) {
            if (c.code().equals(code)) {
                return c;
            }
        }
        return Comparator.MISSING;
    }

    private static @Nullable String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : v.asString();
    }

    private static @Nullable String firstNonNull(@Nullable String a, @Nullable String b) {
        return a != null ? a : b;
    }
}
