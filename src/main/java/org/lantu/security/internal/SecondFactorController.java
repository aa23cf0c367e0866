package org.lantu.security.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.lantu.audit.AuditLog;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** {@code /login/totp}: enrol an authenticator app the first time, then show its code at every sign-in. */
@Controller
class SecondFactorController {

    private final JdbcClient jdbc;
    private final AuditLog audit;

    SecondFactorController(JdbcClient jdbc, AuditLog audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    @GetMapping("/login/totp")
    String page(HttpServletRequest request, Model model) {
        LantuUserDetails user =
                SecondFactor.user(SecurityContextHolder.getContext().getAuthentication());
        if (user == null) {
            return "redirect:/login";
        }
        HttpSession session = request.getSession();
        boolean enrolled = SecondFactor.secret(jdbc, user.id()).isPresent();
        model.addAttribute("enrolled", enrolled);
        model.addAttribute("error", request.getParameter("error") != null);
        if (!enrolled) {
            String secret = (String) session.getAttribute(SecondFactor.PENDING_SECRET);
            if (secret == null) {
                secret = Totp.newSecret();
                session.setAttribute(SecondFactor.PENDING_SECRET, secret);
            }
            model.addAttribute("secret", secret);
            model.addAttribute("uri", Totp.uri("Lantu", user.getUsername(), secret));
        }
        return "login-totp";
    }

    @PostMapping("/login/totp")
    String verify(@RequestParam String code, HttpServletRequest request) {
        LantuUserDetails user =
                SecondFactor.user(SecurityContextHolder.getContext().getAuthentication());
        if (user == null) {
            return "redirect:/login";
        }
        HttpSession session = request.getSession();
        String pending = (String) session.getAttribute(SecondFactor.PENDING_SECRET);
        if (!SecondFactor.verify(jdbc, user.id(), pending, code)) {
            audit.record("login.totp.failure", "user", user.getUsername(), null, null, null);
            return "redirect:/login/totp?error";
        }
        session.removeAttribute(SecondFactor.PENDING_SECRET);
        session.setAttribute(SecondFactor.VERIFIED, Boolean.TRUE);
        audit.record(
                pending != null ? "login.totp.enrol" : "login.totp.success",
                "user",
                user.getUsername(),
                null,
                null,
                null);
        return "redirect:/";
    }
}
