package org.lantu.security;

import java.time.OffsetDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * A user as the API shows it: no password hash.
 *
 * @param unit the unit's name, null for an admin of the whole tree
 * @param unitCode its GB/T 2260 code, when known
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record UserSummary(
        long id,
        String username,
        String role,
        @Nullable Long unitId,
        @Nullable String unit,
        @Nullable String unitCode,
        List<String> departments,
        boolean enabled,
        OffsetDateTime createdAt) {}
