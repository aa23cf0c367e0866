package org.lantu.security.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Instant;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.lantu.security.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The second factor (双因素认证) of admins and planners under {@code lantu serve --require-2fa}: after the
 * password, a session must show a TOTP code (and enrol one the first time) before anything else. A personal
 * API token — created from such a session — needs nothing more; a password alone over Basic is refused.
 */
final class SecondFactor extends OncePerRequestFilter {

    static final String VERIFIED = "lantu.totp.verified";
    static final String PENDING_SECRET = "lantu.totp.pending";

    private final JdbcClient jdbc;
    private final boolean api;

    SecondFactor(JdbcClient jdbc, boolean api) {
        this.jdbc = jdbc;
        this.api = api;
    }

    /** Whether a user of this role must show a second factor. */
    static boolean required(Role role) {
        return role == Role.ADMIN || role == Role.PLANNER;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        LantuUserDetails user = user(auth);
        if (user == null || !required(user.user().role()) || auth instanceof ApiTokenAuthentication) {
            chain.doFilter(request, response);
            return;
        }
        HttpSession session = request.getSession(false);
        if (session != null && Boolean.TRUE.equals(session.getAttribute(VERIFIED))) {
            chain.doFilter(request, response);
            return;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (!api && (path.equals("/login/totp") || path.equals("/logout") || path.startsWith("/css/"))) {
            chain.doFilter(request, response);
            return;
        }
        if (api) {
            response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
            response.setContentType("application/json;charset=UTF-8");
            response.getWriter()
                    .write("{\"error\":\"second_factor_required\",\"detail\":\"this server requires a second factor"
                            + " for admins and planners: sign in on the web page, or use a personal API token\"}");
            return;
        }
        response.sendRedirect(request.getContextPath() + "/login/totp");
    }

    static @Nullable LantuUserDetails user(@Nullable Authentication auth) {
        if (auth == null || !auth.isAuthenticated()) {
            return null;
        }
        Object p = auth.getPrincipal();
        return p instanceof LantuUserDetails u ? u : null;
    }

    /** The enrolled secret of a user, if any. */
    static Optional<String> secret(JdbcClient jdbc, long userId) {
        return jdbc.sql("select secret from security.user_totp where user_id = ?")
                .param(userId)
                .query(String.class)
                .optional();
    }

    /**
     * Checks a code: against the enrolled secret, or the pending one (which it then enrols). A code's step is
     * used once only.
     */
    static boolean verify(JdbcClient jdbc, long userId, @Nullable String pending, String code) {
        long now = Totp.step(Instant.now().getEpochSecond());
        Optional<String> enrolled = secret(jdbc, userId);
        String secret = enrolled.orElse(pending);
        if (secret == null) {
            return false;
        }
        long step = Totp.matchingStep(secret, code, now);
        if (step < 0) {
            return false;
        }
        if (enrolled.isEmpty()) {
            return jdbc.sql("""
                                    insert into security.user_totp (user_id, secret, last_step) values (?, ?, ?)
                                    on conflict (user_id) do nothing""").params(userId, secret, step).update() == 1;
        }
        return jdbc.sql("update security.user_totp set last_step = ? where user_id = ? and last_step < ?")
                        .params(step, userId, step)
                        .update()
                == 1;
    }
}
