package org.lantu.monitor;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.lantu.security.AccessService;
import org.lantu.security.CurrentUser;
import org.lantu.security.Role;
import org.springframework.stereotype.Component;

/**
 * Who may report, approve and lock. Reporters report for units in their scope and, where the indicator's
 * (or task's) unit is known, only for their own departments; planners and admins report and approve within
 * their scope; viewers only read.
 */
@Component
class MonitorAccess {

    private final AccessService access;

    MonitorAccess(AccessService access) {
        this.access = access;
    }

    CurrentUser user() {
        return access.current().orElseThrow(() -> MonitorException.forbidden("请先登录。", "Log in first."));
    }

    /** The caller, if logged in (a public, read-only server has anonymous readers). */
    java.util.Optional<CurrentUser> current() {
        return access.current();
    }

    String username() {
        return access.current().map(CurrentUser::username).orElse("system");
    }

    boolean canRead(@Nullable Long unitId) {
        return access.canRead(unitId);
    }

    boolean canApprove(@Nullable Long unitId) {
        return access.canWrite(unitId);
    }

    /**
     * Whose objects the caller reads, told without a query: everything ({@code all}), nothing (neither), or
     * the objects of {@code unitId} and every unit below it. The same rule as {@link AccessService} applies
     * (public mode and an admin without a unit read everything; an anonymous caller nothing), so that callers
     * holding the unit tree in memory can filter by it.
     */
    record ReadScope(boolean all, @Nullable Long unitId) {

        /** Scopes alike read alike: a key for what was computed for one of them. */
        String key() {
            return all ? "*" : unitId == null ? "-" : unitId.toString();
        }
    }

    ReadScope readScope() {
        if (access.isPublicRead()) {
            return new ReadScope(true, null);
        }
        CurrentUser user = access.current().orElse(null);
        if (user == null) {
            return new ReadScope(false, null);
        }
        return user.hasWholeTree() ? new ReadScope(true, null) : new ReadScope(false, user.unitId());
    }

    @Nullable
    List<Long> readableUnitIds() {
        return access.readableUnitIds();
    }

    /** Whether the caller may report a figure for the unit of an indicator its source unit reports. */
    boolean canReport(long unitId, @Nullable String sourceUnit) {
        if (access.canWrite(unitId)) {
            return true;
        }
        CurrentUser user = access.current().orElse(null);
        if (user == null || user.role() != Role.REPORTER || !access.canRead(unitId)) {
            return false;
        }
        return sourceUnit == null || sourceUnit.isBlank() || departmentOf(user, sourceUnit);
    }

    /** Whether the caller may report at all (reporters, planners, admins). */
    boolean reports() {
        return access.current()
                .map(u -> u.role() == Role.REPORTER || u.role().writes())
                .orElse(false);
    }

    /** Refuses unless the unit is readable (404) and the caller may report for it (403). */
    void requireReport(long unitId, @Nullable String sourceUnit) {
        if (!canRead(unitId)) {
            throw MonitorException.notFound("unit " + unitId);
        }
        if (!canReport(unitId, sourceUnit)) {
            throw MonitorException.forbidden(
                    "您不能为该单位填报此项数据（" + (sourceUnit != null ? sourceUnit : "") + "）。",
                    "You may not report this figure for this unit.");
        }
    }

    void requireApprove(long unitId) {
        if (!canRead(unitId)) {
            throw MonitorException.notFound("unit " + unitId);
        }
        if (!canApprove(unitId)) {
            throw MonitorException.forbidden("只有规划人员和管理员可以审核、锁定。", "Only planners and admins approve and lock.");
        }
    }

    /** Whether one of the user's departments is among the named units (旗统计局、旗发改委 …). */
    static boolean departmentOf(CurrentUser user, String units) {
        for (String unit : units.split("[、,，;；/|]")) {
            String u = Departments.key(unit);
            if (!u.isEmpty()
                    && user.departments().stream().map(Departments::key).anyMatch(u::equals)) {
                return true;
            }
        }
        return false;
    }
}
