package org.lantu.security.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.util.List;
import java.util.Map;
import org.lantu.audit.AuditLog;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code /login/totp}: enrol an authenticator app the first time (and get the recovery codes, shown once),
 * then show its code — or one recovery code — at every sign-in. A wrong code is a failed login: it counts
 * towards the lockout, and the one that locks the name ends the session.
 */
@Controller
class SecondFactorController {

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final LoginAttempts attempts;
    private final RecoveryCodes recovery;
    private final TotpEnrolment enrolment;

    SecondFactorController(
            JdbcClient jdbc, AuditLog audit, LoginAttempts attempts, RecoveryCodes recovery, TotpEnrolment enrolment) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.attempts = attempts;
        this.recovery = recovery;
        this.enrolment = enrolment;
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
    String verify(@RequestParam String code, HttpServletRequest request, HttpServletResponse response, Model model) {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        LantuUserDetails user = SecondFactor.user(auth);
        if (user == null) {
            return "redirect:/login";
        }
        String name = LoginAttempts.key(user.getUsername());
        if (attempts.locked(name)) {
            audit.recordAs(name, AuditLog.LOGIN_LOCKED, "user", name, null, null, "second factor");
            new SecurityContextLogoutHandler().logout(request, response, auth);
            return "redirect:/login?error";
        }
        HttpSession session = request.getSession();
        String pending = (String) session.getAttribute(SecondFactor.PENDING_SECRET);
        // a first sign-in enrols the pending secret with its recovery codes in one transaction, or not at all
        TotpEnrolment.Result enrolled = pending != null
                ? enrolment.enrol(user.id(), user.getUsername(), pending, code)
                : new TotpEnrolment.Result(SecondFactor.verify(jdbc, user.id(), null, code), null);
        boolean byTotp = enrolled.verified();
        boolean byRecoveryCode = !byTotp && pending == null && recovery.use(user.id(), code);
        if (!byTotp && !byRecoveryCode) {
            if (attempts.secondFactorFailed(name)) {
                new SecurityContextLogoutHandler().logout(request, response, auth);
                return "redirect:/login?error";
            }
            return "redirect:/login/totp?error";
        }
        session.removeAttribute(SecondFactor.PENDING_SECRET);
        session.setAttribute(SecondFactor.VERIFIED, Boolean.TRUE);
        if (byRecoveryCode) {
            audit.recordAs(
                    name,
                    AuditLog.LOGIN_RECOVERY_CODE,
                    "user",
                    name,
                    null,
                    Map.of("remaining", recovery.remaining(user.id())),
                    null);
        }
        audit.recordAs(name, AuditLog.LOGIN_SUCCESS, "user", name, null, null, "second factor");
        List<String> codes = enrolled.codes();
        if (codes != null) {
            // shown in this answer only: never stored in the session, never seen again
            model.addAttribute("codes", codes);
            return "login-recovery-codes";
        }
        return "redirect:/";
    }
}
