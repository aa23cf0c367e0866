package org.lantu.region;

import org.jspecify.annotations.Nullable;

/**
 * An administrative unit.
 *
 * @param code the GB/T 2260 code (150625 for 杭锦旗), null while unknown
 * @param level {@code region}, {@code league}, {@code county}, {@code township} or {@code village}
 */
public record AdminUnit(
        long id,
        @Nullable String code,
        String name,
        String level,
        @Nullable Long parentId) {}
