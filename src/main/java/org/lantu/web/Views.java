package org.lantu.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.lantu.plan.Comparator;
import org.lantu.plan.PlanKind;
import org.lantu.plan.TargetKind;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.util.UriComponentsBuilder;
import tools.jackson.databind.JsonNode;

/** Helpers the templates call as {@code @views}: message keys for codes, values as text, links. */
@Component("views")
public class Views {

    /** A JSON value as a person reads it; null for absent, null or blank. */
    static @Nullable String display(@Nullable JsonNode n) {
        if (n == null || n.isMissingNode() || n.isNull()) {
            return null;
        }
        if (n.isString()) {
            String s = n.asString();
            return s.isBlank() ? null : s;
        }
        if (n.isNumber()) {
            return n.decimalValue().stripTrailingZeros().toPlainString();
        }
        if (n.isArray()) {
            StringBuilder out = new StringBuilder();
            for (JsonNode e : n) {
                String s = display(e);
                if (s != null) {
                    out.append(out.isEmpty() ? "" : "、").append(s);
                }
            }
            return out.isEmpty() ? null : out.toString();
        }
        return n.toString();
    }

    /** A correction's old or new value as text, {@code —} for none. */
    public String value(@Nullable JsonNode n) {
        String s = display(n);
        return s != null ? s : "—";
    }

    public String kindKey(@Nullable String code) {
        for (PlanKind k : PlanKind.values()) {
            if (k.code().equals(code)) {
                return "kind." + k.code();
            }
        }
        return "kind.other";
    }

    /** The message key for a comparator code ({@code >=} → {@code comparator.ge}). */
    public String comparatorKey(@Nullable String code) {
        for (Comparator c : Comparator.values()) {
            if (c.code().equals(code)) {
                return "comparator." + c.name().toLowerCase(Locale.ROOT);
            }
        }
        return "comparator.unknown";
    }

    public String targetKindKey(@Nullable String code) {
        for (TargetKind k : TargetKind.values()) {
            if (k.code().equals(code)) {
                return "targetKind." + k.code();
            }
        }
        return "targetKind.unknown";
    }

    public String levelKey(@Nullable String level) {
        return switch (level == null ? "" : level) {
            case "region", "league", "county", "township", "village" -> "level." + level;
            default -> "level.unknown";
        };
    }

    public String itemTypeKey(@Nullable String type) {
        return switch (type == null ? "" : type) {
            case "section", "indicator", "target", "responsibility", "project", "project_summary" -> "type." + type;
            default -> "type.unknown";
        };
    }

    /** A line of a plan's latest source, highlighted. */
    public String source(long planId, int line) {
        return new PlanLinks(planId, null).source(line, null);
    }

    /** The page being shown, in another language: the same path and query with {@code lang} set. */
    public String langHref(String lang) {
        HttpServletRequest request = currentRequest();
        if (request == null) {
            return "/?lang=" + lang;
        }
        Object errorUri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        UriComponentsBuilder b;
        if (errorUri instanceof String uri) {
            b = UriComponentsBuilder.fromPath(uri);
        } else {
            b = UriComponentsBuilder.fromPath(request.getRequestURI()).query(request.getQueryString());
        }
        if (!"GET".equals(request.getMethod()) && errorUri == null) {
            b = UriComponentsBuilder.fromPath("/");
        }
        return b.replaceQueryParam(WebConfiguration.LANG_PARAM, lang).build().toUriString();
    }

    private static @Nullable HttpServletRequest currentRequest() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes a
                ? a.getRequest()
                : null;
    }
}
