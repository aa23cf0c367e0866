package org.lantu.web.api;

import org.springframework.http.HttpStatus;

/** An API failure with its status; the message is the detail shown to the client. */
public class ApiException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final HttpStatus status;
    private final String error;

    public ApiException(HttpStatus status, String error, String detail) {
        super(detail);
        this.status = status;
        this.error = error;
    }

    public static ApiException notFound(String what) {
        return new ApiException(HttpStatus.NOT_FOUND, "not_found", what + " does not exist");
    }

    public HttpStatus status() {
        return status;
    }

    public String error() {
        return error;
    }
}
