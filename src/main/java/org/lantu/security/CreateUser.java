package org.lantu.security;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A request to create a user.
 *
 * @param password the new password; null to have one generated (returned once in {@link CreatedUser})
 * @param role {@code admin}, {@code planner}, {@code reporter} or {@code viewer}
 * @param unit the administrative unit, by name (杭锦旗) or GB/T 2260 code (150625); only an admin may have
 *     none
 * @param departments for a reporter, the responsible units (责任单位) the user reports for
 */
public record CreateUser(
        @Nullable String username,
        @Nullable String password,
        @Nullable String role,
        @Nullable String unit,
        @Nullable List<String> departments) {}
