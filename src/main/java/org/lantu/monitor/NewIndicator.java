package org.lantu.monitor;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A planner's addition to the indicator catalog.
 *
 * @param code lower-case letters, digits and _, starting with a letter; not a code of the shipped catalog
 * @param direction {@code higher}, {@code lower} or {@code unknown}
 */
public record NewIndicator(
        @Nullable String code,
        @Nullable String name,
        @Nullable List<String> synonyms,
        @Nullable String unit,
        @Nullable String direction,
        @Nullable String category,
        @Nullable String sourceUnit,
        boolean growth) {}
