package org.lantu.plan;

import org.jspecify.annotations.Nullable;

/**
 * The outcome of storing an extracted document.
 *
 * @param status {@code created} (a new plan), {@code new_version} (a changed file of a known plan) or
 *     {@code unchanged} (this very file was imported before: nothing was written)
 * @param diff for a new version, what changed against the previous one
 */
public record StoredVersion(
        long planId,
        long versionId,
        int versionNo,
        String status,
        @Nullable VersionDiff diff) {}
