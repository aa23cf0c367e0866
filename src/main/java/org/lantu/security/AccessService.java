package org.lantu.security;

import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.lantu.region.RegionService;
import org.lantu.security.internal.LantuUserDetails;
import org.lantu.security.internal.UserStore;
import org.springframework.core.env.Environment;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;

/**
 * Who is asking and what they may see and change: the one place other modules ask about access.
 *
 * <p>Reading: a user reads the unit of the account and every unit below it; an admin without a unit reads
 * everything; in public mode ({@code lantu serve --public}) everyone, logged in or not, reads everything.
 * Objects filed under no unit ({@code unitId == null}) are read only by those who read everything.
 * Writing: planners and admins, within their scope; public mode changes nothing here.
 *
 * <p>Use {@link #readableUnitIds()} to filter lists in SQL, {@link #canRead} for one object (answer 404
 * when false, so that ids leak nothing), {@link #canWrite} before a change (403 when the object is
 * readable but not writable). See the package documentation for an example.
 */
@Service
public class AccessService {

    private final RegionService regions;
    private final UserStore users;
    private final boolean publicRead;

    AccessService(RegionService regions, UserStore users, Environment environment) {
        this.regions = regions;
        this.users = users;
        this.publicRead = environment.getProperty("lantu.web.public-read", Boolean.class, false);
    }

    /** The logged-in user of this request (or thread); empty for an anonymous one. */
    public Optional<CurrentUser> current() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !auth.isAuthenticated() || auth instanceof AnonymousAuthenticationToken) {
            return Optional.empty();
        }
        Object principal = auth.getPrincipal();
        if (principal instanceof LantuUserDetails details) {
            return Optional.of(details.user());
        }
        if (principal instanceof CurrentUser user) {
            return Optional.of(user);
        }
        return Optional.empty();
    }

    /** The server runs read-only public ({@code --public}): anyone may read everything. */
    public boolean isPublicRead() {
        return publicRead;
    }

    /** May the caller read an object filed under this unit (null: filed under no unit)? */
    public boolean canRead(@Nullable Long unitId) {
        return publicRead || current().map(u -> inScope(u, unitId)).orElse(false);
    }

    /** May the caller change an object filed under this unit (planners and admins, within scope)? */
    public boolean canWrite(@Nullable Long unitId) {
        return current().map(u -> u.role().writes() && inScope(u, unitId)).orElse(false);
    }

    /**
     * The units whose objects the caller reads: null means all of them (no filter), an empty list none
     * (an anonymous caller without public mode).
     */
    public @Nullable List<Long> readableUnitIds() {
        if (publicRead) {
            return null;
        }
        Optional<CurrentUser> user = current();
        return user.isPresent() ? scope(user.get()) : List.of();
    }

    /** The units whose objects the caller may change: null means all of them, an empty list none. */
    public @Nullable List<Long> writableUnitIds() {
        Optional<CurrentUser> user = current().filter(u -> u.role().writes());
        return user.isPresent() ? scope(user.get()) : List.of();
    }

    /**
     * May the caller report progress (填报) for a responsible unit (责任单位, by name as in the plan:
     * 旗住建局) of a plan filed under {@code adminUnitId}? A reporter: for the departments of the account
     * only (compared after trimming; 全角/半角 as stored), within the scope; planners and admins: for every
     * department within their scope; viewers and anonymous callers: never. Monitoring calls this before it
     * records an observation, and answers 403 when false on an object the caller may read.
     */
    public boolean canReportFor(@Nullable Long adminUnitId, String department) {
        return current()
                .map(u -> {
                    if (!inScope(u, adminUnitId)) {
                        return false;
                    }
                    if (u.role().writes()) {
                        return true;
                    }
                    return u.role() == Role.REPORTER && u.departments().contains(department.strip());
                })
                .orElse(false);
    }

    /**
     * The departments the caller reports for: a reporter's own; empty for everyone else (planners and
     * admins report for every department in scope, see {@link #canReportFor}).
     */
    public List<String> reportingDepartments() {
        return current()
                .filter(u -> u.role() == Role.REPORTER)
                .map(CurrentUser::departments)
                .orElse(List.of());
    }

    /**
     * Whose audit entries the caller reads ({@code /api/audit}, {@code /admin/audit}): null for an admin of
     * the whole tree (every entry); for an admin of a unit, the names of the users of that unit and the
     * units below it (their logins, failures and changes; entries of the system, of the command line and of
     * names that are no user are for admins of the whole tree); an empty list for everyone else.
     */
    public @Nullable List<String> auditActors() {
        Optional<CurrentUser> user = current().filter(u -> u.role() == Role.ADMIN);
        if (user.isEmpty()) {
            return List.of();
        }
        List<Long> units = scope(user.get());
        return units == null ? null : users.usernamesIn(units);
    }

    /** The units of a user's scope, null for the whole tree. */
    @Nullable
    List<Long> scope(CurrentUser user) {
        if (user.hasWholeTree()) {
            return null;
        }
        return user.unitId() == null ? List.of() : regions.withDescendants(user.unitId());
    }

    /** Is the unit in the user's scope? */
    boolean inScope(CurrentUser user, @Nullable Long unitId) {
        if (user.hasWholeTree()) {
            return true;
        }
        if (unitId == null || user.unitId() == null) {
            return false;
        }
        return user.unitId().equals(unitId)
                || regions.withDescendants(user.unitId()).contains(unitId);
    }
}
