package org.lantu.monitor;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.lantu.catalog.CatalogEntry;
import org.lantu.catalog.Direction;
import org.lantu.catalog.IndicatorCatalog;
import org.lantu.plan.PlanSummary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.node.ObjectNode;

/**
 * The indicators Lantu monitors: the shipped {@link IndicatorCatalog} merged with planners' additions
 * ({@code monitor.indicator}), and the links of plan items to them.
 *
 * <p>An indicator is resolved by its code, then by its name or any synonym ({@link IndicatorCatalog#find},
 * normalised the same way for additions). A plan's indicator row or prose target is linked to the
 * indicator a planner chose ({@code monitor.indicator_link}, kept across the plan's versions by item key),
 * else to the one its name finds — for an annual-growth target, the growth indicator of the name ({@link
 * IndicatorCatalog#growthOf}: 地区生产总值 年均增长 6% → 地区生产总值增长率).
 *
 * <p>Plausible ranges follow the unit and the name: % in [−100, 100] for rates of change (growth
 * indicators, names with 增长, 增速, 降幅, 下降 …) and [0, 100] for shares and rates (率, 比重); ‰ likewise
 * ×10; counts and amounts (亿元, 万人, 个, 岁 …) at least 0; no bound otherwise.
 */
@Service
public class IndicatorRegistry {

    private static final IndicatorCatalog CATALOG = IndicatorCatalog.standard();

    private final JdbcClient jdbc;
    private final PlanItemRefs items;
    private final MonitorAccess access;
    private final Map<String, RegisteredIndicator> shipped = new LinkedHashMap<>();
    private volatile @Nullable Added added;

    /** Planners' additions as read: by code and by normalised name, and as catalog entries by code. */
    private record Added(
            Map<String, RegisteredIndicator> byCode,
            Map<String, RegisteredIndicator> byName,
            Map<String, CatalogEntry> entries) {}

    IndicatorRegistry(JdbcClient jdbc, PlanItemRefs items, MonitorAccess access) {
        this.jdbc = jdbc;
        this.items = items;
        this.access = access;
        for (CatalogEntry e : CATALOG.entries()) {
            shipped.put(e.code(), RegisteredIndicator.of(e, true));
        }
    }

    /** Every indicator: the shipped catalog in its order, then planners' additions by code. */
    public List<RegisteredIndicator> entries() {
        List<RegisteredIndicator> all = new ArrayList<>(shipped.values());
        all.addAll(added().byCode().values());
        return all;
    }

    public Optional<RegisteredIndicator> byCode(String code) {
        RegisteredIndicator r = shipped.get(code.strip());
        return r != null ? Optional.of(r) : Optional.ofNullable(added().byCode().get(code.strip()));
    }

    /** An indicator by its code, name or any synonym. */
    public Optional<RegisteredIndicator> resolve(String codeOrName) {
        if (codeOrName.isBlank()) {
            return Optional.empty();
        }
        Optional<RegisteredIndicator> byCode = byCode(codeOrName);
        if (byCode.isPresent()) {
            return byCode;
        }
        Optional<CatalogEntry> e = CATALOG.find(codeOrName);
        if (e.isPresent()) {
            return Optional.of(shipped.get(e.get().code()));
        }
        return Optional.ofNullable(added().byName().get(IndicatorCatalog.normalize(codeOrName)));
    }

    /** The growth indicator of a name stated as a level (地区生产总值 → 地区生产总值增长率), if any. */
    public Optional<RegisteredIndicator> growthOf(String name) {
        Optional<CatalogEntry> e = CATALOG.growthOf(name);
        if (e.isPresent()) {
            return Optional.of(shipped.get(e.get().code()));
        }
        return resolve(name).filter(RegisteredIndicator::growth);
    }

    /**
     * Adds an indicator to the catalog (planners and admins).
     *
     * @throws MonitorException {@code INVALID} for a bad or taken code or name, {@code FORBIDDEN} for others
     */
    @Transactional
    public RegisteredIndicator add(NewIndicator n) {
        if (!access.user().role().writes()) {
            throw MonitorException.forbidden("只有规划人员和管理员可以添加指标。", "Only planners and admins add indicators.");
        }
        String code = n.code() == null ? "" : n.code().strip();
        String name = n.name() == null ? "" : n.name().strip();
        if (!code.matches("[a-z][a-z0-9_]{1,63}")) {
            throw MonitorException.invalid(
                    "指标代码须为小写字母开头的字母、数字或下划线（2–64 个）。",
                    "The code must be 2–64 lower-case letters, digits or _, starting with a letter.");
        }
        if (byCode(code).isPresent()) {
            throw MonitorException.invalid("指标代码已存在：" + code + "。", "The code is taken: " + code + ".");
        }
        if (name.isEmpty() || resolve(name).isPresent()) {
            throw MonitorException.invalid(
                    "指标名称为空或已在指标库中：" + name + "。", "The name is empty or already in the catalog: " + name + ".");
        }
        Direction direction;
        try {
            direction = Direction.of(n.direction() == null ? "unknown" : n.direction());
        } catch (IllegalArgumentException e) {
            throw MonitorException.invalid("指标方向须为 higher、lower 或 unknown。", e.getMessage());
        }
        List<String> synonyms = n.synonyms() == null
                ? List.of()
                : n.synonyms().stream()
                        .filter(s -> s != null && !s.isBlank())
                        .map(String::strip)
                        .toList();
        jdbc.sql("""
                        insert into monitor.indicator (code, name, synonyms, unit, direction, category, source_unit,
                            growth, created_by) values (?, ?, ?::text[], ?, ?, ?, ?, ?, ?)""")
                .params(
                        code,
                        name,
                        textArray(synonyms),
                        blankToNull(n.unit()),
                        direction.code(),
                        blankToNull(n.category()),
                        blankToNull(n.sourceUnit()),
                        n.growth(),
                        access.username())
                .update();
        added = null;
        return byCode(code).orElseThrow();
    }

    private Added added() {
        Added a = added;
        if (a == null) {
            Map<String, RegisteredIndicator> byCode = new LinkedHashMap<>();
            Map<String, RegisteredIndicator> byName = new HashMap<>();
            Map<String, CatalogEntry> entries = new LinkedHashMap<>();
            jdbc.sql("""
                            select code, name, synonyms, unit, direction, category, source_unit, growth, definition
                            from monitor.indicator order by code""")
                    .query((rs, n) -> {
                        List<String> synonyms =
                                List.of((String[]) rs.getArray(3).getArray());
                        CatalogEntry e = new CatalogEntry(
                                rs.getString(1),
                                rs.getString(2),
                                synonyms,
                                rs.getString(4),
                                Direction.of(rs.getString(5)),
                                rs.getString(9) == null ? "" : rs.getString(9),
                                rs.getString(6) == null ? "" : rs.getString(6),
                                null,
                                rs.getString(7),
                                rs.getBoolean(8));
                        RegisteredIndicator r = RegisteredIndicator.of(e, false);
                        byCode.put(r.code(), r);
                        entries.put(r.code(), e);
                        for (String name : e.names()) {
                            byName.putIfAbsent(IndicatorCatalog.normalize(name), r);
                        }
                        return r;
                    })
                    .list();
            a = new Added(byCode, byName, Map.copyOf(entries));
            added = a;
        }
        return a;
    }

    // ---- links of plan items ------------------------------------------------------------------------

    /**
     * The indicator a plan item is linked to: a planner's link, else the one its name finds; empty when
     * neither. For the evaluation of many plans, prefer {@link #links(long)}, one query per plan.
     *
     * @param itemType {@code indicator} or {@code target}
     */
    public Optional<RegisteredIndicator> linkOf(long planId, String itemType, String itemKey, String name) {
        return linkOf(planId, itemType, itemKey, name, false);
    }

    /**
     * The same, for an item whose target is an average annual growth rate (年均增长): its name is then
     * linked to the growth indicator (地区生产总值 → 地区生产总值增长率) when the catalog has one.
     */
    public Optional<RegisteredIndicator> linkOf(
            long planId, String itemType, String itemKey, String name, boolean annualGrowth) {
        Optional<String> manual = jdbc.sql("""
                        select indicator_code from monitor.indicator_link
                        where plan_id = ? and item_type = ? and item_key = ?""")
                .params(planId, itemType, itemKey)
                .query(String.class)
                .optional();
        if (manual.isPresent()) {
            return byCode(manual.get());
        }
        return automatic(name, annualGrowth);
    }

    private Optional<RegisteredIndicator> automatic(String name, boolean annualGrowth) {
        if (annualGrowth) {
            Optional<RegisteredIndicator> g = growthOf(name);
            if (g.isPresent()) {
                return g;
            }
        }
        return resolve(name);
    }

    /**
     * Planners' additions to the catalog as catalog entries, by code: read once, and again when a code asked
     * for is neither shipped nor known (another process added it).
     */
    Map<String, CatalogEntry> addedEntries(java.util.Collection<String> needed) {
        Added a = added();
        for (String code : needed) {
            if (!shipped.containsKey(code) && !a.entries().containsKey(code)) {
                added = null;
                return added().entries();
            }
        }
        return a.entries();
    }

    /** Planners' links of a plan's items: indicator code by {@code type + "\u0000" + key}. */
    Map<String, String> manualLinks(long planId) {
        Map<String, String> manual = new HashMap<>();
        jdbc.sql("select item_type, item_key, indicator_code from monitor.indicator_link where plan_id = ?")
                .param(planId)
                .query((rs, n) -> manual.put(rs.getString(1) + "\u0000" + rs.getString(2), rs.getString(3)))
                .list();
        return manual;
    }

    /** Every indicator row and prose target of the plan's latest version with its link. */
    public List<IndicatorLink> links(long planId) {
        Map<String, String> manual = manualLinks(planId);
        List<IndicatorLink> links = new ArrayList<>();
        for (String type : List.of("indicator", "target")) {
            for (PlanItemRefs.Item i : items.items(planId, type)) {
                String name = nameOf(i);
                String code = manual.get(type + "\u0000" + i.key());
                RegisteredIndicator r = code != null
                        ? byCode(code).orElse(null)
                        : automatic(name, annualGrowth(i)).orElse(null);
                links.add(new IndicatorLink(planId, i.itemId(), type, i.key(), name, r, code != null));
            }
        }
        return links;
    }

    /**
     * Links a plan item to an indicator, overriding the link by name (planners within the plan's scope).
     *
     * @param item the item's key, or the id of the item in any version of the plan
     * @param indicator the indicator's code, name or synonym
     */
    @Transactional
    public IndicatorLink link(long planId, String item, String indicator) {
        PlanItemRefs.Item i = writableItem(planId, item);
        RegisteredIndicator r = resolve(indicator)
                .orElseThrow(() -> MonitorException.invalid(
                        "指标库中没有该指标：" + indicator + "。", "No such indicator in the catalog: " + indicator + "."));
        jdbc.sql("""
                        insert into monitor.indicator_link (plan_id, item_type, item_key, indicator_code, set_by)
                        values (?, ?, ?, ?, ?) on conflict (plan_id, item_type, item_key)
                        do update set indicator_code = excluded.indicator_code, set_by = excluded.set_by, set_at = now()""")
                .params(planId, i.type(), i.key(), r.code(), access.username())
                .update();
        return new IndicatorLink(planId, i.itemId(), i.type(), i.key(), nameOf(i), r, true);
    }

    /** Removes a planner's link: the item is linked by its name again. */
    @Transactional
    public IndicatorLink unlink(long planId, String item) {
        PlanItemRefs.Item i = writableItem(planId, item);
        jdbc.sql("delete from monitor.indicator_link where plan_id = ? and item_type = ? and item_key = ?")
                .params(planId, i.type(), i.key())
                .update();
        String name = nameOf(i);
        return new IndicatorLink(
                planId,
                i.itemId(),
                i.type(),
                i.key(),
                name,
                automatic(name, annualGrowth(i)).orElse(null),
                false);
    }

    private PlanItemRefs.Item writableItem(long planId, String item) {
        PlanSummary plan = items.plan(planId)
                .filter(p -> access.canRead(p.unitId()))
                .orElseThrow(() -> MonitorException.notFound("plan " + planId));
        PlanItemRefs.Item i = items.item(planId, item, null)
                .filter(x -> x.type().equals("indicator") || x.type().equals("target"))
                .orElseThrow(() -> MonitorException.notFound("indicator or target " + item + " of plan " + planId));
        if (!access.canApprove(plan.unitId())) {
            throw MonitorException.forbidden("只有规划人员和管理员可以修改指标关联。", "Only planners and admins link indicators.");
        }
        return i;
    }

    /**
     * The indicators a unit reports: those linked to the indicator rows and targets of the plans filed under
     * it, in catalog order.
     */
    public List<RegisteredIndicator> indicatorsOfUnit(long unitId) {
        Map<String, RegisteredIndicator> found = new LinkedHashMap<>();
        for (long planId : items.plansOfUnit(unitId)) {
            for (IndicatorLink l : links(planId)) {
                if (l.indicator() != null) {
                    found.putIfAbsent(l.indicator().code(), l.indicator());
                }
            }
        }
        List<RegisteredIndicator> ordered = new ArrayList<>();
        for (RegisteredIndicator r : entries()) {
            if (found.containsKey(r.code())) {
                ordered.add(r);
            }
        }
        return ordered;
    }

    /**
     * The earliest base year (基期) of the indicator rows of a unit's plans, else the year before the
     * earliest plan period starts; null when the unit has no plan.
     */
    public @Nullable Integer baseYearOfUnit(long unitId) {
        Integer year = null;
        for (long planId : items.plansOfUnit(unitId)) {
            for (PlanItemRefs.Item i : items.items(planId, "indicator")) {
                var y = i.data().path("baseline").path("year");
                if (y.isNumber() && (year == null || y.asInt() < year)) {
                    year = y.asInt();
                }
            }
            Integer from = items.plan(planId).map(PlanSummary::periodFrom).orElse(null);
            if (year == null && from != null) {
                year = from - 1;
            }
        }
        return year;
    }

    static String nameOf(PlanItemRefs.Item i) {
        ObjectNode d = i.data();
        return i.type().equals("target")
                ? d.path("indicator").asString("")
                : d.path("name").asString("");
    }

    static boolean annualGrowth(PlanItemRefs.Item i) {
        String kind = i.type().equals("target")
                ? i.data().path("kind").asString("")
                : i.data().path("target").path("kind").asString("");
        return kind.equals("annual_growth");
    }

    private static @Nullable String blankToNull(@Nullable String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static String textArray(List<String> values) {
        StringBuilder sb = new StringBuilder("{");
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                sb.append(',');
            }
            sb.append('"')
                    .append(values.get(i).replace("\\", "\\\\").replace("\"", "\\\""))
                    .append('"');
        }
        return sb.append('}').toString();
    }
}
