package org.lantu.monitor;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * A change of an observation.
 *
 * @param value the new value, null to keep it
 * @param source the new source, null to keep it
 * @param note the new note, null to keep it
 * @param version the version the change was based on: a stale one is refused
 * @param reason why (kept with the revision)
 */
public record ObservationUpdate(
        @Nullable BigDecimal value,
        @Nullable String source,
        @Nullable String note,
        @Nullable Integer version,
        @Nullable String reason) {}
