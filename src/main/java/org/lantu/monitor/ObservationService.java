package org.lantu.monitor;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.lantu.audit.AuditLog;
import org.lantu.region.AdminUnit;
import org.lantu.region.RegionService;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Observations (监测数据): a unit's figure of an indicator for a year or a quarter, reported as a draft,
 * submitted, approved, and locked with its year. Every change is kept as a {@link ObservationRevision};
 * an update carries the version it read and a stale one is refused ({@link MonitorException.Kind#CONFLICT},
 * with the current observation).
 *
 * <p>Who: reporters report (create, change, submit) for units in their scope, and only indicators whose
 * catalog source unit (数据来源) is one of their departments, unless the catalog names none; planners
 * report and approve within their scope, admins anything; viewers read. A locked year refuses every change
 * ({@link MonitorException.Kind#LOCKED}).
 *
 * <p>Imports ({@link #importRows}) are all or nothing: every row is checked first (a number, within the
 * indicator's plausible range, a year in 1949–2100, a known unit and indicator, a period not locked, a
 * unit and indicator the caller may report), each problem reported with its row and column, and nothing is
 * written if any is found. Rows equal to what is stored change nothing, so an import can be re-run.
 */
@Service
public class ObservationService {

    static final int MIN_YEAR = 1949;
    static final int MAX_YEAR = 2100;

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final IndicatorRegistry registry;
    private final RegionService regions;
    private final MonitorAccess access;

    private final AuditLog audit;

    ObservationService(
            JdbcClient jdbc,
            JdbcTemplate template,
            IndicatorRegistry registry,
            RegionService regions,
            MonitorAccess access,
            AuditLog audit) {
        this.audit = audit;
        this.jdbc = jdbc;
        this.template = template;
        this.registry = registry;
        this.regions = regions;
        this.access = access;
    }

    private static final String SELECT = """
            select o.id, o.unit_id, u.name unit_name, o.indicator_code, o.year, o.quarter, o.value, o.source, o.note,
                   o.status, o.version, o.created_by, o.created_at, o.updated_by, o.updated_at, o.approved_by,
                   o.approved_at, exists (select 1 from monitor.period_lock l where l.unit_id = o.unit_id
                                          and l.year = o.year) locked
            from monitor.observation o join region.admin_unit u on u.id = o.unit_id
            """;

    private Observation map(ResultSet rs, int n) throws SQLException {
        String code = rs.getString("indicator_code");
        Optional<RegisteredIndicator> r = registry.byCode(code);
        return new Observation(
                rs.getLong("id"),
                rs.getLong("unit_id"),
                rs.getString("unit_name"),
                code,
                r.map(RegisteredIndicator::name).orElse(code),
                r.map(RegisteredIndicator::unit).orElse(null),
                rs.getInt("year"),
                rs.getObject("quarter", Integer.class),
                rs.getBigDecimal("value").stripTrailingZeros(),
                rs.getString("source"),
                rs.getString("note"),
                ObservationStatus.of(rs.getString("status")),
                rs.getInt("version"),
                rs.getString("created_by"),
                rs.getObject("created_at", OffsetDateTime.class),
                rs.getString("updated_by"),
                rs.getObject("updated_at", OffsetDateTime.class),
                rs.getString("approved_by"),
                rs.getObject("approved_at", OffsetDateTime.class),
                rs.getBoolean("locked"));
    }

    // ---- reading ------------------------------------------------------------------------------------

    /**
     * Observations the caller may read, filtered by what is given.
     *
     * @param unitId a unit (only its own observations), null for every readable unit
     * @param indicator a code, name or synonym; null for all
     */
    public List<Observation> find(
            @Nullable Long unitId,
            @Nullable String indicator,
            @Nullable Integer year,
            @Nullable ObservationStatus status) {
        List<Long> readable = access.readableUnitIds();
        if (readable != null && readable.isEmpty()) {
            return List.of();
        }
        if (unitId != null && !access.canRead(unitId)) {
            throw MonitorException.notFound("unit " + unitId);
        }
        String code = null;
        if (indicator != null && !indicator.isBlank()) {
            code = registry.resolve(indicator).map(RegisteredIndicator::code).orElse(indicator.strip());
        }
        Long[] units = readable == null ? null : readable.toArray(Long[]::new);
        String sql = SELECT + """
                where (?::bigint is null or o.unit_id = ?) and (?::text is null or o.indicator_code = ?)
                  and (?::int is null or o.year = ?) and (?::text is null or o.status = ?)
                  and (?::bigint[] is null or o.unit_id = any(?::bigint[]))
                order by u.name, o.indicator_code, o.year, o.quarter nulls first""";
        String st = status != null ? status.code() : null;
        String cd = code;
        return template.query(
                con -> {
                    PreparedStatement ps = con.prepareStatement(sql);
                    ps.setObject(1, unitId, java.sql.Types.BIGINT);
                    ps.setObject(2, unitId, java.sql.Types.BIGINT);
                    ps.setString(3, cd);
                    ps.setString(4, cd);
                    ps.setObject(5, year, java.sql.Types.INTEGER);
                    ps.setObject(6, year, java.sql.Types.INTEGER);
                    ps.setString(7, st);
                    ps.setString(8, st);
                    Array a = units == null ? null : con.createArrayOf("bigint", units);
                    ps.setArray(9, a);
                    ps.setArray(10, a);
                    return ps;
                },
                this::map);
    }

    /** One observation, if the caller may read it. */
    public Optional<Observation> get(long id) {
        return read(id).filter(o -> access.canRead(o.unitId()));
    }

    private Optional<Observation> read(long id) {
        return jdbc.sql(SELECT + " where o.id = ?").param(id).query(this::map).optional();
    }

    /** Every change of an observation, oldest first. */
    public List<ObservationRevision> revisions(long id) {
        get(id).orElseThrow(() -> MonitorException.notFound("observation " + id));
        return jdbc.sql("""
                        select id, observation_id, version, old_value, new_value, old_status, new_status, source, note,
                               reason, changed_by, changed_at
                        from monitor.observation_revision where observation_id = ? order by id""")
                .param(id)
                .query((rs, n) -> new ObservationRevision(
                        rs.getLong(1),
                        rs.getLong(2),
                        rs.getInt(3),
                        strip(rs.getBigDecimal(4)),
                        strip(rs.getBigDecimal(5)),
                        rs.getString(6),
                        rs.getString(7),
                        rs.getString(8),
                        rs.getString(9),
                        rs.getString(10),
                        rs.getString(11),
                        rs.getObject(12, OffsetDateTime.class)))
                .list();
    }

    /**
     * The yearly series (quarters left out) of some indicators for a unit, up to a year, in one query: for
     * the evaluation. No access check: the caller has checked the plan it evaluates.
     *
     * @param approvedOnly only approved observations (else drafts and submitted ones too)
     * @return by indicator code, the values in year order; an indicator without observations is absent
     */
    public Map<String, List<YearValue>> series(
            long unitId, Collection<String> indicatorCodes, int upToYear, boolean approvedOnly) {
        return seriesForUnits(List.of(unitId), indicatorCodes, upToYear, approvedOnly)
                .getOrDefault(unitId, Map.of());
    }

    /**
     * {@link #series} for many units in one query (every county of a region at once). The reader the
     * evaluation shares: numerics come as text and are parsed here (cheaper than the driver's decimals), the
     * unit's and indicator's maps are looked up only when the row's unit or indicator changes, and each series
     * is put in year order in memory rather than by a sort in the database.
     *
     * @return by unit id, then by indicator code; units without observations are absent
     */
    public Map<Long, Map<String, List<YearValue>>> seriesForUnits(
            Collection<Long> unitIds, Collection<String> indicatorCodes, int upToYear, boolean approvedOnly) {
        Map<Long, Map<String, List<YearValue>>> out = new HashMap<>();
        if (unitIds.isEmpty() || indicatorCodes.isEmpty()) {
            return out;
        }
        Long[] units = unitIds.toArray(Long[]::new);
        String[] codes = indicatorCodes.toArray(String[]::new);
        Map<String, String> interned = new HashMap<>();
        template.query(
                con -> {
                    PreparedStatement ps = con.prepareStatement("""
                            select unit_id, indicator_code, year, value::text from monitor.observation
                            where unit_id = any(?) and indicator_code = any(?) and year <= ? and quarter is null
                              and (not ? or status = 'approved')""");
                    ps.setArray(1, con.createArrayOf("bigint", units));
                    ps.setArray(2, con.createArrayOf("text", codes));
                    ps.setInt(3, upToYear);
                    ps.setBoolean(4, approvedOnly);
                    ps.setFetchSize(10_000);
                    return ps;
                },
                new org.springframework.jdbc.core.RowCallbackHandler() {
                    private long unit = Long.MIN_VALUE;
                    private @Nullable Map<String, List<YearValue>> ofUnit;
                    private @Nullable String code;
                    private @Nullable List<YearValue> series;

                    @Override
                    public void processRow(ResultSet rs) throws SQLException {
                        long u = rs.getLong(1);
                        String c = rs.getString(2);
                        if (u != unit || ofUnit == null) {
                            unit = u;
                            ofUnit = out.computeIfAbsent(u, k -> new HashMap<>());
                            code = null;
                        }
                        if (!c.equals(code) || series == null) {
                            code = interned.computeIfAbsent(c, k -> k);
                            series = ofUnit.computeIfAbsent(code, k -> new ArrayList<>(6));
                        }
                        series.add(new YearValue(rs.getInt(3), decimal(rs.getString(4))));
                    }
                });
        for (Map<String, List<YearValue>> ofUnit : out.values()) {
            for (List<YearValue> series : ofUnit.values()) {
                if (series.size() > 1) {
                    series.sort(java.util.Comparator.comparingInt(YearValue::year));
                }
            }
        }
        return out;
    }

    /** A numeric as PostgreSQL writes it, without trailing zeros after the point (190.50 → 190.5, 64.0 → 64). */
    static BigDecimal decimal(String text) {
        int end = text.length();
        if (text.indexOf('.') >= 0 && text.indexOf('e') < 0 && text.indexOf('E') < 0) {
            while (text.charAt(end - 1) == '0') {
                end--;
            }
            if (text.charAt(end - 1) == '.') {
                end--;
            }
        }
        return new BigDecimal(end == text.length() ? text : text.substring(0, end));
    }

    /**
     * Whether the caller may change this observation, or submit it when it is a draft: its year is not locked
     * and the caller may report its indicator for its unit (a reporter only its own departments'). What
     * {@link #update} and {@link #submit} refuse, so that a page offers no action that would be refused. An
     * approved figure may be changed: a new value returns it to draft, to be submitted and approved again.
     */
    public boolean mayChange(Observation o) {
        return !o.locked()
                && access.canRead(o.unitId())
                && access.canReport(
                        o.unitId(),
                        registry.byCode(o.indicatorCode())
                                .map(RegisteredIndicator::sourceUnit)
                                .orElse(null));
    }

    /** Whether the caller may report figures at all (reporters, planners, admins; not viewers). */
    public boolean mayReport() {
        return access.reports();
    }

    /** The locked years of a unit. */
    public List<PeriodLock> locks(long unitId) {
        if (!access.canRead(unitId)) {
            throw MonitorException.notFound("unit " + unitId);
        }
        return jdbc.sql(
                        "select unit_id, year, locked_by, locked_at from monitor.period_lock where unit_id = ? order by year")
                .param(unitId)
                .query((rs, n) -> new PeriodLock(
                        rs.getLong(1), rs.getInt(2), rs.getString(3), rs.getObject(4, OffsetDateTime.class)))
                .list();
    }

    // ---- changing one ---------------------------------------------------------------------------------

    /**
     * Creates or changes one observation, as a one-row import would; returns it.
     *
     * @throws MonitorException {@code INVALID} with every problem, {@code LOCKED}, {@code FORBIDDEN}, {@code
     *     NOT_FOUND}
     */
    @Transactional
    public Observation record(ObservationRow row) {
        if (!access.reports()) {
            throw MonitorException.forbidden("您没有填报权限。", "You may not report figures.");
        }
        Checked c = check(List.of(row), null);
        if (!c.errors().isEmpty()) {
            throw new MonitorException(
                    c.locked() ? MonitorException.Kind.LOCKED : MonitorException.Kind.INVALID,
                    String.join(
                            "; ", c.errors().stream().map(CellError::toString).toList()));
        }
        Resolved r = c.rows().get(0);
        long id = apply(r, "reported");
        return read(id).orElseThrow();
    }

    /**
     * Changes an observation's value, source or note; a change of value returns it to draft (submitted and
     * approved again).
     */
    @Transactional
    public Observation update(long id, ObservationUpdate u) {
        Observation o = lockedRow(id);
        RegisteredIndicator indicator = registry.byCode(o.indicatorCode()).orElse(null);
        access.requireReport(o.unitId(), indicator != null ? indicator.sourceUnit() : null);
        requireVersion(o, u.version());
        requireOpen(o);
        BigDecimal value = u.value() != null ? u.value() : o.value();
        if (indicator != null && !indicator.plausible(value)) {
            throw MonitorException.invalid(
                    "数值" + value.toPlainString() + "超出" + indicator.name() + "的合理范围" + indicator.rangeText() + "。",
                    "The value " + value.toPlainString() + " is outside the plausible range " + indicator.rangeText()
                            + " of " + indicator.code() + ".");
        }
        String source = u.source() != null ? blankToNull(u.source()) : o.source();
        String note = u.note() != null ? blankToNull(u.note()) : o.note();
        boolean valueChanged = value.compareTo(o.value()) != 0;
        if (!valueChanged && Objects.equals(source, o.source()) && Objects.equals(note, o.note())) {
            return o;
        }
        ObservationStatus status = valueChanged ? ObservationStatus.DRAFT : o.status();
        write(o, value, source, note, status, u.reason(), false);
        return read(id).orElseThrow();
    }

    /** Submits a draft for approval (报送). */
    @Transactional
    public Observation submit(long id, @Nullable Integer version) {
        Observation o = lockedRow(id);
        access.requireReport(
                o.unitId(),
                registry.byCode(o.indicatorCode())
                        .map(RegisteredIndicator::sourceUnit)
                        .orElse(null));
        requireVersion(o, version);
        requireOpen(o);
        if (o.status() != ObservationStatus.DRAFT) {
            throw new MonitorException(
                    MonitorException.Kind.CONFLICT,
                    "只能报送草稿（当前：" + o.status().label() + "）。 Only a draft can be submitted (it is "
                            + o.status().code() + ").",
                    o);
        }
        write(o, o.value(), o.source(), o.note(), ObservationStatus.SUBMITTED, null, false);
        return read(id).orElseThrow();
    }

    /** Approves a submitted observation (审核; planners and admins within their scope). */
    @Transactional
    public Observation approve(long id, @Nullable Integer version) {
        Observation o = lockedRow(id);
        access.requireApprove(o.unitId());
        requireVersion(o, version);
        requireOpen(o);
        if (o.status() != ObservationStatus.SUBMITTED) {
            throw new MonitorException(
                    MonitorException.Kind.CONFLICT,
                    "只能审核已报送的数据（当前：" + o.status().label() + "）。 Only a submitted observation can be approved (it is "
                            + o.status().code() + ").",
                    o);
        }
        write(o, o.value(), o.source(), o.note(), ObservationStatus.APPROVED, null, true);
        return read(id).orElseThrow();
    }

    /**
     * Locks a unit's year (planners and admins): every observation of it must be approved; afterwards none
     * can change. Locking a locked year changes nothing.
     */
    @Transactional
    public PeriodLock lock(long unitId, int year) {
        access.requireApprove(unitId);
        int open = jdbc.sql(
                        "select count(*)::int from monitor.observation where unit_id = ? and year = ? and status <> 'approved'")
                .params(unitId, year)
                .query(Integer.class)
                .single();
        if (open > 0) {
            throw new MonitorException(
                    MonitorException.Kind.CONFLICT,
                    year + "年尚有" + open + "项数据未审核，不能锁定。 " + open + " observation(s) of " + year
                            + " are not approved yet: the year cannot be locked.");
        }
        int locked = jdbc.sql(
                        "insert into monitor.period_lock (unit_id, year, locked_by) values (?, ?, ?) on conflict do nothing")
                .params(unitId, year, access.username())
                .update();
        if (locked > 0) {
            audit.record("observation.lock", "admin_unit", String.valueOf(unitId), null, Map.of("year", year), null);
        }
        return locks(unitId).stream().filter(l -> l.year() == year).findFirst().orElseThrow();
    }

    private Observation lockedRow(long id) {
        Optional<Long> found = jdbc.sql("select id from monitor.observation where id = ? for update")
                .param(id)
                .query(Long.class)
                .optional();
        return found.flatMap(this::read)
                .filter(o -> access.canRead(o.unitId()))
                .orElseThrow(() -> MonitorException.notFound("observation " + id));
    }

    private static void requireVersion(Observation o, @Nullable Integer version) {
        if (version != null && version != o.version()) {
            throw new MonitorException(
                    MonitorException.Kind.CONFLICT,
                    "该数据已被他人修改（当前版本 " + o.version() + "，您读取的是 " + version + "），请刷新后重试。 The observation changed"
                            + " since you read it (version " + version + ", now " + o.version() + ").",
                    o);
        }
    }

    private static void requireOpen(Observation o) {
        if (o.locked()) {
            throw new MonitorException(
                    MonitorException.Kind.LOCKED,
                    o.unitName() + o.year() + "年的数据已锁定，不能修改。 The " + o.year() + " figures of " + o.unitName()
                            + " are locked and cannot change.",
                    o);
        }
    }

    private void write(
            Observation o,
            BigDecimal value,
            @Nullable String source,
            @Nullable String note,
            ObservationStatus status,
            @Nullable String reason,
            boolean approving) {
        String user = access.username();
        int version = o.version() + 1;
        jdbc.sql("""
                        update monitor.observation set value = ?, source = ?, note = ?, status = ?, version = ?,
                            updated_by = ?, updated_at = now(),
                            approved_by = case when ? then ? when ? = 'approved' then approved_by end,
                            approved_at = case when ? then now() when ? = 'approved' then approved_at end
                        where id = ?""")
                .params(
                        value,
                        source,
                        note,
                        status.code(),
                        version,
                        user,
                        approving,
                        user,
                        status.code(),
                        approving,
                        status.code(),
                        o.id())
                .update();
        revision(o.id(), version, o.value(), value, o.status().code(), status.code(), source, note, reason, user);
    }

    private void revision(
            long id,
            int version,
            @Nullable BigDecimal oldValue,
            BigDecimal newValue,
            @Nullable String oldStatus,
            String newStatus,
            @Nullable String source,
            @Nullable String note,
            @Nullable String reason,
            String user) {
        jdbc.sql("""
                        insert into monitor.observation_revision (observation_id, version, old_value, new_value,
                            old_status, new_status, source, note, reason, changed_by) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, version, oldValue, newValue, oldStatus, newStatus, source, note, blankToNull(reason), user)
                .update();
        // the audit log in the same transaction: every change of an official figure is accountable
        Map<String, Object> before = new java.util.LinkedHashMap<>();
        before.put("value", oldValue);
        before.put("status", oldStatus);
        Map<String, Object> after = new java.util.LinkedHashMap<>();
        after.put("value", newValue);
        after.put("status", newStatus);
        after.put("version", version);
        after.put("source", source);
        audit.record(
                "observation.change",
                "observation",
                String.valueOf(id),
                oldStatus == null ? null : before,
                after,
                reason);
    }

    // ---- imports ------------------------------------------------------------------------------------

    /** A row checked: every field known. */
    record Resolved(
            ObservationRow row,
            long unitId,
            RegisteredIndicator indicator,
            int year,
            @Nullable Integer quarter,
            BigDecimal value,
            @Nullable String source,
            @Nullable String note) {}

    record Checked(List<Resolved> rows, List<CellError> errors, boolean locked) {}

    /**
     * Imports rows all or nothing (see the class comment).
     *
     * @param onlyUnit when set, every row must be of this unit (an upload to a unit's page)
     */
    @Transactional
    public ImportReport importRows(List<ObservationRow> rows, @Nullable Long onlyUnit) {
        if (!access.reports()) {
            throw MonitorException.forbidden("您没有填报权限。", "You may not report figures.");
        }
        Checked c = check(rows, onlyUnit);
        if (!c.errors().isEmpty()) {
            return ImportReport.rejected(rows.size(), c.errors());
        }
        int created = 0;
        int changed = 0;
        int unchanged = 0;
        for (Resolved r : c.rows()) {
            switch (applyCounted(r)) {
                case 0 -> created++;
                case 1 -> changed++;
                default -> unchanged++;
            }
        }
        return new ImportReport(true, rows.size(), created, changed, unchanged, List.of());
    }

    /** Checks rows without writing anything: the report of what an import would reject. */
    ImportReport importRowsChecked(List<ObservationRow> rows, @Nullable Long onlyUnit) {
        return ImportReport.rejected(rows.size(), check(rows, onlyUnit).errors());
    }

    private int applyCounted(Resolved r) {
        Optional<Observation> existing = existing(r);
        apply(r, "import");
        if (existing.isEmpty()) {
            return 0;
        }
        Observation o = existing.get();
        boolean same = o.value().compareTo(r.value()) == 0
                && (r.source() == null || r.source().equals(o.source()))
                && (r.note() == null || r.note().equals(o.note()));
        return same ? 2 : 1;
    }

    private Optional<Observation> existing(Resolved r) {
        return jdbc.sql(SELECT + """
                        where o.unit_id = ? and o.indicator_code = ? and o.year = ?
                          and coalesce(o.quarter, 0) = coalesce(?::int, 0)""")
                .params(r.unitId(), r.indicator().code(), r.year(), r.quarter())
                .query(this::map)
                .optional();
    }

    /** Writes a checked row; returns the observation's id. */
    private long apply(Resolved r, String reason) {
        Optional<Observation> existing = existing(r);
        if (existing.isEmpty()) {
            String user = access.username();
            long id = jdbc.sql("""
                            insert into monitor.observation (unit_id, indicator_code, year, quarter, value, source, note,
                                created_by, updated_by) values (?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                    .params(
                            r.unitId(),
                            r.indicator().code(),
                            r.year(),
                            r.quarter(),
                            r.value(),
                            r.source(),
                            r.note(),
                            user,
                            user)
                    .query(Long.class)
                    .single();
            revision(id, 1, null, r.value(), null, "draft", r.source(), r.note(), reason, user);
            return id;
        }
        Observation o = existing.get();
        String source = r.source() != null ? r.source() : o.source();
        String note = r.note() != null ? r.note() : o.note();
        boolean valueChanged = o.value().compareTo(r.value()) != 0;
        if (valueChanged || !Objects.equals(source, o.source()) || !Objects.equals(note, o.note())) {
            write(o, r.value(), source, note, valueChanged ? ObservationStatus.DRAFT : o.status(), reason, false);
        }
        return o.id();
    }

    /** Checks every row, collecting every problem; nothing is written. */
    Checked check(List<ObservationRow> rows, @Nullable Long onlyUnit) {
        List<CellError> errors = new ArrayList<>();
        List<Resolved> resolved = new ArrayList<>();
        Map<String, Optional<AdminUnit>> units = new HashMap<>();
        Set<String> seen = new HashSet<>();
        Map<Long, Set<Integer>> locked = new HashMap<>();
        boolean anyLocked = false;
        for (ObservationRow row : rows) {
            int before = errors.size();
            AdminUnit unit = null;
            String unitText = trim(row.unit());
            if (unitText == null) {
                errors.add(error(row, "unit", "缺少行政区划", "the unit is missing"));
            } else {
                Optional<AdminUnit> u = units.computeIfAbsent(unitText, regions::find);
                if (u.isEmpty() || !access.canRead(u.get().id())) {
                    errors.add(error(
                            row,
                            "unit",
                            "未知的行政区划：" + unitText + "（请填写名称或 GB/T 2260 代码）",
                            "unknown unit: " + unitText + " (give its name or GB/T 2260 code)"));
                } else if (onlyUnit != null && u.get().id() != onlyUnit) {
                    errors.add(error(
                            row,
                            "unit",
                            "行政区划" + unitText + "不是本页的单位",
                            "the unit " + unitText + " is not the unit of this upload"));
                } else {
                    unit = u.get();
                }
            }
            RegisteredIndicator indicator = null;
            String indicatorText = trim(row.indicator());
            if (indicatorText == null) {
                errors.add(error(row, "indicator", "缺少指标", "the indicator is missing"));
            } else {
                indicator = registry.resolve(indicatorText).orElse(null);
                if (indicator == null) {
                    errors.add(error(
                            row,
                            "indicator",
                            "指标库中没有该指标：" + indicatorText,
                            "no such indicator in the catalog: " + indicatorText));
                }
            }
            Integer year = null;
            String yearText = trim(row.year());
            if (yearText == null) {
                errors.add(error(row, "year", "缺少年份", "the year is missing"));
            } else {
                String y = java.text.Normalizer.normalize(yearText, java.text.Normalizer.Form.NFKC)
                        .replaceFirst("年$", "")
                        .replaceFirst("\\.0$", "");
                if (!y.matches("\\d{4}") || Integer.parseInt(y) < MIN_YEAR || Integer.parseInt(y) > MAX_YEAR) {
                    errors.add(error(
                            row,
                            "year",
                            "年份须为 " + MIN_YEAR + "–" + MAX_YEAR + " 之间的四位数：" + yearText,
                            "the year must be a four-digit year in " + MIN_YEAR + "–" + MAX_YEAR + ": " + yearText));
                } else {
                    year = Integer.parseInt(y);
                }
            }
            Integer quarter = null;
            String quarterText = trim(row.quarter());
            if (quarterText != null) {
                String q = quarterText.replaceFirst("^[Qq]", "").replaceFirst("\\.0$", "");
                if (!q.matches("[1-4]")) {
                    errors.add(error(
                            row, "quarter", "季度须为 1–4：" + quarterText, "the quarter must be 1–4: " + quarterText));
                } else {
                    quarter = Integer.parseInt(q);
                }
            }
            BigDecimal value = null;
            String valueText = trim(row.value());
            if (valueText == null) {
                errors.add(error(row, "value", "缺少数值", "the value is missing"));
            } else {
                value = number(valueText, indicator);
                if (value == null) {
                    errors.add(error(row, "value", "不是数字：" + valueText, "not a number: " + valueText));
                } else if (indicator != null && !indicator.plausible(value)) {
                    errors.add(error(
                            row,
                            "value",
                            "数值" + valueText + "超出" + indicator.name() + "（" + nz(indicator.unit()) + "）的合理范围"
                                    + indicator.rangeText(),
                            "the value " + valueText + " is outside the plausible range " + indicator.rangeText()
                                    + " of " + indicator.code() + " (" + nz(indicator.unit()) + ")"));
                }
            }
            if (unit != null && indicator != null && !access.canReport(unit.id(), indicator.sourceUnit())) {
                errors.add(error(
                        row,
                        "indicator",
                        "您不能为" + unit.name() + "填报" + indicator.name() + "（数据来源：" + nz(indicator.sourceUnit()) + "）",
                        "you may not report " + indicator.code() + " for " + unit.name() + " (reported by "
                                + nz(indicator.sourceUnit()) + ")"));
            }
            if (unit != null && year != null) {
                long uid = unit.id();
                Set<Integer> years = locked.computeIfAbsent(uid, this::lockedYears);
                // a value already refused is not reported twice; one equal to the stored one is no change
                if (years.contains(year)
                        && value != null
                        && !(indicator != null && unchangedLocked(uid, indicator, year, quarter, value, row))) {
                    anyLocked = true;
                    errors.add(error(
                            row,
                            "year",
                            unit.name() + year + "年的数据已锁定，不能修改",
                            "the " + year + " figures of " + unit.name() + " are locked"));
                }
            }
            if (errors.size() == before && unit != null && indicator != null && year != null && value != null) {
                String key = unit.id() + "/" + indicator.code() + "/" + year + "/" + quarter;
                if (!seen.add(key)) {
                    errors.add(error(
                            row,
                            "indicator",
                            "与前面的行重复（同一单位、指标和时期）",
                            "the same unit, indicator and period as an earlier row"));
                } else {
                    resolved.add(new Resolved(
                            row, unit.id(), indicator, year, quarter, value, trim(row.source()), trim(row.note())));
                }
            }
        }
        return new Checked(resolved, errors, anyLocked);
    }

    /** A row of a locked year that only repeats what is stored (a re-uploaded template) is no change. */
    private boolean unchangedLocked(
            long unitId,
            RegisteredIndicator indicator,
            int year,
            @Nullable Integer quarter,
            BigDecimal value,
            ObservationRow row) {
        Optional<Observation> o = jdbc.sql(SELECT + """
                        where o.unit_id = ? and o.indicator_code = ? and o.year = ?
                          and coalesce(o.quarter, 0) = coalesce(?::int, 0)""")
                .params(unitId, indicator.code(), year, quarter)
                .query(this::map)
                .optional();
        String source = trim(row.source());
        String note = trim(row.note());
        return o.isPresent()
                && o.get().value().compareTo(value) == 0
                && (source == null || source.equals(o.get().source()))
                && (note == null || note.equals(o.get().note()));
    }

    private Set<Integer> lockedYears(long unitId) {
        return new HashSet<>(jdbc.sql("select year from monitor.period_lock where unit_id = ?")
                .param(unitId)
                .query(Integer.class)
                .list());
    }

    /** A number as people type it: full-width digits, thousands separators, a trailing % for a % indicator. */
    static @Nullable BigDecimal number(String text, @Nullable RegisteredIndicator indicator) {
        String t = java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFKC)
                .strip()
                .replace(",", "");
        if (t.endsWith("%") && indicator != null && "%".equals(org.lantu.catalog.Units.normalize(indicator.unit()))) {
            t = t.substring(0, t.length() - 1).strip();
        }
        if (!t.matches("[-+]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][-+]?\\d{1,3})?")) {
            return null;
        }
        try {
            BigDecimal v = new BigDecimal(t);
            return v.abs().compareTo(new BigDecimal("1e15")) > 0 ? null : v;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static CellError error(ObservationRow row, String column, String zh, String en) {
        return new CellError(row.sheet(), row.row(), column, row.cells().get(column), zh, en);
    }

    private static @Nullable String trim(@Nullable String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static @Nullable String blankToNull(@Nullable String s) {
        return trim(s);
    }

    private static String nz(@Nullable String s) {
        return s == null ? "" : s;
    }

    private static @Nullable BigDecimal strip(@Nullable BigDecimal v) {
        return v == null ? null : v.stripTrailingZeros();
    }

    /** Rows by column name (for the pages' lists): unused columns are left out. */
    static Map<String, String> cells(String... pairs) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i + 1 < pairs.length; i += 2) {
            m.put(pairs[i], pairs[i + 1]);
        }
        return m;
    }
}
