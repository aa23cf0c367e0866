package org.lantu.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lantu.security.Browser.basic;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code lantu serve --public}: anyone reads, only logged-in users write. */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"lantu.web.public-read=true", "LANTU_ADMIN_PASSWORD=" + PublicModeTests.ADMIN_PASSWORD})
@Import(TestEndpoints.class)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class PublicModeTests {

    static final String ADMIN_PASSWORD = "Public-Mode-2025-x";
    static final Path DATA = TestEndpoints.dataDir("public");

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) {
        registry.add("lantu.store.data-dir", DATA::toString);
    }

    @LocalServerPort
    int port;

    @Autowired
    TestEndpoints.Echo echo;

    @Autowired
    AccessService access;

    private static JsonNode json(HttpResponse<String> r) {
        return JsonMapper.builder().build().readTree(r.body());
    }

    @Test
    void anonymousVisitorsGetPagesAndTheApi() {
        Browser b = new Browser(port);
        HttpResponse<String> page = b.get("/test/page");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).isEqualTo("a page for anyone");

        HttpResponse<String> api = b.get("/api/test/me");
        assertThat(api.statusCode()).isEqualTo(200);
        assertThat(json(api).get("user").isNull()).isTrue();
        assertThat(json(api).get("reads_everything").asBoolean()).isTrue();
        assertThat(access.isPublicRead()).isTrue();
        assertThat(access.canRead(null)).isTrue();
        assertThat(access.canWrite(null)).isFalse();
    }

    @Test
    void anonymousWritesAreRefused() {
        Browser b = new Browser(port);
        int writes = echo.writes.get();
        HttpResponse<String> api = b.postJson("/api/test/me", "{}");
        assertThat(api.statusCode()).isEqualTo(401);
        assertThat(json(api).get("error").asString()).isEqualTo("unauthorized");

        HttpResponse<String> page = b.postForm("/test/page", Map.of("_csrf", b.csrfToken()));
        assertThat(page.statusCode()).isEqualTo(302);
        assertThat(page.headers().firstValue("Location").orElseThrow()).endsWith("/login");
        assertThat(b.postForm("/test/page", Map.of()).statusCode()).isEqualTo(403);
        assertThat(echo.writes.get()).isEqualTo(writes);
    }

    @Test
    void personalEndpointsStillNeedALogin() {
        Browser b = new Browser(port);
        assertThat(b.get("/api/tokens").statusCode()).isEqualTo(401);
        assertThat(b.postJson("/api/users", "{}").statusCode()).isEqualTo(401);
    }

    @Test
    void loggedInUsersStillWrite() {
        int writes = echo.writes.get();
        HttpResponse<String> r =
                new Browser(port).postJson("/api/test/me", "{}", "Authorization", basic("admin", ADMIN_PASSWORD));
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(echo.writes.get()).isEqualTo(writes + 1);
    }

    @Test
    void theLoginPageOffersToBrowseWithoutLogin() {
        assertThat(new Browser(port).get("/login").body()).contains("Browse without signing in");
    }
}
