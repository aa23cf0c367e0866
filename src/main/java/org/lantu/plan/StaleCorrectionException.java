package org.lantu.plan;

import tools.jackson.databind.JsonNode;

/**
 * A correction was based on an item as it was before someone else's correction (optimistic locking): the
 * caller read revision {@code expected}, the item is at {@link #currentRevision()} now. Nothing was
 * written; {@link #currentValue()} is the field's value as it stands.
 */
public class StaleCorrectionException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int currentRevision;
    private final transient JsonNode currentValue;

    public StaleCorrectionException(long itemId, int expected, int currentRevision, JsonNode currentValue) {
        super("item " + itemId + " was corrected since it was read (revision " + expected + ", now " + currentRevision
                + ")");
        this.currentRevision = currentRevision;
        this.currentValue = currentValue;
    }

    /** How many corrections the item has now. */
    public int currentRevision() {
        return currentRevision;
    }

    public JsonNode currentValue() {
        return currentValue;
    }
}
