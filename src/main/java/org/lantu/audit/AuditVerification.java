package org.lantu.audit;

import org.jspecify.annotations.Nullable;

/**
 * The result of checking the audit log's hash chain.
 *
 * @param entries how many entries were checked
 * @param headHash the last entry's hash (keep it elsewhere to detect a rewritten chain); null when empty
 * @param firstBroken the first entry whose hash or link does not hold; null when the chain is intact
 * @param problem what is wrong with it
 */
public record AuditVerification(
        long entries,
        @Nullable String headHash,
        @Nullable Long firstBroken,
        @Nullable String problem) {

    public boolean intact() {
        return firstBroken == null;
    }
}
