package org.lantu.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/** A browser-like HTTP client for page tests: cookies kept, redirects visible, HTML parsed. */
public final class WebClient {

    private final String base;
    private final CookieManager cookies = new CookieManager();
    private final HttpClient http;
    private @org.jspecify.annotations.Nullable String csrf;

    public WebClient(int port) {
        this.base = "http://localhost:" + port;
        this.http = HttpClient.newBuilder()
                .cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
    }

    public CookieManager cookies() {
        return cookies;
    }

    /**
     * Logs in with the form, as a person does, and keeps the session's CSRF token for later writes (the
     * token changes at login, with the session).
     */
    public WebClient login(String username, String password) {
        Document form = get("/login").doc();
        String token = form.selectFirst("input[name=_csrf]").attr("value");
        Page done = postForm("/login", Map.of("username", username, "password", password, "_csrf", token));
        if (done.status() != 302 || done.header("Location").contains("error")) {
            throw new AssertionError(
                    "login as " + username + " failed: " + done.status() + " " + done.header("Location"));
        }
        org.jsoup.nodes.Element field = get("/").doc().selectFirst("input[name=_csrf]");
        csrf = field != null ? field.attr("value") : null;
        return this;
    }

    /** A page as a browser asks for it. */
    public Page get(String path) {
        return send(HttpRequest.newBuilder(uri(path))
                .header("Accept", "text/html,application/xhtml+xml")
                .GET()
                .build());
    }

    public Page getJson(String path) {
        return send(HttpRequest.newBuilder(uri(path))
                .header("Accept", "application/json")
                .GET()
                .build());
    }

    public Page postForm(String path, Map<String, String> fields) {
        String body = fields.entrySet().stream()
                .map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                .collect(Collectors.joining("&"));
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
                .header("Accept", "text/html")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (csrf != null && !fields.containsKey("_csrf")) {
            request.header("X-CSRF-TOKEN", csrf);
        }
        return send(request.build());
    }

    /** A multipart upload, one part named {@code file} per entry (file name → content). */
    public Page upload(String path, Map<String, byte[]> files, boolean asScript) {
        String boundary = "----lantu" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        try {
            for (Map.Entry<String, byte[]> f : files.entrySet()) {
                body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
                                + f.getKey() + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
                        .getBytes(StandardCharsets.UTF_8));
                body.write(f.getValue());
                body.write("\r\n".getBytes(StandardCharsets.UTF_8));
            }
            body.write(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
                .header("Accept", "text/html")
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
        if (asScript) {
            request.header("X-Requested-With", "XMLHttpRequest");
        }
        if (csrf != null) {
            request.header("X-CSRF-TOKEN", csrf);
        }
        return send(request.build());
    }

    /** A JSON request (POST, PUT, PATCH, DELETE) with the session's CSRF token. */
    public Page sendJson(String method, String path, String json) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
                .header("Accept", "application/json")
                .header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        if (csrf != null) {
            request.header("X-CSRF-TOKEN", csrf);
        }
        return send(request.build());
    }

    /** Any request, built by the caller (other headers, other bodies); sent with this client's cookies. */
    public Page send(HttpRequest.Builder request) {
        return send(request.build());
    }

    /** The absolute address of a path on this server. */
    public URI uri(String path) {
        return URI.create(base + path);
    }

    /** Follows a redirect the way a browser would, with a GET. */
    public Page follow(Page redirect) {
        String location = redirect.header("Location");
        if (location == null) {
            throw new AssertionError("not a redirect: " + redirect.status());
        }
        URI target = URI.create(base).resolve(location);
        return get(target.getRawPath() + (target.getRawQuery() != null ? "?" + target.getRawQuery() : ""));
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private Page send(HttpRequest request) {
        try {
            HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Page(r.statusCode(), r.body(), r);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A response: status, body and, for HTML, the parsed document. */
    public record Page(int status, String body, HttpResponse<String> response) {

        public Document doc() {
            return Jsoup.parse(body);
        }

        public String header(String name) {
            return response.headers().firstValue(name).orElse(null);
        }
    }
}
