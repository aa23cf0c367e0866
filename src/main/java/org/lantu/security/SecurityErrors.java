package org.lantu.security;

import org.lantu.security.internal.JsonErrors.ErrorBody;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/** Errors of security's own endpoints as {@code {"error": "...", "detail": "..."}}. */
@RestControllerAdvice(assignableTypes = {TokenController.class, UserController.class})
class SecurityErrors {

    @ExceptionHandler(UserException.class)
    ResponseEntity<ErrorBody> user(UserException e) {
        return switch (e.reason()) {
            case INVALID -> body(HttpStatus.BAD_REQUEST, "bad_request", e.getMessage());
            case FORBIDDEN -> body(HttpStatus.FORBIDDEN, "forbidden", e.getMessage());
            case DUPLICATE -> body(HttpStatus.CONFLICT, "conflict", e.getMessage());
        };
    }

    @ExceptionHandler({HttpMessageNotReadableException.class, MethodArgumentTypeMismatchException.class})
    ResponseEntity<ErrorBody> unreadable(Exception e) {
        return body(
                HttpStatus.BAD_REQUEST,
                "bad_request",
                "请求无法读取：须为 JSON，字段类型须正确。The request cannot be read: send JSON with fields of the right types.");
    }

    private static ResponseEntity<ErrorBody> body(HttpStatus status, String error, String detail) {
        return ResponseEntity.status(status).body(new ErrorBody(error, detail));
    }
}
