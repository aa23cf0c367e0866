/**
 * The audit log (安全审计): who did what to which object, when, from where, with the old and new value and
 * the reason. Append-only (a trigger refuses UPDATE, DELETE and TRUNCATE) and hash-chained (each entry's
 * SHA-256 covers the previous entry's hash and its own canonical content), so that a changed, removed or
 * inserted row is found by {@code lantu audit verify}.
 *
 * <h2>Recording from another module</h2>
 *
 * Inject {@link org.lantu.audit.AuditLog} and call {@code record} inside the transaction that makes the
 * change, after the change: the entry commits or rolls back with it.
 *
 * <pre>{@code
 * audit.record("observation.create", "observation", String.valueOf(id), null, observation, reason);
 * audit.record(AuditLog.EXPORT, "plan", String.valueOf(planId), null, Map.of("format", "xlsx"), null);
 * }</pre>
 *
 * The actor, client address and request id come from the current request and security context; outside a
 * request the actor is {@code lantu.audit.default-actor} ({@code system}; the command line sets {@code
 * cli}). Actions are dotted lower-case names, {@code <object>.<verb>}; the ones Lantu writes are the
 * constants of {@link org.lantu.audit.AuditLog}.
 *
 * <p>Retention: entries are never deleted by Lantu; 等保 2.0 and 网络安全法 §21 ask for at least six
 * months. See {@code docs/security.md}.
 */
@NullMarked
package org.lantu.audit;

import org.jspecify.annotations.NullMarked;
