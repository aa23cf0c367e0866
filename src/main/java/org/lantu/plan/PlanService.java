package org.lantu.plan;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.lantu.audit.AuditLog;
import org.lantu.plan.internal.PlanItems;
import org.lantu.plan.internal.PlanItems.Item;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Stores extracted plans as versions and reads them back. Storing is idempotent (the same file twice is
 * one version) and transactional (a failure leaves nothing behind).
 */
@Service
public class PlanService {

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final AuditLog audit;

    PlanService(JdbcClient jdbc, JdbcTemplate template, AuditLog audit) {
        this.jdbc = jdbc;
        this.template = template;
        this.audit = audit;
    }

    /**
     * @param unitId the administrative unit the plan belongs to, if known
     * @param source the file as uploaded, kept with the version
     */
    @Transactional
    public StoredVersion store(ExtractedPlan plan, byte[] source, @Nullable Long unitId, @Nullable String user) {
        Optional<StoredVersion> existing = jdbc.sql(
                        "select plan_id, id, version_no from plan.plan_version where sha256 = ?")
                .param(plan.source().sha256())
                .query((rs, n) -> new StoredVersion(rs.getLong(1), rs.getLong(2), rs.getInt(3), "unchanged", null))
                .optional();
        if (existing.isPresent()) {
            return existing.get();
        }
        String titleKey = titleKey(plan.plan().title());
        // serialise concurrent imports of the same plan: the identity row is the lock
        Optional<Long> planId = jdbc.sql("""
                        select id from plan.plan
                        where coalesce(unit_id, 0) = coalesce(?, 0) and kind = ? and title_key = ? for update""")
                .params(unitId, plan.plan().kind().code(), titleKey)
                .query(Long.class)
                .optional();
        boolean created = planId.isEmpty();
        long id = planId.orElseGet(() -> insertPlan(plan, unitId, titleKey));
        Optional<Long> previous = jdbc.sql(
                        "select id from plan.plan_version where plan_id = ? order by version_no desc limit 1")
                .param(id)
                .query(Long.class)
                .optional();
        int versionNo = jdbc.sql("select coalesce(max(version_no), 0) + 1 from plan.plan_version where plan_id = ?")
                .param(id)
                .query(Integer.class)
                .single();
        List<Item> items = PlanItems.of(plan);
        VersionDiff diff = null;
        long versionId = jdbc.sql("""
                        insert into plan.plan_version (plan_id, version_no, sha256, file_name, format, encoding,
                            characters, source, extracted, previous_version_id, imported_by)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?) returning id""")
                .params(
                        id,
                        versionNo,
                        plan.source().sha256(),
                        plan.source().file(),
                        plan.source().format(),
                        plan.source().encoding(),
                        plan.source().characters(),
                        source,
                        PlanJson.mapper().writeValueAsString(plan),
                        previous.orElse(null),
                        user)
                .query(Long.class)
                .single();
        insertItems(versionId, items, unitId);
        if (previous.isPresent()) {
            diff = PlanItems.diff(previous.get(), versionId, itemsOf(previous.get()), items);
            jdbc.sql("update plan.plan_version set diff = ?::jsonb where id = ?")
                    .params(PlanJson.mapper().writeValueAsString(diff), versionId)
                    .update();
            jdbc.sql("update plan.plan set title = ?, period_from = ?, period_to = ?, vision = ? where id = ?")
                    .params(
                            plan.plan().title(),
                            plan.plan().period() != null ? plan.plan().period().from() : null,
                            plan.plan().period() != null ? plan.plan().period().to() : null,
                            plan.plan().period() != null ? plan.plan().period().vision() : null,
                            id)
                    .update();
        }
        return new StoredVersion(id, versionId, versionNo, created ? "created" : "new_version", diff);
    }

    private long insertPlan(ExtractedPlan plan, @Nullable Long unitId, String titleKey) {
        PlanPeriod period = plan.plan().period();
        return jdbc.sql("""
                        insert into plan.plan (unit_id, kind, title, title_key, period_from, period_to, vision)
                        values (?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(
                        unitId,
                        plan.plan().kind().code(),
                        plan.plan().title(),
                        titleKey,
                        period != null ? period.from() : null,
                        period != null ? period.to() : null,
                        period != null ? period.vision() : null)
                .query(Long.class)
                .single();
    }

    /** The same plan in another file: the title without its period, punctuation and spaces. */
    static String titleKey(String title) {
        return title.replaceFirst("^【[^】]*】", "")
                .replaceAll("[（(][^）)]*\\d{4}[^）)]*[）)]", "")
                .replaceAll("[\\s\\p{P}“”《》]", "");
    }

    private void insertItems(long versionId, List<Item> items, @Nullable Long unitId) {
        template.batchUpdate("""
                insert into plan.item (version_id, type, item_key, ordinal, line, section_id, data)
                values (?, ?, ?, ?, ?, ?, ?::jsonb)""", items, 500, (ps, item) -> {
            ps.setLong(1, versionId);
            ps.setString(2, item.type());
            ps.setString(3, item.key());
            ps.setInt(4, item.ordinal());
            ps.setInt(5, item.line());
            ps.setString(6, item.sectionId());
            ps.setString(7, PlanJson.mapper().writeValueAsString(item.data()));
        });
        List<Item> tasks =
                items.stream().filter(i -> i.type().equals("responsibility")).toList();
        if (tasks.isEmpty()) {
            return;
        }
        Map<String, Long> ids = new HashMap<>();
        jdbc.sql("select item_key, id from plan.item where version_id = ? and type = 'responsibility'")
                .param(versionId)
                .query((rs, n) -> ids.put(rs.getString(1), rs.getLong(2)))
                .list();
        Map<String, Long> unitIds = new HashMap<>();
        List<Object[]> links = new ArrayList<>();
        for (Item task : tasks) {
            JsonNode units = task.data().get("units_normalized");
            String lead = task.data().path("lead").asString(null);
            int position = 0;
            java.util.Set<Long> linked = new java.util.HashSet<>();
            for (JsonNode u : units) {
                String name = u.asString();
                long unit = unitIds.computeIfAbsent(name, n -> responsibleUnit(unitId, n));
                if (linked.add(unit)) {
                    links.add(new Object[] {ids.get(task.key()), unit, position++, name.equals(lead)});
                }
            }
        }
        template.batchUpdate(
                "insert into plan.responsibility_unit (item_id, responsible_unit_id, position, lead) values (?, ?, ?, ?)",
                links);
    }

    private long responsibleUnit(@Nullable Long unitId, String name) {
        jdbc.sql("""
                        insert into plan.responsible_unit (unit_id, name) values (?, ?)
                        on conflict (coalesce(unit_id, 0), name) do nothing""").params(unitId, name).update();
        return jdbc.sql("select id from plan.responsible_unit where coalesce(unit_id, 0) = coalesce(?, 0) and name = ?")
                .params(unitId, name)
                .query(Long.class)
                .single();
    }

    private List<Item> itemsOf(long versionId) {
        return jdbc.sql(
                        "select type, item_key, ordinal, line, section_id, data from plan.item where version_id = ? order by type, ordinal")
                .param(versionId)
                .query((rs, n) -> new Item(
                        rs.getString(1), rs.getString(2), rs.getInt(3), rs.getInt(4), rs.getString(5), (ObjectNode)
                                PlanJson.mapper().readTree(rs.getString(6))))
                .list();
    }

    // ---- reading ----------------------------------------------------------------------------------

    private static final String PLAN_SUMMARY = """
            select p.id, p.title, p.kind, p.unit_id, u.name unit_name, p.period_from, p.period_to,
                   count(v.id)::int versions, max(v.id) latest_version_id, max(v.imported_at) updated_at
            from plan.plan p
            left join region.admin_unit u on u.id = p.unit_id
            join plan.plan_version v on v.plan_id = p.id
            """;

    // Row mappers by hand: Spring's SimplePropertyRowMapper looks a camelCase component up as a column first
    // and catches the driver's SQLException (built with a MessageFormat) before it tries the snake_case name,
    // for every such column of every row; plansOfUnits runs on the status and monitoring requests.
    private static PlanSummary planSummary(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new PlanSummary(
                rs.getLong("id"),
                rs.getString("title"),
                rs.getString("kind"),
                rs.getObject("unit_id", Long.class),
                rs.getString("unit_name"),
                rs.getObject("period_from", Integer.class),
                rs.getObject("period_to", Integer.class),
                rs.getInt("versions"),
                rs.getLong("latest_version_id"),
                rs.getObject("updated_at", java.time.OffsetDateTime.class));
    }

    private static PlanVersionSummary versionSummary(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new PlanVersionSummary(
                rs.getLong("id"),
                rs.getLong("plan_id"),
                rs.getInt("version_no"),
                rs.getString("sha256"),
                rs.getString("file_name"),
                rs.getString("format"),
                rs.getString("encoding"),
                rs.getInt("characters"),
                rs.getObject("imported_at", java.time.OffsetDateTime.class),
                rs.getString("imported_by"));
    }

    private static ResponsibleUnit responsibleUnit(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new ResponsibleUnit(
                rs.getLong("id"),
                rs.getString("name"),
                rs.getObject("admin_unit_id", Long.class),
                rs.getInt("tasks"),
                rs.getInt("leads"));
    }

    private static Task task(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Task(
                rs.getLong("item_id"),
                rs.getLong("plan_id"),
                rs.getString("plan_title"),
                rs.getLong("version_id"),
                rs.getString("section"),
                rs.getString("section_id"),
                rs.getString("paragraph"),
                rs.getString("text"),
                rs.getInt("line"),
                rs.getBoolean("lead"),
                rs.getString("lead_unit"));
    }

    public List<PlanSummary> plans() {
        return jdbc.sql(PLAN_SUMMARY + " group by p.id, u.name order by p.id")
                .query(PlanService::planSummary)
                .list();
    }

    /** The plans filed under any of some administrative units. */
    public List<PlanSummary> plansOfUnits(java.util.Collection<Long> unitIds) {
        return jdbc.sql(PLAN_SUMMARY + " where p.unit_id = any(?) group by p.id, u.name order by p.id")
                .param(unitIds.toArray(Long[]::new))
                .query(PlanService::planSummary)
                .list();
    }

    public Optional<PlanSummary> plan(long planId) {
        return jdbc.sql(PLAN_SUMMARY + " where p.id = ? group by p.id, u.name")
                .param(planId)
                .query(PlanService::planSummary)
                .optional();
    }

    /**
     * What a page shows of a version without reading all of it: {@code source} and {@code plan} as
     * extracted, {@code counts} of items per type, and the items (corrections applied) of the types asked
     * for under their names in the extract JSON ({@code sections} as a tree). Shared and cached: read it,
     * never change it.
     */
    public ObjectNode versionView(long versionId, java.util.Collection<String> types) {
        // a version never changes but for corrections: a cached view holds while no correction came since
        long stamp = jdbc.sql("""
                        select coalesce(max(c.id), 0) from plan.correction c
                        join plan.item i on i.id = c.item_id where i.version_id = ?""").param(versionId).query(Long.class).single();
        String key = versionId + ":" + String.join(",", types);
        CachedView cached = views.get(key);
        if (cached != null && cached.stamp() == stamp) {
            return cached.view();
        }
        ObjectNode view = readVersionView(versionId, types);
        if (views.size() > 500) {
            views.clear();
        }
        views.put(key, new CachedView(stamp, view));
        return view;
    }

    /** A page's view of a version and the correction it was read after; never modified once cached. */
    private record CachedView(long stamp, ObjectNode view) {}

    private final Map<String, CachedView> views = new java.util.concurrent.ConcurrentHashMap<>();

    private ObjectNode readVersionView(long versionId, java.util.Collection<String> types) {
        ObjectNode view = (ObjectNode) PlanJson.mapper()
                .readTree(jdbc.sql("""
                                select jsonb_build_object('source', extracted->'source', 'plan', extracted->'plan')::text
                                from plan.plan_version where id = ?""").param(versionId).query(String.class).single());
        ObjectNode counts = view.putObject("counts");
        for (String type : PlanItems.TYPES) {
            counts.put(type, 0);
        }
        jdbc.sql("select type, count(*)::int from plan.item where version_id = ? group by type")
                .param(versionId)
                .query((rs, n) -> counts.put(rs.getString(1), rs.getInt(2)))
                .list();
        for (String type : types) {
            ArrayNode items = PlanJson.mapper().createArrayNode();
            currentItems(versionId, type).forEach(items::add);
            view.set(PlanItems.arrayName(type), type.equals("section") ? PlanItems.tree(items) : strip(items));
        }
        return view;
    }

    /**
     * The version's extraction as it was stored (without planners' corrections), read once per version: a
     * version never changes.
     */
    public Optional<ExtractedPlan> extracted(long versionId) {
        ExtractedPlan cached = extractions.get(versionId);
        if (cached != null) {
            return Optional.of(cached);
        }
        Optional<ExtractedPlan> read = jdbc.sql("select extracted::text from plan.plan_version where id = ?")
                .param(versionId)
                .query((rs, n) -> PlanJson.mapper().readValue(rs.getString(1), ExtractedPlan.class))
                .optional();
        read.ifPresent(p -> {
            if (extractions.size() > 100) {
                extractions.clear();
            }
            extractions.put(versionId, p);
        });
        return read;
    }

    private final Map<Long, ExtractedPlan> extractions = new java.util.concurrent.ConcurrentHashMap<>();

    /** The newest version of a plan; what a page's cached view of the plan is checked against. */
    public Optional<Long> latestVersionId(long planId) {
        return jdbc.sql("select max(id) from plan.plan_version where plan_id = ?")
                .param(planId)
                .query(Long.class)
                .optional();
    }

    /** The plan a document was imported into, by the SHA-256 of its bytes (hex, lower case). */
    public Optional<Long> planOfSource(String sha256) {
        return jdbc.sql("select plan_id from plan.plan_version where sha256 = ?")
                .param(sha256)
                .query(Long.class)
                .optional();
    }

    /** The plan an item belongs to. */
    public Optional<Long> planOfItem(long itemId) {
        return jdbc.sql(
                        "select v.plan_id from plan.item i join plan.plan_version v on v.id = i.version_id where i.id = ?")
                .param(itemId)
                .query(Long.class)
                .optional();
    }

    public List<PlanVersionSummary> versions(long planId) {
        return jdbc.sql("""
                        select id, plan_id, version_no, sha256, file_name, format, encoding, characters,
                               imported_at, imported_by
                        from plan.plan_version where plan_id = ? order by version_no desc""").param(planId).query(PlanService::versionSummary).list();
    }

    /** Each version's diff against the one before (absent for the first), in one query. */
    public Map<Long, VersionDiff> diffs(long planId) {
        Map<Long, VersionDiff> diffs = new HashMap<>();
        jdbc.sql("select id, diff::text from plan.plan_version where plan_id = ? and diff is not null")
                .param(planId)
                .query((rs, n) ->
                        diffs.put(rs.getLong(1), PlanJson.mapper().readValue(rs.getString(2), VersionDiff.class)))
                .list();
        return diffs;
    }

    public Optional<VersionDiff> diff(long versionId) {
        return jdbc.sql("select diff from plan.plan_version where id = ? and diff is not null")
                .param(versionId)
                .query((rs, n) -> PlanJson.mapper().readValue(rs.getString(1), VersionDiff.class))
                .optional();
    }

    public Optional<byte[]> source(long versionId) {
        return jdbc.sql("select source from plan.plan_version where id = ?")
                .param(versionId)
                .query((rs, n) -> rs.getBytes(1))
                .optional();
    }

    /** The size in bytes of the version's source file, without reading it. */
    public Optional<Long> sourceSize(long versionId) {
        return jdbc.sql("select octet_length(source)::bigint from plan.plan_version where id = ?")
                .param(versionId)
                .query(Long.class)
                .optional();
    }

    /**
     * The version as {@code lantu extract} prints it, with ids: {@code plan_id}, {@code version_id} and an
     * {@code item_id} on every item; planners' corrections applied.
     */
    public Optional<ObjectNode> planJson(long planId, @Nullable Long versionId) {
        Optional<Long> version = versionId != null
                ? Optional.of(versionId)
                : jdbc.sql("select max(id) from plan.plan_version where plan_id = ?")
                        .param(planId)
                        .query(Long.class)
                        .optional();
        if (version.isEmpty() || version.get() == null) {
            return Optional.empty();
        }
        Optional<String> extracted = jdbc.sql(
                        "select extracted::text from plan.plan_version where id = ? and plan_id = ?")
                .params(version.get(), planId)
                .query(String.class)
                .optional();
        if (extracted.isEmpty()) {
            return Optional.empty();
        }
        ObjectNode root = (ObjectNode) PlanJson.mapper().readTree(extracted.get());
        ObjectNode out = PlanJson.mapper().createObjectNode();
        out.put("plan_id", planId);
        out.put("version_id", version.get());
        out.setAll(root);
        // the items, corrections applied, as the pages read them (and cached with them)
        ObjectNode items = versionView(version.get(), PlanItems.TYPES);
        for (String type : PlanItems.TYPES) {
            out.set(PlanItems.arrayName(type), items.get(PlanItems.arrayName(type)));
        }
        return Optional.of(out);
    }

    private static ArrayNode strip(ArrayNode items) {
        for (JsonNode item : items) {
            ((ObjectNode) item).remove("type");
        }
        return items;
    }

    /**
     * The keys of a version's items of a type by item id: what identifies an item across versions of its
     * plan (links, statuses and reports made on one version carry over to the next).
     */
    public Map<Long, String> itemKeys(long versionId, String type) {
        Map<Long, String> keys = new HashMap<>();
        jdbc.sql("select id, item_key from plan.item where version_id = ? and type = ?")
                .params(versionId, type)
                .query((rs, n) -> keys.put(rs.getLong(1), rs.getString(2)))
                .list();
        return keys;
    }

    /** Items of a version with corrections applied, each with its {@code item_id} and {@code type}. */
    public List<ObjectNode> currentItems(long versionId, @Nullable String type) {
        Map<Long, List<ObjectNode>> corrections = new HashMap<>();
        jdbc.sql("""
                        select c.item_id, c.field, c.new_value::text from plan.correction c
                        join plan.item i on i.id = c.item_id where i.version_id = ? order by c.id""")
                .param(versionId)
                .query((rs, n) -> {
                    ObjectNode c = PlanJson.mapper().createObjectNode();
                    c.put("field", rs.getString(2));
                    c.set("value", PlanJson.mapper().readTree(rs.getString(3)));
                    corrections
                            .computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                            .add(c);
                    return c;
                })
                .list();
        return jdbc.sql("""
                        select id, type, data::text from plan.item where version_id = ? and (?::text is null or type = ?)
                        order by type, ordinal""")
                .params(versionId, type, type)
                .query((rs, n) -> {
                    ObjectNode data = (ObjectNode) PlanJson.mapper().readTree(rs.getString(3));
                    for (ObjectNode c : corrections.getOrDefault(rs.getLong(1), List.of())) {
                        PlanItems.set(data, c.get("field").asString(), c.get("value"));
                    }
                    ObjectNode item = PlanJson.mapper().createObjectNode();
                    // sections have an id of their own (their path): the database id is item_id
                    item.put("item_id", rs.getLong(1));
                    item.put("type", rs.getString(2));
                    item.setAll(data);
                    if (corrections.containsKey(rs.getLong(1))) {
                        item.put("corrected", true);
                    }
                    return item;
                })
                .list();
    }

    // ---- responsible units and tasks ----------------------------------------------------------------

    /** The registry of responsible units, with task counts over the latest version of every plan. */
    public List<ResponsibleUnit> responsibleUnits(@Nullable List<Long> adminUnitIds) {
        return jdbc.sql("""
                        with latest as (select max(id) id from plan.plan_version group by plan_id)
                        select r.id, r.name, r.unit_id admin_unit_id,
                               count(i.id)::int tasks, count(i.id) filter (where ru.lead)::int leads
                        from plan.responsible_unit r
                        left join plan.responsibility_unit ru on ru.responsible_unit_id = r.id
                        left join plan.item i on i.id = ru.item_id and i.version_id in (select id from latest)
                        where (?::bigint[] is null or r.unit_id = any(?::bigint[]))
                        group by r.id order by count(i.id) desc, r.name""")
                .params(array(adminUnitIds), array(adminUnitIds))
                .query(PlanService::responsibleUnit)
                .list();
    }

    public Optional<ResponsibleUnit> responsibleUnit(long id) {
        return responsibleUnits(null).stream().filter(u -> u.id() == id).findFirst();
    }

    /** The registry of an administrative unit: each responsible unit's name and id. */
    public Map<String, Long> responsibleUnitIds(@Nullable Long adminUnitId) {
        Map<String, Long> ids = new LinkedHashMap<>();
        jdbc.sql("select name, id from plan.responsible_unit where coalesce(unit_id, 0) = coalesce(?, 0)")
                .param(adminUnitId)
                .query((rs, n) -> ids.put(rs.getString(1), rs.getLong(2)))
                .list();
        return ids;
    }

    /** Every task of the latest plan versions that names the unit, lead or supporting. */
    public List<Task> tasksOf(long responsibleUnitId) {
        return jdbc.sql("""
                        with latest as (select max(id) id from plan.plan_version group by plan_id)
                        select i.id item_id, v.plan_id, p.title plan_title, v.id version_id, i.data->>'section' section,
                               i.section_id, i.data->>'paragraph' paragraph, i.data->>'text' text, i.line, ru.lead,
                               coalesce(i.data->>'lead', '') lead_unit
                        from plan.responsibility_unit ru
                        join plan.item i on i.id = ru.item_id
                        join plan.plan_version v on v.id = i.version_id and v.id in (select id from latest)
                        join plan.plan p on p.id = v.plan_id
                        where ru.responsible_unit_id = ?
                        order by p.id, i.ordinal""").param(responsibleUnitId).query(PlanService::task).list();
    }

    /** Responsibility matrix of a plan version: for each top-level section, tasks per unit (lead, total). */
    public List<Map<String, Object>> responsibilityMatrix(long versionId) {
        return jdbc.sql("""
                        select split_part(i.section_id, '.', 1) top_section, r.name unit,
                               count(*)::int tasks, count(*) filter (where ru.lead)::int leads
                        from plan.item i
                        join plan.responsibility_unit ru on ru.item_id = i.id
                        join plan.responsible_unit r on r.id = ru.responsible_unit_id
                        where i.version_id = ? and i.type = 'responsibility'
                        group by 1, 2 order by 1, 2""")
                .param(versionId)
                .query((rs, n) -> Map.<String, Object>of(
                        "section", rs.getString(1) == null ? "" : rs.getString(1),
                        "unit", rs.getString(2),
                        "tasks", rs.getInt(3),
                        "leads", rs.getInt(4)))
                .list();
    }

    /** A PostgreSQL array literal ({@code {1,2,3}}) for {@code ?::bigint[]}, null for "no filter". */
    private static @Nullable String array(@Nullable List<Long> ids) {
        if (ids == null) {
            return null;
        }
        return "{" + String.join(",", ids.stream().map(String::valueOf).toList()) + "}";
    }

    // ---- corrections --------------------------------------------------------------------------------

    /**
     * Corrects one field of an extracted item (e.g. {@code name}, {@code target.value}, {@code comparator},
     * {@code units_normalized}); the extraction and every earlier revision stay.
     *
     * @throws IllegalArgumentException when the item has no such field or the reason is blank
     */
    @Transactional
    public Correction correct(long itemId, String field, JsonNode value, String reason, String author) {
        return correct(itemId, field, value, reason, author, null);
    }

    /**
     * Corrects a field of an item read at {@code revision} (its number of corrections then, {@link
     * #revision}); null skips the check.
     *
     * @throws StaleCorrectionException when the item was corrected since (nothing is written)
     */
    @Transactional
    public Correction correct(
            long itemId, String field, JsonNode value, String reason, String author, @Nullable Integer revision) {
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("a correction needs a reason");
        }
        Optional<Long> version = jdbc.sql("select version_id from plan.item where id = ? for update")
                .param(itemId)
                .query(Long.class)
                .optional();
        if (version.isEmpty()) {
            throw new java.util.NoSuchElementException("no item " + itemId);
        }
        ObjectNode current = currentItems(version.get(), null).stream()
                .filter(i -> i.get("item_id").asLong() == itemId)
                .findFirst()
                .orElseThrow();
        if (!PlanItems.has(current, field) || PLACE_FIELDS.contains(field)) {
            throw new IllegalArgumentException("the item has no field '" + field + "' that can be corrected");
        }
        JsonNode old = at(current, field);
        int now = revision(itemId);
        if (revision != null && revision != now) {
            throw new StaleCorrectionException(itemId, revision, now, old);
        }
        Correction saved = jdbc.sql("""
                        insert into plan.correction (item_id, field, old_value, new_value, reason, author)
                        values (?, ?, ?::jsonb, ?::jsonb, ?, ?)
                        returning id, item_id, field, old_value::text, new_value::text, reason, author, created_at""")
                .params(itemId, field, old.toString(), value.toString(), reason.strip(), author)
                .query(this::correction)
                .single();
        audit.record(
                AuditLog.CORRECTION,
                "item",
                String.valueOf(itemId),
                fieldValue(field, old),
                fieldValue(field, value),
                saved.reason());
        return saved;
    }

    /** An item's revision: how many corrections it has had (0 as extracted). */
    public int revision(long itemId) {
        return jdbc.sql("select count(*) from plan.correction where item_id = ?")
                .param(itemId)
                .query(Integer.class)
                .single();
    }

    private static ObjectNode fieldValue(String field, JsonNode value) {
        ObjectNode node = PlanJson.mapper().createObjectNode();
        node.set(field, value);
        return node;
    }

    private static final List<String> PLACE_FIELDS = List.of("item_id", "type", "id", "line", "location", "corrected");

    public List<Correction> corrections(long itemId) {
        return jdbc.sql("""
                        select id, item_id, field, old_value::text, new_value::text, reason, author, created_at
                        from plan.correction where item_id = ? order by id""").param(itemId).query(this::correction).list();
    }

    private Correction correction(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Correction(
                rs.getLong(1),
                rs.getLong(2),
                rs.getString(3),
                PlanJson.mapper().readTree(rs.getString(4)),
                PlanJson.mapper().readTree(rs.getString(5)),
                rs.getString(6),
                rs.getString(7),
                rs.getObject(8, java.time.OffsetDateTime.class));
    }

    private static JsonNode at(JsonNode node, String path) {
        JsonNode n = node;
        for (String part : path.split("\\.")) {
            n = n.path(part);
        }
        return n;
    }
}
