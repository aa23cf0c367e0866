package org.lantu.web;

import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.lantu.plan.PlanService;
import org.lantu.plan.PlanSummary;
import org.lantu.plan.ResponsibleUnit;
import org.lantu.plan.Task;
import org.lantu.security.AccessService;
import org.springframework.stereotype.Component;

/**
 * Plans as the caller may see them: only those filed under units within the caller's scope. An object out
 * of scope is treated as absent (the controllers answer 404), so that ids reveal nothing.
 */
@Component
public class ScopedPlans {

    private final PlanService plans;
    private final AccessService access;

    ScopedPlans(PlanService plans, AccessService access) {
        this.plans = plans;
        this.access = access;
    }

    public List<PlanSummary> plans() {
        return plans.plans().stream().filter(p -> access.canRead(p.unitId())).toList();
    }

    /** The readable plans filed under any of some administrative units. */
    public List<PlanSummary> plansOfUnits(java.util.Collection<Long> unitIds) {
        return plans.plansOfUnits(unitIds).stream()
                .filter(p -> access.canRead(p.unitId()))
                .toList();
    }

    public Optional<PlanSummary> plan(long id) {
        return plans.plan(id).filter(p -> access.canRead(p.unitId()));
    }

    /** Whether the caller may read the plan (its unit is within their scope). */
    public boolean canRead(PlanSummary plan) {
        return access.canRead(plan.unitId());
    }

    /** Whether the caller may read what belongs to an administrative unit. */
    public boolean canReadUnit(@Nullable Long unitId) {
        return access.canRead(unitId);
    }

    /** The readable plan an item belongs to, if any. */
    public Optional<PlanSummary> planOfItem(long itemId) {
        return plans.planOfItem(itemId).flatMap(this::plan);
    }

    public boolean canWrite(PlanSummary plan) {
        return access.canWrite(plan.unitId());
    }

    public boolean canWrite(@Nullable Long unitId) {
        return access.canWrite(unitId);
    }

    /** Whether the caller may import at all (planners and admins). */
    public boolean canImport() {
        List<Long> writable = access.writableUnitIds();
        return writable == null || !writable.isEmpty();
    }

    public Optional<ResponsibleUnit> responsibleUnit(long id) {
        return plans.responsibleUnit(id).filter(u -> access.canRead(u.adminUnitId()));
    }

    public List<ResponsibleUnit> responsibleUnits(@Nullable List<Long> adminUnitIds) {
        return plans.responsibleUnits(adminUnitIds).stream()
                .filter(u -> access.canRead(u.adminUnitId()))
                .toList();
    }

    /** The unit's tasks in the plans the caller may read. */
    public List<Task> tasksOf(long responsibleUnitId) {
        return plans.tasksOf(responsibleUnitId).stream()
                .filter(t -> plan(t.planId()).isPresent())
                .toList();
    }
}
