package org.lantu.security;

/** A user could not be created; {@link #reason()} tells the HTTP status, the message tells why. */
public class UserException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Why: bad input (400), not allowed (403), the name is taken (409). */
    public enum Reason {
        INVALID,
        FORBIDDEN,
        DUPLICATE
    }

    private final Reason reason;

    public UserException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
