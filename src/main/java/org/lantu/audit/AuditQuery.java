package org.lantu.audit;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Filters of the audit log; every null filter matches everything.
 *
 * @param actor the actor, exactly (case-insensitive)
 * @param action an action, or a prefix of one ending in a dot ({@code login.} matches every login action)
 * @param objectType the object's type ({@code plan}, {@code user} …)
 * @param objectId the object's id (with {@code objectType})
 * @param from entries at or after
 * @param to entries before
 * @param page from 0, newest entries first
 * @param size entries per page (1–500)
 * @param actorsIn the reader's scope: only entries whose actor is one of these names (case-insensitive);
 *     null for every entry, an empty list for none
 */
public record AuditQuery(
        @Nullable String actor,
        @Nullable String action,
        @Nullable String objectType,
        @Nullable String objectId,
        @Nullable OffsetDateTime from,
        @Nullable OffsetDateTime to,
        int page,
        int size,
        @Nullable List<String> actorsIn) {

    public AuditQuery {
        page = Math.max(page, 0);
        size = Math.min(Math.max(size, 1), 500);
        actorsIn = actorsIn == null ? null : List.copyOf(actorsIn);
    }

    /** A query of every actor's entries. */
    public AuditQuery(
            @Nullable String actor,
            @Nullable String action,
            @Nullable String objectType,
            @Nullable String objectId,
            @Nullable OffsetDateTime from,
            @Nullable OffsetDateTime to,
            int page,
            int size) {
        this(actor, action, objectType, objectId, from, to, page, size, null);
    }

    /** The same query limited to the entries of these actors (null: no limit). */
    public AuditQuery withActorsIn(@Nullable List<String> actors) {
        return new AuditQuery(actor, action, objectType, objectId, from, to, page, size, actors);
    }

    /**
     * A query from text filters as the API and the command line take them: {@code object} is a type or
     * {@code type:id} ({@code plan:12}), {@code from} and {@code to} as {@link #time} reads them.
     *
     * @throws IllegalArgumentException when a time reads as none
     */
    public static AuditQuery parse(
            @Nullable String actor,
            @Nullable String action,
            @Nullable String object,
            @Nullable String from,
            @Nullable String to,
            int page,
            int size) {
        String type = null;
        String id = null;
        if (object != null && !object.isBlank()) {
            int colon = object.indexOf(':');
            type = colon < 0 ? object.strip() : object.substring(0, colon).strip();
            id = colon < 0 ? null : object.substring(colon + 1).strip();
        }
        return new AuditQuery(actor, action, type, id, time(from, false), time(to, true), page, size);
    }

    /** Everything, the newest 50 first. */
    public static AuditQuery all() {
        return new AuditQuery(null, null, null, null, null, null, 0, 50);
    }

    /**
     * A filter's time from text: a date ({@code 2026-01-31}, in China's time; as an upper bound, up to
     * the end of that day) or an ISO-8601 time with offset; null when blank.
     *
     * @throws IllegalArgumentException when it reads as neither
     */
    public static @Nullable OffsetDateTime time(@Nullable String text, boolean upper) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String t = text.strip();
        try {
            LocalDate day = LocalDate.parse(t);
            return (upper ? day.plusDays(1) : day)
                    .atStartOfDay(ZoneId.of("Asia/Shanghai"))
                    .toOffsetDateTime();
        } catch (DateTimeParseException e) {
            try {
                return OffsetDateTime.parse(t);
            } catch (DateTimeParseException e2) {
                throw new IllegalArgumentException(
                        "'" + t + "' is neither a date (2026-01-31) nor an ISO-8601 time (2026-01-31T08:00:00+08:00)");
            }
        }
    }
}
