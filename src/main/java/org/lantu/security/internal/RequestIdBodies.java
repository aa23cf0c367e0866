package org.lantu.security.internal;

import java.lang.reflect.RecordComponent;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.lantu.audit.AuditLog;
import org.slf4j.MDC;
import org.springframework.core.MethodParameter;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyAdvice;

/**
 * Every JSON error of every module ({@code {"error", "detail"}}, whatever record writes it) also carries
 * {@code request_id}, the id of the {@code X-Request-Id} header and the log lines.
 */
@ControllerAdvice
class RequestIdBodies implements ResponseBodyAdvice<Object> {

    @Override
    public boolean supports(MethodParameter returnType, Class<? extends HttpMessageConverter<?>> converterType) {
        return true;
    }

    @Override
    public @Nullable Object beforeBodyWrite(
            @Nullable Object body,
            MethodParameter returnType,
            MediaType contentType,
            Class<? extends HttpMessageConverter<?>> converterType,
            ServerHttpRequest request,
            ServerHttpResponse response) {
        if (body == null || !body.getClass().isRecord() || !MediaType.APPLICATION_JSON.isCompatibleWith(contentType)) {
            return body;
        }
        RecordComponent[] components = body.getClass().getRecordComponents();
        if (components.length != 2
                || !components[0].getName().equals("error")
                || !components[1].getName().equals("detail")) {
            return body;
        }
        String id = MDC.get(AuditLog.REQUEST_ID);
        if (id == null) {
            return body;
        }
        try {
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("error", components[0].getAccessor().invoke(body));
            out.put("detail", components[1].getAccessor().invoke(body));
            out.put("request_id", id);
            return out;
        } catch (ReflectiveOperationException e) {
            return body;
        }
    }
}
