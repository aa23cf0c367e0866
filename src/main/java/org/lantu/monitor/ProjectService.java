package org.lantu.monitor;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jspecify.annotations.Nullable;
import org.lantu.plan.PlanSummary;
import org.lantu.region.AdminUnit;
import org.lantu.region.RegionService;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;

/**
 * Projects (重大项目) and their investment per year. A plan's projects are created from its project boxes
 * (专栏) the first time they are asked for, once (by item key: the box and the project's name); planners
 * create more, or import them from Excel (columns 项目名称, 类别, 牵头单位, 国家代码, 总投资, 单位, 开工年份,
 * 完工年份, 状态, then per year {@code 2024计划} and {@code 2024完成}), all or nothing and idempotent by unit
 * and name.
 */
@Service
public class ProjectService {

    private static final Set<String> STATUSES = Set.of("planned", "under_construction", "completed", "suspended");
    private static final Map<String, String> STATUS_NAMES = Map.of(
            "计划",
            "planned",
            "拟建",
            "planned",
            "在建",
            "under_construction",
            "建成",
            "completed",
            "已完成",
            "completed",
            "竣工",
            "completed",
            "暂停",
            "suspended",
            "停建",
            "suspended");
    private static final Pattern YEARS = Pattern.compile("(\\d{4})(?:\\D{1,3}(\\d{4}))?");

    private final JdbcClient jdbc;
    private final PlanItemRefs items;
    private final RegionService regions;
    private final MonitorAccess access;

    ProjectService(JdbcClient jdbc, PlanItemRefs items, RegionService regions, MonitorAccess access) {
        this.jdbc = jdbc;
        this.items = items;
        this.regions = regions;
        this.access = access;
    }

    private static final String SELECT = """
            select id, unit_id, plan_id, item_key, name, category, lead_unit, national_code, total_investment,
                   investment_unit, start_year, end_year, status, version from monitor.project
            """;

    private Project map(ResultSet rs, int n, Map<Long, List<ProjectInvestment>> investments) throws SQLException {
        long id = rs.getLong(1);
        return new Project(
                id,
                rs.getObject(2, Long.class),
                rs.getObject(3, Long.class),
                rs.getString(4),
                rs.getString(5),
                rs.getString(6),
                rs.getString(7),
                rs.getString(8),
                strip(rs.getBigDecimal(9)),
                rs.getString(10),
                rs.getObject(11, Integer.class),
                rs.getObject(12, Integer.class),
                rs.getString(13),
                rs.getInt(14),
                investments.getOrDefault(id, List.of()));
    }

    /** Projects with their investments by year, in one statement (a project without any has an empty list). */
    private List<Project> query(String where, Object... params) {
        Map<Long, List<ProjectInvestment>> inv = new HashMap<>();
        Map<Long, Project> projects = new java.util.LinkedHashMap<>();
        jdbc.sql("select p.*, i.year, i.planned, i.completed from (" + SELECT + where + """
                        ) p left join monitor.project_investment i on i.project_id = p.id order by p.id, i.year""")
                .params(params)
                .query((rs, n) -> {
                    long id = rs.getLong(1);
                    if (!projects.containsKey(id)) {
                        projects.put(id, map(rs, n, Map.of()));
                    }
                    List<ProjectInvestment> list = inv.computeIfAbsent(id, k -> new ArrayList<>());
                    if (rs.getObject(15) != null) {
                        list.add(new ProjectInvestment(
                                rs.getInt(15), strip(rs.getBigDecimal(16)), strip(rs.getBigDecimal(17))));
                    }
                    return id;
                })
                .list();
        return projects.values().stream()
                .map(p -> withInvestments(p, inv.getOrDefault(p.id(), List.of())))
                .toList();
    }

    private static Project withInvestments(Project p, List<ProjectInvestment> investments) {
        return new Project(
                p.id(),
                p.unitId(),
                p.planId(),
                p.itemKey(),
                p.name(),
                p.category(),
                p.leadUnit(),
                p.nationalCode(),
                p.totalInvestment(),
                p.investmentUnit(),
                p.startYear(),
                p.endYear(),
                p.status(),
                p.version(),
                investments);
    }

    /** The plan's projects, created from its project boxes at first use (readable plans only). */
    public List<Project> projectsOf(long planId) {
        return projectsOf(readablePlan(planId));
    }

    /**
     * The projects of a plan the caller has read (and may read), created from its boxes at first use: warm,
     * the boxes come from memory ({@link PlanItemRefs}) and the projects with their investments in one
     * statement.
     */
    private List<Project> projectsOf(PlanSummary plan) {
        return projectsOf(plan, items.items(plan.id(), "project"));
    }

    private List<Project> projectsOf(PlanSummary plan, List<PlanItemRefs.Item> boxes) {
        List<Project> projects = query("where plan_id = ?", plan.id());
        Set<String> known = new HashSet<>();
        for (Project p : projects) {
            if (p.itemKey() != null) {
                known.add(p.itemKey());
            }
        }
        return ensureFromPlan(plan, known, boxes) > 0 ? query("where plan_id = ?", plan.id()) : projects;
    }

    public Optional<Project> get(long id) {
        return query("where id = ?", id).stream()
                .filter(p -> access.canRead(p.unitId()))
                .findFirst();
    }

    /** Creates the projects of the plan's boxes not created yet; returns how many were created. */
    @Transactional
    public int ensureFromPlan(long planId) {
        return ensureFromPlan(readablePlan(planId));
    }

    private int ensureFromPlan(PlanSummary plan) {
        return ensureFromPlan(
                plan,
                new HashSet<>(
                        jdbc.sql("select item_key from monitor.project where plan_id = ? and item_key is not null")
                                .param(plan.id())
                                .query(String.class)
                                .list()),
                items.items(plan.id(), "project"));
    }

    private int ensureFromPlan(PlanSummary plan, Set<String> known, List<PlanItemRefs.Item> boxes) {
        int created = 0;
        for (PlanItemRefs.Item box : boxes) {
            Map<String, Integer> names = new HashMap<>();
            for (JsonNode p : box.data().path("items")) {
                String name = p.path("name").asString("").strip();
                if (name.isEmpty()) {
                    continue;
                }
                int n = names.merge(name, 1, Integer::sum);
                String key = box.key() + " / " + name + (n > 1 ? " #" + n : "");
                if (known.contains(key)) {
                    continue;
                }
                Integer[] years = years(p.path("period").asString(null));
                String category = p.path("category").asString(null);
                BigDecimal investment =
                        p.path("investment").isNumber() ? p.path("investment").decimalValue() : null;
                String unit = p.path("investment_unit").asString(null);
                created += jdbc.sql("""
                                insert into monitor.project (unit_id, plan_id, item_key, name, category, total_investment,
                                    investment_unit, start_year, end_year, created_by)
                                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict do nothing""")
                        .params(
                                plan.unitId(),
                                plan.id(),
                                key,
                                name,
                                category != null
                                        ? category
                                        : box.data().path("title").asString(null),
                                investment,
                                unit != null && !unit.isBlank() ? unit : "亿元",
                                years[0],
                                years[1],
                                "plan")
                        .update();
            }
        }
        return created;
    }

    static Integer[] years(@Nullable String period) {
        if (period == null) {
            return new Integer[] {null, null};
        }
        Matcher m = YEARS.matcher(java.text.Normalizer.normalize(period, java.text.Normalizer.Form.NFKC));
        if (!m.find()) {
            return new Integer[] {null, null};
        }
        Integer start = Integer.valueOf(m.group(1));
        Integer end = m.group(2) != null ? Integer.valueOf(m.group(2)) : start;
        return new Integer[] {start, end};
    }

    /** Creates a project (planners within the unit's scope). */
    @Transactional
    public Project create(NewProject p) {
        Long unitId = unitOf(p);
        if (!access.canApprove(unitId)) {
            throw unitId != null && !access.canRead(unitId)
                    ? MonitorException.notFound("unit " + unitId)
                    : MonitorException.forbidden("只有规划人员和管理员可以登记项目。", "Only planners and admins create projects.");
        }
        if (p.name() == null || p.name().isBlank()) {
            throw MonitorException.invalid("请填写项目名称。", "Give the project's name.");
        }
        String status = status(p.status());
        if (status == null) {
            throw MonitorException.invalid("项目状态无效：" + p.status() + "。", "Unknown status: " + p.status() + ".");
        }
        long id = jdbc.sql("""
                        insert into monitor.project (unit_id, plan_id, name, category, lead_unit, national_code,
                            total_investment, investment_unit, start_year, end_year, status, created_by)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(
                        unitId,
                        p.planId(),
                        p.name().strip(),
                        blank(p.category()),
                        blank(p.leadUnit()),
                        blank(p.nationalCode()),
                        p.totalInvestment(),
                        Objects.requireNonNullElse(blank(p.investmentUnit()), "亿元"),
                        p.startYear(),
                        p.endYear(),
                        status,
                        access.username())
                .query(Long.class)
                .single();
        if (p.investments() != null) {
            for (ProjectInvestment i : p.investments()) {
                upsertInvestment(id, i.year(), i.planned(), i.completed());
            }
        }
        return query("where id = ?", id).get(0);
    }

    private @Nullable Long unitOf(NewProject p) {
        if (p.unit() != null && !p.unit().isBlank()) {
            return regions.find(p.unit())
                    .map(AdminUnit::id)
                    .orElseThrow(() ->
                            MonitorException.invalid("未知的行政区划：" + p.unit() + "。", "Unknown unit: " + p.unit() + "."));
        }
        if (p.planId() != null) {
            return readablePlan(p.planId()).unitId();
        }
        throw MonitorException.invalid("请指定行政区划或规划。", "Give the unit or the plan.");
    }

    /**
     * Sets a project's planned and completed investment of a year (null keeps a figure).
     *
     * @param version the project's version read: a stale one is refused with the current project
     */
    @Transactional
    public Project setInvestment(
            long projectId,
            int year,
            @Nullable BigDecimal planned,
            @Nullable BigDecimal completed,
            @Nullable Integer version) {
        Project p = get(projectId).orElseThrow(() -> MonitorException.notFound("project " + projectId));
        if (!access.canApprove(p.unitId())) {
            throw MonitorException.forbidden("只有规划人员和管理员可以填报项目投资。", "Only planners and admins report investment.");
        }
        if (year < ObservationService.MIN_YEAR || year > ObservationService.MAX_YEAR) {
            throw MonitorException.invalid("年份超出范围。", "The year is out of range.");
        }
        if ((planned != null && planned.signum() < 0) || (completed != null && completed.signum() < 0)) {
            throw MonitorException.invalid("投资额不能为负数。", "Investment cannot be negative.");
        }
        int updated = jdbc.sql(
                        "update monitor.project set version = version + 1 where id = ? and (?::int is null or version = ?)")
                .params(projectId, version, version)
                .update();
        if (updated == 0) {
            throw new MonitorException(
                    MonitorException.Kind.CONFLICT, "该项目已被他人修改，请刷新后重试。 The project changed since you read it.", p);
        }
        upsertInvestment(projectId, year, planned, completed);
        return query("where id = ?", projectId).get(0);
    }

    private void upsertInvestment(
            long projectId, int year, @Nullable BigDecimal planned, @Nullable BigDecimal completed) {
        jdbc.sql("""
                        insert into monitor.project_investment (project_id, year, planned, completed) values (?, ?, ?, ?)
                        on conflict (project_id, year) do update set
                            planned = coalesce(excluded.planned, monitor.project_investment.planned),
                            completed = coalesce(excluded.completed, monitor.project_investment.completed)""").params(projectId, year, planned, completed).update();
    }

    /** Planned against completed investment of the plan's projects in a year (for the warnings: &lt; 80%). */
    public List<ProjectProgress> progress(long planId, int year) {
        return progress(projectsOf(planId), year);
    }

    /** {@link #progress(long, int)} of a plan the caller has read: without reading it again. */
    public List<ProjectProgress> progress(PlanSummary plan, int year) {
        return progress(plan, year, items.items(plan.id(), "project"));
    }

    /** The same with the plan's project boxes already read ({@link PlanItemRefs#items(long, List)}). */
    List<ProjectProgress> progress(PlanSummary plan, int year, List<PlanItemRefs.Item> boxes) {
        if (!access.canRead(plan.unitId())) {
            throw MonitorException.notFound("plan " + plan.id());
        }
        return progress(projectsOf(plan, boxes), year);
    }

    private static List<ProjectProgress> progress(List<Project> projects, int year) {
        List<ProjectProgress> out = new ArrayList<>();
        for (Project p : projects) {
            ProjectInvestment i = p.investments().stream()
                    .filter(x -> x.year() == year)
                    .findFirst()
                    .orElse(null);
            BigDecimal planned = i != null ? i.planned() : null;
            BigDecimal completed = i != null ? i.completed() : null;
            Double ratio = planned != null && planned.signum() > 0
                    ? (completed != null ? completed : BigDecimal.ZERO)
                            .divide(planned, 4, RoundingMode.HALF_UP)
                            .doubleValue()
                    : null;
            out.add(new ProjectProgress(
                    p.id(), p.name(), p.leadUnit(), year, planned, completed, p.investmentUnit(), ratio));
        }
        return out;
    }

    /** The plan's projects by category and by lead unit, with investment in 亿元 for the year. */
    public List<ProjectRollup> rollup(long planId, int year) {
        Map<String, BigDecimal[]> sums = new LinkedHashMap<>();
        Map<String, Integer> counts = new HashMap<>();
        for (Project p : projectsOf(planId)) {
            BigDecimal f = "万元".equals(p.investmentUnit()) ? new BigDecimal("0.0001") : BigDecimal.ONE;
            ProjectInvestment i = p.investments().stream()
                    .filter(x -> x.year() == year)
                    .findFirst()
                    .orElse(null);
            for (String key : List.of(
                    "category\u0000" + Objects.requireNonNullElse(p.category(), "未分类"),
                    "lead_unit\u0000" + Objects.requireNonNullElse(p.leadUnit(), "未明确"))) {
                BigDecimal[] s = sums.computeIfAbsent(
                        key, k -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO});
                s[0] = s[0].add(
                        p.totalInvestment() != null ? p.totalInvestment().multiply(f) : BigDecimal.ZERO);
                s[1] = s[1].add(i != null && i.planned() != null ? i.planned().multiply(f) : BigDecimal.ZERO);
                s[2] = s[2].add(
                        i != null && i.completed() != null ? i.completed().multiply(f) : BigDecimal.ZERO);
                counts.merge(key, 1, Integer::sum);
            }
        }
        List<ProjectRollup> out = new ArrayList<>();
        for (var e : sums.entrySet()) {
            String[] k = e.getKey().split("\u0000", 2);
            out.add(new ProjectRollup(
                    k[0],
                    k[1],
                    counts.get(e.getKey()),
                    e.getValue()[0].stripTrailingZeros(),
                    e.getValue()[1].stripTrailingZeros(),
                    e.getValue()[2].stripTrailingZeros()));
        }
        return out;
    }

    /**
     * Imports projects of a unit from a workbook (first sheet, header in row 1), all or nothing; a project of
     * the same unit and name is updated rather than created again.
     */
    @Transactional
    public ImportReport importExcel(long unitId, @Nullable Long planId, byte[] xlsx) {
        if (!access.canRead(unitId)) {
            throw MonitorException.notFound("unit " + unitId);
        }
        if (!access.canApprove(unitId)) {
            throw MonitorException.forbidden("只有规划人员和管理员可以导入项目。", "Only planners and admins import projects.");
        }
        List<CellError> errors = new ArrayList<>();
        List<NewProject> rows = new ArrayList<>();
        String sheetName;
        try (Workbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = wb.getSheetAt(0);
            sheetName = sheet.getSheetName();
            Row head = sheet.getRow(0);
            Map<String, Integer> cols = new HashMap<>();
            Map<Integer, Integer> plannedCols = new LinkedHashMap<>();
            Map<Integer, Integer> completedCols = new LinkedHashMap<>();
            if (head != null) {
                for (Cell c : head) {
                    String t = text(c);
                    if (t == null) {
                        continue;
                    }
                    Matcher m = Pattern.compile("(\\d{4})\\s*年?\\s*(计划|planned|完成|completed)")
                            .matcher(t);
                    if (m.find()) {
                        (m.group(2).startsWith("计") || m.group(2).startsWith("p") ? plannedCols : completedCols)
                                .put(c.getColumnIndex(), Integer.valueOf(m.group(1)));
                        continue;
                    }
                    String key = switch (t.replaceAll("[\\s（）()亿万元]", "")) {
                        case "项目名称", "名称", "name" -> "name";
                        case "类别", "项目类别", "category" -> "category";
                        case "牵头单位", "责任单位", "leadunit", "lead_unit" -> "lead";
                        case "国家代码", "项目代码", "nationalcode", "national_code" -> "code";
                        case "总投资", "totalinvestment", "total_investment" -> "total";
                        case "单位", "投资单位", "unit" -> "unit";
                        case "开工年份", "开工", "start" -> "start";
                        case "完工年份", "竣工年份", "完工", "end" -> "end";
                        case "状态", "status" -> "status";
                        default -> "";
                    };
                    if (!key.isEmpty()) {
                        cols.putIfAbsent(key, c.getColumnIndex());
                    }
                }
            }
            if (!cols.containsKey("name")) {
                throw MonitorException.invalid("第1行须有“项目名称”列。", "Row 1 must have a name (项目名称) column.");
            }
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                if (row == null || text(row.getCell(cols.get("name"))) == null) {
                    continue;
                }
                int before = errors.size();
                String name = text(row.getCell(cols.get("name")));
                BigDecimal total = number(row, cols.get("total"), sheetName, r, "total_investment", errors);
                Integer start = year(row, cols.get("start"), sheetName, r, "start", errors);
                Integer end = year(row, cols.get("end"), sheetName, r, "end", errors);
                String statusText = cols.containsKey("status") ? text(row.getCell(cols.get("status"))) : null;
                String status = status(statusText);
                if (status == null) {
                    errors.add(new CellError(
                            sheetName,
                            r + 1,
                            "status",
                            ref(r, cols.get("status")),
                            "项目状态无效：" + statusText,
                            "unknown status: " + statusText));
                }
                String unit = cols.containsKey("unit") ? text(row.getCell(cols.get("unit"))) : null;
                if (unit != null && !unit.equals("亿元") && !unit.equals("万元")) {
                    errors.add(new CellError(
                            sheetName,
                            r + 1,
                            "unit",
                            ref(r, cols.get("unit")),
                            "投资单位须为亿元或万元",
                            "the investment unit must be 亿元 or 万元"));
                }
                Map<Integer, BigDecimal[]> inv = new LinkedHashMap<>();
                for (var e : plannedCols.entrySet()) {
                    BigDecimal v = number(row, e.getKey(), sheetName, r, e.getValue() + " planned", errors);
                    inv.computeIfAbsent(e.getValue(), k -> new BigDecimal[2])[0] = v;
                }
                for (var e : completedCols.entrySet()) {
                    BigDecimal v = number(row, e.getKey(), sheetName, r, e.getValue() + " completed", errors);
                    inv.computeIfAbsent(e.getValue(), k -> new BigDecimal[2])[1] = v;
                }
                if (errors.size() == before) {
                    List<ProjectInvestment> list = new ArrayList<>();
                    inv.forEach((y, v) -> {
                        if (v[0] != null || v[1] != null) {
                            list.add(new ProjectInvestment(y, v[0], v[1]));
                        }
                    });
                    rows.add(new NewProject(
                            null,
                            planId,
                            name,
                            cols.containsKey("category") ? text(row.getCell(cols.get("category"))) : null,
                            cols.containsKey("lead") ? text(row.getCell(cols.get("lead"))) : null,
                            cols.containsKey("code") ? text(row.getCell(cols.get("code"))) : null,
                            total,
                            unit,
                            start,
                            end,
                            status,
                            list));
                }
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof MonitorException m) {
                throw m;
            }
            throw MonitorException.invalid(
                    "无法读取该 Excel 文件（须为 .xlsx）。", "The file cannot be read as an .xlsx workbook.");
        }
        if (!errors.isEmpty()) {
            return ImportReport.rejected(rows.size(), errors);
        }
        int created = 0;
        int changed = 0;
        int unchanged = 0;
        for (NewProject p : rows) {
            Optional<Project> existing = query(
                            "where unit_id = ? and name = ?", unitId, p.name().strip())
                    .stream()
                    .findFirst();
            if (existing.isEmpty()) {
                long id = jdbc.sql("""
                                insert into monitor.project (unit_id, plan_id, name, category, lead_unit, national_code,
                                    total_investment, investment_unit, start_year, end_year, status, created_by)
                                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                        .params(
                                unitId,
                                planId,
                                p.name().strip(),
                                p.category(),
                                p.leadUnit(),
                                p.nationalCode(),
                                p.totalInvestment(),
                                Objects.requireNonNullElse(p.investmentUnit(), "亿元"),
                                p.startYear(),
                                p.endYear(),
                                p.status(),
                                access.username())
                        .query(Long.class)
                        .single();
                for (ProjectInvestment i : p.investments()) {
                    upsertInvestment(id, i.year(), i.planned(), i.completed());
                }
                created++;
                continue;
            }
            Project old = existing.get();
            int n = jdbc.sql("""
                            update monitor.project set category = coalesce(?, category), lead_unit = coalesce(?, lead_unit),
                                national_code = coalesce(?, national_code), total_investment = coalesce(?, total_investment),
                                investment_unit = coalesce(?, investment_unit), start_year = coalesce(?, start_year),
                                end_year = coalesce(?, end_year), status = ?, version = version + 1
                            where id = ? and (category, lead_unit, national_code, total_investment, investment_unit,
                                              start_year, end_year, status)
                              is distinct from (coalesce(?, category), coalesce(?, lead_unit), coalesce(?, national_code),
                                  coalesce(?::numeric, total_investment), coalesce(?, investment_unit),
                                  coalesce(?::int, start_year), coalesce(?::int, end_year), ?)""")
                    .params(
                            p.category(),
                            p.leadUnit(),
                            p.nationalCode(),
                            p.totalInvestment(),
                            p.investmentUnit(),
                            p.startYear(),
                            p.endYear(),
                            p.status(),
                            old.id(),
                            p.category(),
                            p.leadUnit(),
                            p.nationalCode(),
                            p.totalInvestment(),
                            p.investmentUnit(),
                            p.startYear(),
                            p.endYear(),
                            p.status())
                    .update();
            boolean investmentChanged = false;
            for (ProjectInvestment i : p.investments()) {
                ProjectInvestment was = old.investments().stream()
                        .filter(x -> x.year() == i.year())
                        .findFirst()
                        .orElse(null);
                if (was == null || !same(was.planned(), i.planned()) || !same(was.completed(), i.completed())) {
                    upsertInvestment(old.id(), i.year(), i.planned(), i.completed());
                    investmentChanged = true;
                }
            }
            if (investmentChanged && n == 0) {
                jdbc.sql("update monitor.project set version = version + 1 where id = ?")
                        .param(old.id())
                        .update();
            }
            if (n > 0 || investmentChanged) {
                changed++;
            } else {
                unchanged++;
            }
        }
        return new ImportReport(true, rows.size(), created, changed, unchanged, List.of());
    }

    private static boolean same(@Nullable BigDecimal stored, @Nullable BigDecimal given) {
        return given == null || (stored != null && stored.compareTo(given) == 0);
    }

    private static @Nullable String ref(int row, @Nullable Integer col) {
        return col == null ? null : new CellAddress(row, col).formatAsString();
    }

    private static @Nullable BigDecimal number(
            Row row, @Nullable Integer col, String sheet, int r, String column, List<CellError> errors) {
        if (col == null) {
            return null;
        }
        Cell c = row.getCell(col);
        if (c == null || c.getCellType() == CellType.BLANK) {
            return null;
        }
        if (c.getCellType() == CellType.NUMERIC) {
            BigDecimal v = BigDecimal.valueOf(c.getNumericCellValue()).stripTrailingZeros();
            if (v.signum() >= 0) {
                return v;
            }
        }
        String t = text(c);
        BigDecimal v = c.getCellType() == CellType.STRING && t != null ? ObservationService.number(t, null) : null;
        if (v == null || v.signum() < 0) {
            errors.add(
                    new CellError(sheet, r + 1, column, ref(r, col), "不是非负数：" + t, "not a non-negative number: " + t));
            return null;
        }
        return v;
    }

    private static @Nullable Integer year(
            Row row, @Nullable Integer col, String sheet, int r, String column, List<CellError> errors) {
        if (col == null) {
            return null;
        }
        String t = text(row.getCell(col));
        if (t == null) {
            return null;
        }
        if (!t.matches("\\d{4}")) {
            errors.add(new CellError(sheet, r + 1, column, ref(r, col), "年份须为四位数：" + t, "not a year: " + t));
            return null;
        }
        return Integer.valueOf(t);
    }

    private static @Nullable String text(@Nullable Cell c) {
        if (c == null) {
            return null;
        }
        String t = switch (c.getCellType()) {
            case NUMERIC ->
                BigDecimal.valueOf(c.getNumericCellValue()).stripTrailingZeros().toPlainString();
            case STRING -> c.getStringCellValue();
            default -> null;
        };
        return t == null || t.isBlank() ? null : t.strip();
    }

    private static @Nullable String status(@Nullable String s) {
        if (s == null || s.isBlank()) {
            return "planned";
        }
        String t = s.strip();
        if (STATUSES.contains(t)) {
            return t;
        }
        return STATUS_NAMES.get(t);
    }

    private PlanSummary readablePlan(long planId) {
        return items.plan(planId)
                .filter(p -> access.canRead(p.unitId()))
                .orElseThrow(() -> MonitorException.notFound("plan " + planId));
    }

    private static @Nullable String blank(@Nullable String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static @Nullable BigDecimal strip(@Nullable BigDecimal v) {
        return v == null ? null : v.stripTrailingZeros();
    }
}
