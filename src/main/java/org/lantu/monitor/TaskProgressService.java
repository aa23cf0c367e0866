package org.lantu.monitor;

import java.net.URI;
import java.net.URISyntaxException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.lantu.plan.PlanService;
import org.lantu.plan.PlanSummary;
import org.lantu.security.CurrentUser;
import org.lantu.security.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;

/**
 * Task progress (任务进展): for every responsibility item of a plan, its lead unit (牵头单位) reports per year
 * or quarter a status, a percentage, a narrative and an evidence link; supporting units comment. A period's
 * report replaces the one before for the same period (with its version checked when given).
 *
 * <p>Who: planners and admins within the plan's scope, and reporters of the plan's unit whose department
 * is the task's lead unit (reports) or one of its units (comments).
 */
@Service
public class TaskProgressService {

    private final JdbcClient jdbc;
    private final PlanItemRefs items;
    private final PlanService plans;
    private final MonitorAccess access;

    TaskProgressService(JdbcClient jdbc, PlanItemRefs items, PlanService plans, MonitorAccess access) {
        this.jdbc = jdbc;
        this.items = items;
        this.plans = plans;
        this.access = access;
    }

    private static final String SELECT = """
            select r.id, r.plan_id, r.item_key, r.responsible_unit_id, u.name, r.year, r.quarter, r.status, r.percent,
                   r.narrative, r.evidence_url, r.version, r.reported_by, r.reported_at
            from monitor.task_report r join plan.responsible_unit u on u.id = r.responsible_unit_id
            """;

    private static TaskReport report(ResultSet rs, int n) throws SQLException {
        return new TaskReport(
                rs.getLong(1),
                rs.getLong(2),
                rs.getString(3),
                rs.getLong(4),
                rs.getString(5),
                rs.getInt(6),
                rs.getObject(7, Integer.class),
                TaskState.of(rs.getString(8)),
                rs.getObject(9, Integer.class),
                rs.getString(10),
                rs.getString(11),
                rs.getInt(12),
                rs.getString(13),
                rs.getObject(14, OffsetDateTime.class));
    }

    /** Every report on a task, by period. */
    public List<TaskReport> reports(long planId, String item) {
        PlanItemRefs.Item task = task(planId, item);
        return jdbc.sql(SELECT + " where r.plan_id = ? and r.item_key = ? order by r.year, r.quarter nulls first")
                .params(planId, task.key())
                .query(TaskProgressService::report)
                .list();
    }

    /**
     * Reports on a task for a period (the lead unit, or a planner).
     *
     * @throws MonitorException {@code INVALID} (no year or status, a percent outside 0–100, an evidence link
     *     that is not http or https), {@code FORBIDDEN}, {@code NOT_FOUND}, {@code CONFLICT} (a stale version)
     */
    @Transactional
    public TaskReport report(long planId, String item, TaskReportInput in) {
        PlanItemRefs.Item task = task(planId, item);
        PlanSummary plan = items.plan(planId).orElseThrow();
        String lead = lead(task);
        CurrentUser user = access.user();
        if (!mayReport(plan, task, user)) {
            throw MonitorException.forbidden(
                    "只有牵头单位（" + (lead != null ? lead : "未知") + "）和规划人员可以报告任务进展。",
                    "Only the lead unit and planners report a task's progress.");
        }
        if (in.year() == null || in.year() < ObservationService.MIN_YEAR || in.year() > ObservationService.MAX_YEAR) {
            throw MonitorException.invalid("请填写年份。", "Give the year.");
        }
        if (in.quarter() != null && (in.quarter() < 1 || in.quarter() > 4)) {
            throw MonitorException.invalid("季度须为 1–4。", "The quarter must be 1–4.");
        }
        TaskState state;
        try {
            state = TaskState.of(in.status() == null ? "" : in.status());
        } catch (IllegalArgumentException e) {
            throw MonitorException.invalid("状态须为未开始、推进中、已完成或滞后。", e.getMessage());
        }
        if (in.percent() != null && (in.percent() < 0 || in.percent() > 100)) {
            throw MonitorException.invalid("完成百分比须在 0–100 之间。", "The percentage must be 0–100.");
        }
        String evidence = evidence(in.evidenceUrl());
        if (lead == null) {
            throw MonitorException.invalid("该任务没有牵头单位。", "The task names no lead unit.");
        }
        Long unitId = plans.responsibleUnitIds(plan.unitId()).get(lead);
        if (unitId == null) {
            throw MonitorException.invalid("未登记的牵头单位：" + lead + "。", "The lead unit is not registered: " + lead + ".");
        }
        Optional<TaskReport> existing = jdbc.sql(SELECT + """
                         where r.plan_id = ? and r.item_key = ? and r.year = ? and coalesce(r.quarter, 0) = coalesce(?::int, 0)
                         for update of r""")
                .params(planId, task.key(), in.year(), in.quarter())
                .query(TaskProgressService::report)
                .optional();
        String narrative = blank(in.narrative());
        if (existing.isPresent()) {
            TaskReport old = existing.get();
            if (in.version() != null && in.version() != old.version()) {
                throw new MonitorException(
                        MonitorException.Kind.CONFLICT,
                        "该期进展已被他人更新，请刷新后重试。 The report changed since you read it.",
                        old);
            }
            jdbc.sql("""
                            update monitor.task_report set status = ?, percent = ?, narrative = ?, evidence_url = ?,
                                version = version + 1, reported_by = ?, reported_at = now() where id = ?""")
                    .params(state.code(), in.percent(), narrative, evidence, user.username(), old.id())
                    .update();
            return byId(old.id());
        }
        long id = jdbc.sql("""
                        insert into monitor.task_report (plan_id, item_key, responsible_unit_id, year, quarter, status,
                            percent, narrative, evidence_url, reported_by) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        returning id""")
                .params(
                        planId,
                        task.key(),
                        unitId,
                        in.year(),
                        in.quarter(),
                        state.code(),
                        in.percent(),
                        narrative,
                        evidence,
                        user.username())
                .query(Long.class)
                .single();
        return byId(id);
    }

    private TaskReport byId(long id) {
        return jdbc.sql(SELECT + " where r.id = ?")
                .param(id)
                .query(TaskProgressService::report)
                .single();
    }

    static @Nullable String evidence(@Nullable String url) {
        String u = blank(url);
        if (u == null) {
            return null;
        }
        if (isWebAddress(u)) {
            return u;
        }
        throw MonitorException.invalid(
                "佐证材料链接须为 http 或 https 地址。", "The evidence link must be an http or https address.");
    }

    /** Whether an evidence link is one the reports take: an http or https address with a host, at most 2000 characters. */
    public static boolean isWebAddress(String u) {
        try {
            URI uri = new URI(u);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null && u.length() <= 2000;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    /** Comments on a task, oldest first. */
    public List<TaskComment> comments(long planId, String item) {
        PlanItemRefs.Item task = task(planId, item);
        return jdbc.sql("""
                        select c.id, c.plan_id, c.item_key, c.responsible_unit_id, u.name, c.body, c.author, c.created_at
                        from monitor.task_comment c left join plan.responsible_unit u on u.id = c.responsible_unit_id
                        where c.plan_id = ? and c.item_key = ? order by c.id""")
                .params(planId, task.key())
                .query((rs, n) -> new TaskComment(
                        rs.getLong(1),
                        rs.getLong(2),
                        rs.getString(3),
                        rs.getObject(4, Long.class),
                        rs.getString(5),
                        rs.getString(6),
                        rs.getString(7),
                        rs.getObject(8, OffsetDateTime.class)))
                .list();
    }

    /** Comments on a task (a unit of the task, or a planner). */
    @Transactional
    public TaskComment comment(long planId, String item, String body) {
        PlanItemRefs.Item task = task(planId, item);
        PlanSummary plan = items.plan(planId).orElseThrow();
        CurrentUser user = access.user();
        String text = body == null ? "" : body.strip();
        if (text.isEmpty() || text.length() > 4000) {
            throw MonitorException.invalid("意见须为 1–4000 字。", "A comment must be 1–4000 characters.");
        }
        String unit = commentingUnit(plan, task, user);
        if (unit == null && !access.canApprove(plan.unitId())) {
            throw MonitorException.forbidden("只有该任务的责任单位和规划人员可以发表意见。", "Only the task's units and planners comment.");
        }
        Long unitId = unit != null ? plans.responsibleUnitIds(plan.unitId()).get(unit) : null;
        long id = jdbc.sql("""
                        insert into monitor.task_comment (plan_id, item_key, responsible_unit_id, body, author)
                        values (?, ?, ?, ?, ?) returning id""")
                .params(planId, task.key(), unitId, text, user.username())
                .query(Long.class)
                .single();
        return comments(planId, item).stream()
                .filter(c -> c.id() == id)
                .findFirst()
                .orElseThrow();
    }

    /**
     * One task with its latest report of the year or before, as its page shows it.
     *
     * @throws MonitorException {@code NOT_FOUND} for a plan outside the caller's scope or an item that is not
     *     one of its tasks
     */
    public TaskStatusView task(long planId, String item, int year) {
        PlanItemRefs.Item task = task(planId, item);
        return tasksOf(planId, year).stream()
                .filter(v -> v.itemKey().equals(task.key()))
                .findFirst()
                .orElseThrow(() -> MonitorException.notFound("task " + item + " of plan " + planId));
    }

    /** Whether the caller may report on the task (its lead unit's reporter, a planner); NOT_FOUND as above. */
    public boolean mayReport(long planId, String item) {
        PlanItemRefs.Item task = task(planId, item);
        CurrentUser user = access.current().orElse(null);
        return user != null && mayReport(items.plan(planId).orElseThrow(), task, user);
    }

    /** Whether the caller may comment on the task (a reporter of one of its units, a planner); NOT_FOUND as above. */
    public boolean mayComment(long planId, String item) {
        PlanItemRefs.Item task = task(planId, item);
        PlanSummary plan = items.plan(planId).orElseThrow();
        CurrentUser user = access.current().orElse(null);
        return user != null && (commentingUnit(plan, task, user) != null || access.canApprove(plan.unitId()));
    }

    private boolean mayReport(PlanSummary plan, PlanItemRefs.Item task, CurrentUser user) {
        String lead = lead(task);
        return access.canApprove(plan.unitId())
                || (user.role() == Role.REPORTER && lead != null && MonitorAccess.departmentOf(user, lead));
    }

    /** The unit of the task a reporter comments for: the first of the task's units that is one of theirs. */
    private @Nullable String commentingUnit(PlanSummary plan, PlanItemRefs.Item task, CurrentUser user) {
        if (user.role() != Role.REPORTER || !access.canRead(plan.unitId())) {
            return null;
        }
        for (String u : units(task)) {
            if (MonitorAccess.departmentOf(user, u)) {
                return u;
            }
        }
        return null;
    }

    /**
     * Every task of the plan's latest version with its latest report of the year or before; no access
     * check (for the evaluation's warnings and reports).
     */
    public List<TaskStatusView> tasksOf(long planId, int year) {
        return tasksOf(planId, items.plan(planId).map(PlanSummary::periodFrom).orElse(null), year);
    }

    /** {@link #tasksOf(long, int)} of a plan the caller has read: without reading it again. */
    public List<TaskStatusView> tasksOf(PlanSummary plan, int year) {
        return tasksOf(plan.id(), plan.periodFrom(), year);
    }

    /** The same with the plan's responsibility items already read ({@link PlanItemRefs#items(long, List)}). */
    List<TaskStatusView> tasksOf(PlanSummary plan, int year, List<PlanItemRefs.Item> responsibilities) {
        return tasksOf(plan.id(), plan.periodFrom(), year, responsibilities);
    }

    private List<TaskStatusView> tasksOf(long planId, @Nullable Integer from, int year) {
        return tasksOf(planId, from, year, null);
    }

    private List<TaskStatusView> tasksOf(
            long planId, @Nullable Integer from, int year, @Nullable List<PlanItemRefs.Item> responsibilities) {
        Map<String, TaskReport> latest = new HashMap<>();
        jdbc.sql(SELECT + """
                         where r.plan_id = ? and r.year <= ?
                         order by r.item_key, r.year, coalesce(r.quarter, 5)""")
                .params(planId, year)
                .query(TaskProgressService::report)
                .list()
                .forEach(r -> latest.put(r.itemKey(), r));
        List<TaskStatusView> out = new ArrayList<>();
        for (PlanItemRefs.Item t :
                responsibilities != null ? responsibilities : items.items(planId, "responsibility")) {
            TaskReport r = latest.get(t.key());
            int without = r != null ? year - r.year() : from != null ? Math.max(0, year - from + 1) : 1;
            String lead = lead(t);
            List<String> supporting =
                    units(t).stream().filter(u -> !u.equals(lead)).toList();
            out.add(new TaskStatusView(
                    t.itemId(),
                    t.key(),
                    t.data().path("section").asString(null),
                    t.data().path("text").asString(""),
                    lead,
                    supporting,
                    r,
                    without));
        }
        return out;
    }

    private PlanItemRefs.Item task(long planId, String item) {
        items.plan(planId)
                .filter(p -> access.canRead(p.unitId()))
                .orElseThrow(() -> MonitorException.notFound("plan " + planId));
        return items.item(planId, item, "responsibility")
                .orElseThrow(() -> MonitorException.notFound("task " + item + " of plan " + planId));
    }

    private static @Nullable String lead(PlanItemRefs.Item task) {
        return task.data().path("lead").asString(null);
    }

    private static List<String> units(PlanItemRefs.Item task) {
        List<String> units = new ArrayList<>();
        for (JsonNode u : task.data().path("units_normalized")) {
            units.add(u.asString());
        }
        return units;
    }

    private static @Nullable String blank(@Nullable String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
