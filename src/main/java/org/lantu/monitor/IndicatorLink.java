package org.lantu.monitor;

import org.jspecify.annotations.Nullable;

/**
 * A plan item (an indicator row or a prose target) and the catalog indicator it is linked to.
 *
 * @param itemType {@code indicator} or {@code target}
 * @param name the indicator's name as the plan words it
 * @param indicator the linked indicator, null when neither its name nor a planner links it to one
 * @param manual whether a planner set the link (else it was found by name or synonym)
 */
public record IndicatorLink(
        long planId,
        long itemId,
        String itemType,
        String itemKey,
        String name,
        @Nullable RegisteredIndicator indicator,
        boolean manual) {}
