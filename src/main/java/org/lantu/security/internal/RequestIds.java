package org.lantu.security.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.lantu.audit.AuditLog;
import org.lantu.store.DatabaseHealth;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.MediaType;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.HtmlUtils;

/**
 * The outermost filter. Every request gets an id: the caller's {@code X-Request-Id} when it is a short
 * token of safe characters (a proxy's), else a new one; it is in the response's {@code X-Request-Id}
 * header, the log lines of the request (MDC {@code requestId}), the audit entries and every error page
 * and JSON error.
 *
 * <p>It also turns an unreachable database into 503 (JSON under {@code /api}, a page otherwise), wherever
 * in the request the failure came up (the session store, a login, a controller), without a stack trace;
 * the connection pool reconnects by itself once the database is back. While the {@link DatabaseHealth}
 * probe finds the database down, requests are answered so at once, without waiting for a connection.
 *
 * <p>A pool that is merely exhausted (a request waited {@code connection-timeout} for a connection while the
 * database answers the probe) is not an outage: that is 503 {@code busy} with {@code Retry-After: 2}, logged
 * with the pool's state.
 */
final class RequestIds extends OncePerRequestFilter {

    static final String HEADER = "X-Request-Id";
    private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9._:-]{8,64}");
    private static final Logger log = LoggerFactory.getLogger(RequestIds.class);

    static final String BUSY_DETAIL = "服务器繁忙，请稍后重试。The server is busy right now; try again in a moment.";

    static final String UNAVAILABLE_DETAIL = "数据库暂时无法连接，请稍后再试；恢复后无需重启蓝图。"
            + "The database cannot be reached right now; try again shortly (Lantu needs no restart).";

    private final DatabaseHealth health;

    RequestIds(DatabaseHealth health) {
        this.health = health;
    }

    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        return false;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String id = request.getAttribute(AuditLog.REQUEST_ID) instanceof String s ? s : id(request);
        request.setAttribute(AuditLog.REQUEST_ID, id);
        response.setHeader(HEADER, id);
        String outer = MDC.get(AuditLog.REQUEST_ID);
        MDC.put(AuditLog.REQUEST_ID, id);
        try {
            if (!health.reachable()) {
                log.warn("database unavailable (probe): {} {}", request.getMethod(), request.getRequestURI());
                writeUnavailable(request, response, id, false);
                return;
            }
            chain.doFilter(request, response);
        } catch (IOException | ServletException | RuntimeException e) {
            if (!unavailable(e)) {
                throw e;
            }
            if (poolTimeout(e) && health.reachable()) {
                log.warn(
                        "connection pool exhausted ({}): {} {}",
                        health.pool(),
                        request.getMethod(),
                        request.getRequestURI());
                writeUnavailable(request, response, id, true);
            } else {
                log.warn("database unavailable: {}", rootMessage(e));
                health.connectionLost();
                writeUnavailable(request, response, id, false);
            }
        } finally {
            if (outer == null) {
                MDC.remove(AuditLog.REQUEST_ID);
            } else {
                MDC.put(AuditLog.REQUEST_ID, outer);
            }
        }
    }

    static String id(HttpServletRequest request) {
        String given = request.getHeader(HEADER);
        if (given != null && SAFE.matcher(given).matches()) {
            return given;
        }
        return UUID.randomUUID().toString();
    }

    /** Does the failure come from a database that cannot be reached (down, restarting, refusing)? */
    static boolean unavailable(@Nullable Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            // a rollback that fails on the broken connection hides the failure that caused it
            if (t instanceof TransactionSystemException tse && unavailable(tse.getApplicationException())) {
                return true;
            }
            if (t instanceof DataAccessResourceFailureException
                    || t instanceof CannotCreateTransactionException
                    || t instanceof SQLTransientConnectionException
                    || t instanceof SQLNonTransientConnectionException) {
                return true;
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                String state = sql.getSQLState();
                // 08: connection exception; 57P01–57P03: the server shuts down or is starting
                if (state.startsWith("08") || state.startsWith("57P")) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Did the failure come from waiting for a pooled connection (Hikari's {@code SQLTransientConnectionException}
     * "request timed out")? With the database answering the probe, that is a busy pool, not an outage.
     */
    static boolean poolTimeout(@Nullable Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLTransientConnectionException) {
                return true;
            }
        }
        return false;
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getClass().getSimpleName();
    }

    static void writeUnavailable(HttpServletRequest request, HttpServletResponse response, String id, boolean busy)
            throws IOException {
        if (response.isCommitted()) {
            return;
        }
        response.resetBuffer();
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setHeader("Retry-After", busy ? "2" : "10");
        response.setHeader(HEADER, id);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        String accept = request.getHeader("Accept");
        boolean api = request.getRequestURI().startsWith(request.getContextPath() + "/api/")
                || (accept != null && accept.contains("json") && !accept.contains("html"));
        if (api) {
            JsonErrors.write(
                    response,
                    503,
                    busy
                            ? new JsonErrors.ErrorBody("busy", BUSY_DETAIL)
                            : new JsonErrors.ErrorBody("unavailable", UNAVAILABLE_DETAIL));
            return;
        }
        String title = busy ? "服务器繁忙 · Busy" : "暂时无法服务 · Temporarily unavailable";
        String heading = busy
                ? "服务器繁忙 <span lang=\"en\">Busy</span>"
                : "暂时无法服务 <span lang=\"en\">Temporarily unavailable</span>";
        response.setContentType(MediaType.TEXT_HTML_VALUE);
        response.getWriter()
                .write("<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>" + title
                        + "</title><link rel=\"stylesheet\" href=\"/css/lantu.css\"></head>"
                        + "<body><main id=\"main\" class=\"error-page\"><h1>" + heading + "</h1><p>"
                        + HtmlUtils.htmlEscape(busy ? BUSY_DETAIL : UNAVAILABLE_DETAIL) + "</p>"
                        + "<p class=\"muted\">请求编号 Request id: <code>" + HtmlUtils.htmlEscape(id) + "</code></p>"
                        + "<p><a href=\"/\">返回首页 Home</a></p></main></body></html>");
        response.getWriter().flush();
    }
}
