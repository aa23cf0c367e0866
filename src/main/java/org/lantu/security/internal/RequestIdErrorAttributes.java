package org.lantu.security.internal;

import java.util.Map;
import org.lantu.audit.AuditLog;
import org.springframework.boot.web.error.ErrorAttributeOptions;
import org.springframework.boot.webmvc.error.DefaultErrorAttributes;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.WebRequest;

/** Spring Boot's error answers (the page and its JSON) also carry the request id ({@code requestId}). */
@Component
class RequestIdErrorAttributes extends DefaultErrorAttributes {

    @Override
    public Map<String, Object> getErrorAttributes(WebRequest request, ErrorAttributeOptions options) {
        Map<String, Object> attributes = super.getErrorAttributes(request, options);
        if (request.getAttribute(AuditLog.REQUEST_ID, RequestAttributes.SCOPE_REQUEST) instanceof String id) {
            attributes.put("requestId", id);
        }
        return attributes;
    }
}
