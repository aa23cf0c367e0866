package org.lantu.web.api;

import java.util.LinkedHashMap;
import java.util.Map;
import org.lantu.monitor.MonitorException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** A refused monitoring request as the API answers it; a conflict carries the object as it now is. */
final class MonitorErrors {

    private MonitorErrors() {}

    static ResponseEntity<Map<String, Object>> of(MonitorException e) {
        HttpStatus status = switch (e.kind()) {
            case NOT_FOUND -> HttpStatus.NOT_FOUND;
            case FORBIDDEN -> HttpStatus.FORBIDDEN;
            case INVALID -> HttpStatus.BAD_REQUEST;
            case LOCKED, CONFLICT -> HttpStatus.CONFLICT;
        };
        String error = switch (e.kind()) {
            case NOT_FOUND -> "not_found";
            case FORBIDDEN -> "forbidden";
            case INVALID -> "bad_request";
            case LOCKED -> "locked";
            case CONFLICT -> "conflict";
        };
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("error", error);
        body.put("detail", e.getMessage());
        if (e.current() != null) {
            body.put("current", e.current());
        }
        return ResponseEntity.status(status).body(body);
    }
}
