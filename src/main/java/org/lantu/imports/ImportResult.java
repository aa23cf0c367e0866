package org.lantu.imports;

import org.jspecify.annotations.Nullable;
import org.lantu.plan.VersionDiff;

/**
 * What importing one document did.
 *
 * @param status {@code created}, {@code new_version}, {@code unchanged} or {@code failed}
 * @param error for a failed import, why (one line, names the file)
 */
public record ImportResult(
        String file,
        String status,
        @Nullable Long planId,
        @Nullable Long versionId,
        @Nullable Integer versionNo,
        @Nullable String title,
        @Nullable String unit,
        @Nullable VersionDiff diff,
        @Nullable String error) {

    public boolean failed() {
        return "failed".equals(status);
    }
}
