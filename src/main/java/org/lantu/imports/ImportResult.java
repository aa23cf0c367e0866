package org.lantu.imports;

import java.io.Serializable;
import org.jspecify.annotations.Nullable;
import org.lantu.plan.VersionDiff;

/**
 * What importing one document did. Serializable: the home page hands it to the next request in the
 * session's flash attributes, and sessions are stored in the database.
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
        @Nullable String error)
        implements Serializable {

    public boolean failed() {
        return "failed".equals(status);
    }
}
