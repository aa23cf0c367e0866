package org.lantu.audit;

import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * One entry of the audit log (审计记录).
 *
 * @param seq its place in the chain, from 1, without gaps
 * @param actor the user name, {@code anonymous}, the name tried at a failed login, {@code cli} or {@code
 *     system}
 * @param action what happened, {@code <object>.<verb>} ({@code login.failure}, {@code correction.create})
 * @param oldValue the value before, as canonical JSON text (keys sorted); null when there was none
 * @param newValue the value after, as canonical JSON text; null when there is none
 * @param clientAddress the client's IP address, null outside a request
 * @param requestId the request's {@code X-Request-Id}, null outside a request
 * @param prevHash the previous entry's hash (64 zeros for the first)
 * @param hash SHA-256 (hex) of {@code prevHash} and this entry's canonical content
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record AuditEntry(
        long seq,
        OffsetDateTime at,
        String actor,
        String action,
        String objectType,
        @Nullable String objectId,
        @Nullable String oldValue,
        @Nullable String newValue,
        @Nullable String reason,
        @Nullable String clientAddress,
        @Nullable String requestId,
        String prevHash,
        String hash) {}
