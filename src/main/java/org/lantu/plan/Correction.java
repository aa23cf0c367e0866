package org.lantu.plan;

import java.time.OffsetDateTime;
import tools.jackson.databind.JsonNode;

/** A planner's correction of an extracted item: the field, old and new value, why, who and when. */
public record Correction(
        long id,
        long itemId,
        String field,
        JsonNode oldValue,
        JsonNode newValue,
        String reason,
        String author,
        OffsetDateTime createdAt) {}
