package org.lantu.web.api;

import org.jspecify.annotations.Nullable;
import org.lantu.audit.AuditLog;
import org.lantu.audit.AuditPage;
import org.lantu.audit.AuditQuery;
import org.lantu.security.AccessService;
import org.lantu.security.Role;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/audit} (admins only; an admin of a unit reads the entries of its users, {@link
 * AccessService#auditActors}): the audit log, newest first. Filters: {@code actor}, {@code
 * action} (a prefix when it ends in a dot: {@code login.}), {@code object} ({@code type} or {@code
 * type:id}, e.g. {@code plan:12}), {@code from} and {@code to} (a date or an ISO-8601 time); {@code page}
 * (from 0) and {@code size} (at most 500).
 */
@RestController
@RequestMapping(path = "/api", produces = MediaType.APPLICATION_JSON_VALUE)
class AuditApiController {

    private final AuditLog audit;
    private final AccessService access;

    AuditApiController(AuditLog audit, AccessService access) {
        this.audit = audit;
        this.access = access;
    }

    @GetMapping("/audit")
    AuditPage list(
            @RequestParam(required = false) @Nullable String actor,
            @RequestParam(required = false) @Nullable String action,
            @RequestParam(required = false) @Nullable String object,
            @RequestParam(required = false) @Nullable String from,
            @RequestParam(required = false) @Nullable String to,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "100") int size) {
        if (access.current().filter(u -> u.role() == Role.ADMIN).isEmpty()) {
            throw new ApiException(HttpStatus.FORBIDDEN, "forbidden", "只有管理员可以查看审计日志。Only admins read the audit log.");
        }
        return audit.list(
                AuditQuery.parse(actor, action, object, from, to, page, size).withActorsIn(access.auditActors()));
    }
}
