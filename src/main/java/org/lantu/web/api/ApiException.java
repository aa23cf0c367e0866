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

    /** Spreadsheets and data files are limited on purpose to 20 MB (documents: 50 MB). */
    public static final long SPREADSHEET_LIMIT = 20L * 1024 * 1024;

    public static void checkSpreadsheetSize(long bytes) {
        if (bytes > SPREADSHEET_LIMIT) {
            throw new ApiException(
                    HttpStatus.CONTENT_TOO_LARGE,
                    "too_large",
                    "the file has " + (bytes / (1024 * 1024))
                            + " MB; spreadsheets and data files are limited to 20 MB");
        }
    }

    public HttpStatus status() {
        return status;
    }

    public String error() {
        return error;
    }
}
