package org.lantu.plan;

import java.io.Serializable;
import java.util.List;

/**
 * What changed from one version of a plan to the next, item by item (matched by type and key: a
 * heading's path of titles, an indicator's table and name …).
 */
public record VersionDiff(
        long fromVersionId, long toVersionId, List<Change> added, List<Change> removed, List<Change> changed)
        implements Serializable {

    /** One item that was added, removed or changed. */
    public record Change(String type, String key) implements Serializable {}

    public boolean isEmpty() {
        return added.isEmpty() && removed.isEmpty() && changed.isEmpty();
    }
}
