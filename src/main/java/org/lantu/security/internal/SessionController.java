package org.lantu.security.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.lantu.audit.AuditLog;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * {@code POST /logout/everywhere}: ends every session of the logged-in user, on every Lantu instance
 * (sessions live in the database), this one included.
 */
@Controller
@ConditionalOnWebApplication
class SessionController {

    private final FindByIndexNameSessionRepository<? extends Session> sessions;
    private final AuditLog audit;

    SessionController(FindByIndexNameSessionRepository<? extends Session> sessions, AuditLog audit) {
        this.sessions = sessions;
        this.audit = audit;
    }

    @PostMapping("/logout/everywhere")
    String everywhere(HttpServletRequest request, HttpServletResponse response, Authentication auth) {
        int ended = endAll(auth.getName());
        audit.record(
                AuditLog.LOGOUT_EVERYWHERE,
                "user",
                LoginAttempts.key(auth.getName()),
                null,
                Map.of("sessions", ended),
                null);
        new SecurityContextLogoutHandler().logout(request, response, auth);
        return "redirect:/login?logout";
    }

    /** Ends every session of the user; how many there were. */
    int endAll(String username) {
        Map<String, ? extends Session> found = sessions.findByPrincipalName(username);
        found.keySet().forEach(sessions::deleteById);
        return found.size();
    }
}
