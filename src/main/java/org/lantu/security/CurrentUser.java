package org.lantu.security;

import java.io.Serializable;
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
        String username, Role role, @Nullable Long unitId, List<String> departments) implements Serializable {

    public CurrentUser {
        departments = List.copyOf(departments);
    }

    /** Acts on every unit: an admin without a unit. */
    public boolean hasWholeTree() {
        return unitId == null && role == Role.ADMIN;
    }
}
