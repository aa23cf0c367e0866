package org.lantu.security.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.lantu.audit.AuditLog;
import org.slf4j.MDC;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AccountStatusException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.InsufficientAuthenticationException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.csrf.CsrfException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The API's answers to a missing login (401) and a refusal (403), as {@code {"error": "...", "detail":
 * "..."}}. An anonymous request is always told to log in, also when it lacks a CSRF token. Browsers (they
 * send {@code Sec-Fetch-Mode}) get no Basic challenge, so that they never show a login box nor keep Basic
 * credentials that a cross-site form could use.
 */
public final class JsonErrors implements AuthenticationEntryPoint, AccessDeniedHandler {

    /** The body of an error answer. */
    public record ErrorBody(String error, String detail) {}

    static final String LOGIN_NEEDED = "需要登录：HTTP Basic、API 令牌（Authorization: Bearer lantu_…）或浏览器会话。"
            + "Authentication required: HTTP Basic, an API token (Authorization: Bearer lantu_…) or a browser"
            + " session.";
    static final String BAD_CREDENTIALS = "用户名或密码不正确。Wrong user name or password.";
    static final String CSRF = "缺少或无效的 CSRF 令牌：浏览器会话中的写操作须在 X-CSRF-TOKEN 头中附上页面的 CSRF 令牌。"
            + "Missing or invalid CSRF token: a write in a browser session needs the page's CSRF token in the"
            + " X-CSRF-TOKEN header.";
    static final String FORBIDDEN = "无权执行此操作。You are not allowed to do this.";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        String detail;
        if (e instanceof ApiTokenFilter.InvalidTokenException) {
            detail = e.getMessage();
        } else if (e instanceof BadCredentialsException || e instanceof AccountStatusException) {
            detail = BAD_CREDENTIALS;
        } else {
            detail = LOGIN_NEEDED;
        }
        String challenge = request.getHeader("Sec-Fetch-Mode") != null
                ? "Bearer realm=\"lantu\""
                : "Basic realm=\"lantu\", Bearer realm=\"lantu\"";
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, challenge);
        write(response, HttpServletResponse.SC_UNAUTHORIZED, new ErrorBody("unauthorized", detail));
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException {
        if (e instanceof CsrfException) {
            Authentication auth = SecurityContextHolder.getContext().getAuthentication();
            if (auth == null || !auth.isAuthenticated() || auth instanceof AnonymousAuthenticationToken) {
                commence(request, response, new InsufficientAuthenticationException(LOGIN_NEEDED));
                return;
            }
            write(response, HttpServletResponse.SC_FORBIDDEN, new ErrorBody("forbidden", CSRF));
            return;
        }
        write(response, HttpServletResponse.SC_FORBIDDEN, new ErrorBody("forbidden", FORBIDDEN));
    }

    static void write(HttpServletResponse response, int status, ErrorBody body) throws IOException {
        if (response.isCommitted()) {
            return;
        }
        response.setStatus(status);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("error", body.error());
        out.put("detail", body.detail());
        String id = MDC.get(AuditLog.REQUEST_ID);
        if (id != null) {
            out.put("request_id", id);
        }
        response.getWriter().write(JSON.writeValueAsString(out));
        response.getWriter().flush();
    }
}
