package org.lantu.security.internal;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.lantu.audit.AuditEntry;
import org.lantu.audit.AuditLog;
import org.lantu.audit.AuditQuery;
import org.springframework.core.env.Environment;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Password logins (form and HTTP Basic) with lockout: after {@code lantu.security.lockout.max-failures}
 * (5) failures within {@code lantu.security.lockout.window} (15 minutes) since the last successful login,
 * a user name is refused — whether or not such a user exists, and whatever the password — until the
 * window has passed. The password is compared (bcrypt, or a dummy hash for an unknown name) in every case,
 * so that the answer takes as long and says the same ({@link JsonErrors#BAD_CREDENTIALS}) whether the name
 * exists, the password is wrong or the account is locked.
 *
 * <p>The failures are counted from the audit log ({@code login.failure} entries), which every Lantu
 * instance on the database shares. A wrong second factor (TOTP or recovery code, {@link #secondFactorFailed})
 * is a failure like a wrong password. A complete login ends the count ({@code login.success}): the form's
 * success handler records it (for a user who must show a second factor, only once the code is right), and
 * so does a successful HTTP Basic login here, when there are failures to end (no audit write for every
 * Basic request otherwise).
 */
final class LoginAttempts implements AuthenticationProvider {

    private final AuthenticationProvider passwords;
    private final AuditLog audit;
    private final int maxFailures;
    private final Duration window;
    private final boolean requireSecondFactor;

    LoginAttempts(AuthenticationProvider passwords, AuditLog audit, Environment environment) {
        this.passwords = passwords;
        this.audit = audit;
        this.requireSecondFactor = environment.getProperty("lantu.security.require-2fa", Boolean.class, false);
        this.maxFailures = environment.getProperty("lantu.security.lockout.max-failures", Integer.class, 5);
        this.window = environment.getProperty("lantu.security.lockout.window", Duration.class, Duration.ofMinutes(15));
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    @Override
    public Authentication authenticate(Authentication attempt) {
        String name = key(attempt.getName());
        long before = failures(name);
        boolean locked = before >= maxFailures;
        Authentication result = null;
        try {
            result = passwords.authenticate(attempt);
        } catch (InternalAuthenticationServiceException e) {
            // the store cannot be read: not a failed login but an outage (503)
            if (e.getCause() instanceof DataAccessException dae) {
                throw dae;
            }
            throw e;
        } catch (AuthenticationException e) {
            result = null;
        }
        if (locked) {
            audit.recordAs(name, AuditLog.LOGIN_LOCKED, "user", name, null, null, null);
            throw new BadCredentialsException(JsonErrors.BAD_CREDENTIALS);
        }
        if (result == null) {
            recordFailure(name, null);
            throw new BadCredentialsException(JsonErrors.BAD_CREDENTIALS);
        }
        if (before > 0 && basic() && !secondFactorRequired(result)) {
            audit.recordAs(name, AuditLog.LOGIN_SUCCESS, "user", name, null, null, "http basic");
        }
        return result;
    }

    /**
     * A wrong second factor of a user past the password: a failure like a wrong password (and the lockout
     * when it is the last allowed). True when the name is locked now.
     */
    boolean secondFactorFailed(String username) {
        String name = key(username);
        recordFailure(name, "second factor");
        return failures(name) >= maxFailures;
    }

    private void recordFailure(String name, @Nullable String reason) {
        audit.recordAs(name, AuditLog.LOGIN_FAILURE, "user", name, null, null, reason);
        if (failures(name) >= maxFailures) {
            audit.recordAs(
                    name,
                    AuditLog.LOCKOUT,
                    "user",
                    name,
                    null,
                    null,
                    maxFailures + " failures within " + window.toMinutes() + " minutes");
        }
    }

    /** Must this user show a second factor after the password (so that the password is no login yet)? */
    boolean secondFactorRequired(Authentication auth) {
        return requireSecondFactor
                && auth.getPrincipal() instanceof LantuUserDetails u
                && SecondFactor.required(u.user().role());
    }

    /** Is this an HTTP Basic login (the API chain; the form posts to {@code /login})? */
    private static boolean basic() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes s
                && s.getRequest().getHeader(HttpHeaders.AUTHORIZATION) != null;
    }

    /** Is the user name locked now? */
    boolean locked(String username) {
        return failures(key(username)) >= maxFailures;
    }

    /** Failed logins of the name within the window and since its last successful one. */
    private long failures(String name) {
        OffsetDateTime since = OffsetDateTime.now().minus(window);
        var last = audit.list(new AuditQuery(null, AuditLog.LOGIN_SUCCESS, "user", name, since, null, 0, 1));
        if (!last.entries().isEmpty()) {
            AuditEntry success = last.entries().get(0);
            since = success.at();
        }
        return audit.count(new AuditQuery(null, AuditLog.LOGIN_FAILURE, "user", name, since, null, 0, 1));
    }

    /** The name as counted: trimmed, lower-case, at most 64 characters (what a user name may be). */
    static String key(String username) {
        String k = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        return k.length() <= 64 ? k : k.substring(0, 64);
    }
}
