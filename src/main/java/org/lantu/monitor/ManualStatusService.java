package org.lantu.monitor;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.lantu.plan.PlanSummary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Planners' statuses for targets the engine cannot measure (定性目标: 达到全市要求 …), per year, each with
 * its reason ({@code monitor.manual_status}). Keyed by item key, so a status carries over to the plan's next
 * version.
 */
@Service
public class ManualStatusService {

    private final JdbcClient jdbc;
    private final PlanItemRefs items;
    private final MonitorAccess access;

    ManualStatusService(JdbcClient jdbc, PlanItemRefs items, MonitorAccess access) {
        this.jdbc = jdbc;
        this.items = items;
        this.access = access;
    }

    /**
     * Sets the status of an indicator row or prose target for a year (planners and admins within the plan's
     * scope).
     *
     * @param item the item's key, or the id of the item in any version of the plan
     * @throws MonitorException {@code NOT_FOUND}, {@code FORBIDDEN}, {@code INVALID} (no reason, a status
     *     that says nothing: insufficient_data, qualitative)
     */
    @Transactional
    public ManualStatus set(long planId, String item, int year, EvaluationStatus status, String reason) {
        PlanItemRefs.Item i = item(planId, item);
        PlanSummary plan = items.plan(planId).orElseThrow();
        if (!access.canApprove(plan.unitId())) {
            throw MonitorException.forbidden("只有规划人员和管理员可以设定目标状态。", "Only planners and admins set a target's status.");
        }
        ManualStatus s;
        try {
            s = new ManualStatus(status, reason == null ? "" : reason.strip(), access.username());
        } catch (IllegalArgumentException e) {
            throw MonitorException.invalid("须给出表明进展的状态和理由。", e.getMessage());
        }
        jdbc.sql("""
                        insert into monitor.manual_status (plan_id, item_type, item_key, year, status, reason, set_by)
                        values (?, ?, ?, ?, ?, ?, ?) on conflict (plan_id, item_type, item_key, year)
                        do update set status = excluded.status, reason = excluded.reason, set_by = excluded.set_by,
                            set_at = now()""")
                .params(planId, i.type(), i.key(), year, status.code(), s.reason(), s.setBy())
                .update();
        return s;
    }

    /** The status set for an item and year, if any (the caller must read the plan). */
    public Optional<ManualStatus> get(long planId, String item, int year) {
        PlanItemRefs.Item i = item(planId, item);
        return jdbc.sql("""
                        select status, reason, set_by from monitor.manual_status
                        where plan_id = ? and item_type = ? and item_key = ? and year = ?""")
                .params(planId, i.type(), i.key(), year)
                .query((rs, n) ->
                        new ManualStatus(EvaluationStatus.of(rs.getString(1)), rs.getString(2), rs.getString(3)))
                .optional();
    }

    /**
     * Every status of a plan for a year, by {@code type + ":" + item key} ({@code target:…}), in one query;
     * no access check (for the evaluation).
     */
    public Map<String, ManualStatus> of(long planId, int year) {
        Map<String, ManualStatus> out = new HashMap<>();
        jdbc.sql(
                        "select item_type, item_key, status, reason, set_by from monitor.manual_status where plan_id = ? and year = ?")
                .params(planId, year)
                .query((rs, n) -> out.put(
                        rs.getString(1) + ":" + rs.getString(2),
                        new ManualStatus(EvaluationStatus.of(rs.getString(3)), rs.getString(4), rs.getString(5))))
                .list();
        return out;
    }

    private PlanItemRefs.Item item(long planId, String item) {
        items.plan(planId)
                .filter(p -> access.canRead(p.unitId()))
                .orElseThrow(() -> MonitorException.notFound("plan " + planId));
        return items.item(planId, item, null)
                .filter(x -> x.type().equals("indicator") || x.type().equals("target"))
                .orElseThrow(() -> MonitorException.notFound("indicator or target " + item + " of plan " + planId));
    }
}
