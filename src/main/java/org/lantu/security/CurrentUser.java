package org.lantu.security;

import java.io.Serializable;
import java.security.Principal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The logged-in user, as other modules see it.
 *
 * @param unitId the administrative unit the user acts within (with everything below it); null only for an
 *     admin, meaning the whole tree
 * @param departments for a reporter, the responsible units (责任单位) the user reports for; empty otherwise
 */
public record CurrentUser(
        String username, Role role, @Nullable Long unitId, List<String> departments)
        implements Serializable, Principal {

    public CurrentUser {
        departments = List.copyOf(departments);
    }

    /** The user name (so that Spring Security's {@code Authentication.getName()} gives it). */
    @Override
    public String getName() {
        return username;
    }

    /** Acts on every unit: an admin without a unit. */
    public boolean hasWholeTree() {
        return unitId == null && role == Role.ADMIN;
    }
}
