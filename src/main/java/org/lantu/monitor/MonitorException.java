package org.lantu.monitor;

import org.jspecify.annotations.Nullable;

/**
 * A refused monitoring request: its kind (which the API maps to a status) and a message in Chinese and
 * English.
 */
public class MonitorException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Why a request was refused. */
    public enum Kind {
        /** Absent, or outside the caller's scope (404). */
        NOT_FOUND,
        /** Visible, but the caller may not do this (403). */
        FORBIDDEN,
        /** Bad input (400/422). */
        INVALID,
        /** The period is locked (409). */
        LOCKED,
        /** The object changed since it was read, or is in the wrong state (409). */
        CONFLICT
    }

    private final Kind kind;
    private final transient @Nullable Object current;

    public MonitorException(Kind kind, String message) {
        this(kind, message, null);
    }

    /** @param current the object as it now is, for a conflict: the client shows it and retries */
    public MonitorException(Kind kind, String message, @Nullable Object current) {
        super(message);
        this.kind = kind;
        this.current = current;
    }

    public Kind kind() {
        return kind;
    }

    /** The object as it now is (an {@link Observation}, a {@link Project} …), for a conflict; else null. */
    public @Nullable Object current() {
        return current;
    }

    static MonitorException notFound(String what) {
        return new MonitorException(Kind.NOT_FOUND, "不存在：" + what + "。" + what + " does not exist.");
    }

    static MonitorException forbidden(String zh, String en) {
        return new MonitorException(Kind.FORBIDDEN, zh + " " + en);
    }

    static MonitorException invalid(String zh, String en) {
        return new MonitorException(Kind.INVALID, zh + " " + en);
    }
}
