package org.lantu.security.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates {@code Authorization: Bearer lantu_…}. A request that carries a bearer token is answered
 * 401 at once when the token is unknown or revoked; it never falls back to a session.
 */
final class ApiTokenFilter extends OncePerRequestFilter {

    private final ApiTokens tokens;
    private final AuthenticationEntryPoint entryPoint;
    private final SecurityContextHolderStrategy contexts = SecurityContextHolder.getContextHolderStrategy();

    ApiTokenFilter(ApiTokens tokens, AuthenticationEntryPoint entryPoint) {
        this.tokens = tokens;
        this.entryPoint = entryPoint;
    }

    /** The bearer token of a request, if it carries one. */
    static Optional<String> bearer(HttpServletRequest request) {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return Optional.empty();
        }
        return Optional.of(header.substring(7).strip());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<String> token = bearer(request);
        if (token.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        Optional<ApiTokens.Holder> holder = tokens.authenticate(token.get());
        if (holder.isEmpty()) {
            contexts.clearContext();
            entryPoint.commence(request, response, new InvalidTokenException());
            return;
        }
        SecurityContext context = contexts.createEmptyContext();
        context.setAuthentication(
                new ApiTokenAuthentication(holder.get().user(), holder.get().tokenId()));
        contexts.setContext(context);
        chain.doFilter(request, response);
    }

    /** The token is unknown, revoked, or its user disabled. */
    static final class InvalidTokenException extends AuthenticationException {
        private static final long serialVersionUID = 1L;

        InvalidTokenException() {
            super("无效或已撤销的 API 令牌。The API token is invalid or has been revoked.");
        }
    }
}
