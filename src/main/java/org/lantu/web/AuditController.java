package org.lantu.web;

import org.jspecify.annotations.Nullable;
import org.lantu.audit.AuditLog;
import org.lantu.audit.AuditPage;
import org.lantu.audit.AuditQuery;
import org.lantu.security.AccessService;
import org.lantu.security.Role;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * {@code /admin/audit}: the audit log for admins, filtered (actor, action, object, dates) and paged; an admin
 * of a unit sees the entries of its users only ({@link AccessService#auditActors}).
 */
@Controller
class AuditController {

    private final AuditLog audit;
    private final AccessService access;

    AuditController(AuditLog audit, AccessService access) {
        this.audit = audit;
        this.access = access;
    }

    @GetMapping("/admin/audit")
    String page(
            @RequestParam(required = false) @Nullable String actor,
            @RequestParam(required = false) @Nullable String action,
            @RequestParam(name = "object_type", required = false) @Nullable String objectType,
            @RequestParam(name = "object_id", required = false) @Nullable String objectId,
            @RequestParam(required = false) @Nullable String from,
            @RequestParam(required = false) @Nullable String to,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        requireAdmin(access);
        AuditQuery query = new AuditQuery(
                        actor,
                        action,
                        objectType,
                        objectId,
                        AuditQuery.time(from, false),
                        AuditQuery.time(to, true),
                        page,
                        50)
                .withActorsIn(access.auditActors());
        AuditPage result = audit.list(query);
        model.addAttribute("result", result);
        model.addAttribute("actor", actor);
        model.addAttribute("action", action);
        model.addAttribute("objectType", objectType);
        model.addAttribute("objectId", objectId);
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        return "audit";
    }

    /** Only admins read the audit log: 403 for everyone else (the page exists for all). */
    static void requireAdmin(AccessService access) {
        if (access.current().filter(u -> u.role() == Role.ADMIN).isEmpty()) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, "only admins read the audit log");
        }
    }
}
