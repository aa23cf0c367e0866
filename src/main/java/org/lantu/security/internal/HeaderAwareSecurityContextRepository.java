package org.lantu.security.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.context.DeferredSecurityContext;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.HttpRequestResponseHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;

/**
 * The API's security context: a request with an {@code Authorization} header is stateless — it is
 * authenticated by that header alone and never by (nor into) a session; other requests use the browser's
 * session, read-only.
 */
final class HeaderAwareSecurityContextRepository implements SecurityContextRepository {

    private final RequestAttributeSecurityContextRepository request = new RequestAttributeSecurityContextRepository();
    private final HttpSessionSecurityContextRepository session = new HttpSessionSecurityContextRepository();

    HeaderAwareSecurityContextRepository() {
        session.setAllowSessionCreation(false);
    }

    static boolean hasCredentials(HttpServletRequest request) {
        return request.getHeader(HttpHeaders.AUTHORIZATION) != null;
    }

    @Override
    public DeferredSecurityContext loadDeferredContext(HttpServletRequest request) {
        return hasCredentials(request)
                ? this.request.loadDeferredContext(request)
                : session.loadDeferredContext(request);
    }

    @Override
    @Deprecated
    public SecurityContext loadContext(HttpRequestResponseHolder holder) {
        return loadDeferredContext(holder.getRequest()).get();
    }

    @Override
    public void saveContext(SecurityContext context, HttpServletRequest request, HttpServletResponse response) {
        this.request.saveContext(context, request, response);
    }

    @Override
    public boolean containsContext(HttpServletRequest request) {
        return this.request.containsContext(request) || (!hasCredentials(request) && session.containsContext(request));
    }
}
