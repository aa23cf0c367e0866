package org.lantu.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lantu.security.Browser.basic;
import static org.lantu.security.Browser.bearer;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Login by form, Basic and token against the running server, on a real PostgreSQL. */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "LANTU_ADMIN_PASSWORD=" + WebSecurityTests.ADMIN_PASSWORD)
@Import(TestEndpoints.class)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class WebSecurityTests {

    static final String ADMIN_PASSWORD = "Lantu-Secret-2025-x";
    static final String PASSWORD = "Hangjin-Planner-2025";
    static final Path DATA = TestEndpoints.dataDir("web-security");
    static final JsonMapper JSON = JsonMapper.builder().build();

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) {
        registry.add("lantu.store.data-dir", DATA::toString);
    }

    @LocalServerPort
    int port;

    @Autowired
    UserService users;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestEndpoints.Echo echo;

    @BeforeEach
    void users() {
        ensure("hjq-planner", "planner", "杭锦旗", List.of());
        ensure("hjq-viewer", "viewer", "杭锦旗", List.of());
        ensure("ordos-planner", "planner", "鄂尔多斯市", List.of());
    }

    private void ensure(String name, String role, String unit, List<String> departments) {
        if (users.find(name).isEmpty()) {
            users.create(new CreateUser(name, PASSWORD, role, unit, departments), null);
        }
    }

    private Browser browser() {
        return new Browser(port);
    }

    static JsonNode json(HttpResponse<String> response) {
        return JSON.readTree(response.body());
    }

    // --- the admin of the first start

    @Test
    void theFirstStartCreatesTheAdminWithThePasswordFromTheEnvironment() {
        HttpResponse<String> me = browser().get("/api/test/me", "Authorization", basic("admin", ADMIN_PASSWORD));
        assertThat(me.statusCode()).isEqualTo(200);
        assertThat(json(me).get("user").asString()).isEqualTo("admin");
        assertThat(json(me).get("reads_everything").asBoolean()).isTrue();
        assertThat(Files.exists(DATA.resolve("admin-password.txt"))).isFalse();
    }

    // --- pages and the form login

    @Test
    void pagesRedirectAnonymousVisitorsToTheLoginPage() {
        HttpResponse<String> page = browser().get("/test/page");
        assertThat(page.statusCode()).isEqualTo(302);
        assertThat(page.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
    }

    @Test
    void theLoginPageAndStaticAssetsArePublic() {
        Browser b = browser();
        HttpResponse<String> login = b.get("/login");
        assertThat(login.statusCode()).isEqualTo(200);
        assertThat(login.body()).contains("登录", "Sign in", "name=\"_csrf\"", "/css/login.css");
        assertThat(login.body()).doesNotContain("<script");
        HttpResponse<String> css = b.get("/css/login.css");
        assertThat(css.statusCode()).isEqualTo(200);
        assertThat(css.body()).contains(".login");
    }

    @Test
    void formLoginOpensASessionUnderANewIdAndLogoutEndsIt() {
        Browser b = browser();
        b.get("/login");
        String before = b.sessionId();
        assertThat(before).isNotNull();

        HttpResponse<String> login = b.login("hjq-planner", PASSWORD);
        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(login.headers().firstValue("Location").orElseThrow()).doesNotContain("error");
        String after = b.sessionId();
        assertThat(after).isNotNull().isNotEqualTo(before);

        HttpResponse<String> page = b.get("/test/page");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).isEqualTo("a page for hjq-planner");
        // the id from before the login opens nothing (no session fixation)
        assertThat(b.getWithSession("/test/page", before).statusCode()).isEqualTo(302);

        HttpResponse<String> logout = b.postForm("/logout", Map.of("_csrf", b.csrfToken()));
        assertThat(logout.statusCode()).isEqualTo(302);
        assertThat(logout.headers().firstValue("Location").orElseThrow()).endsWith("/login?logout");
        assertThat(b.get("/test/page").statusCode()).isEqualTo(302);
        assertThat(b.getWithSession("/test/page", after).statusCode()).isEqualTo(302);
    }

    @Test
    void aWrongPasswordShowsAnErrorAndOpensNoSession() {
        Browser b = browser();
        HttpResponse<String> login = b.login("hjq-planner", "Wrong-Password-123");
        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(login.headers().firstValue("Location").orElseThrow()).endsWith("/login?error");
        assertThat(login.headers().allValues("Set-Cookie")).isEmpty();
        assertThat(b.get("/test/page").statusCode()).isEqualTo(302);
        assertThat(b.get("/api/test/me").statusCode()).isEqualTo(401);
        assertThat(b.get("/login?error").body()).contains("用户名或密码不正确", "Wrong user name or password");

        HttpResponse<String> unknown = browser().login("nobody-here", "Wrong-Password-123");
        assertThat(unknown.headers().firstValue("Location").orElseThrow()).endsWith("/login?error");
    }

    @Test
    void theLoginFormNeedsItsCsrfToken() {
        Browser b = browser();
        b.get("/login");
        HttpResponse<String> none = b.postForm("/login", Map.of("username", "hjq-planner", "password", PASSWORD));
        assertThat(none.statusCode()).isEqualTo(403);
        HttpResponse<String> forged =
                b.postForm("/login", Map.of("username", "hjq-planner", "password", PASSWORD, "_csrf", "forged-token"));
        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(b.get("/test/page").statusCode()).isEqualTo(302);
    }

    @Test
    void aSessionWriteToTheApiNeedsTheCsrfToken() {
        Browser b = browser();
        b.login("hjq-planner", PASSWORD);
        int writes = echo.writes.get();

        HttpResponse<String> without = b.postJson("/api/test/me", "{}");
        assertThat(without.statusCode()).isEqualTo(403);
        assertThat(json(without).get("error").asString()).isEqualTo("forbidden");
        assertThat(json(without).get("detail").asString()).contains("CSRF");
        assertThat(echo.writes.get()).isEqualTo(writes);

        HttpResponse<String> with = b.postJson("/api/test/me", "{}", "X-CSRF-TOKEN", b.csrfToken());
        assertThat(with.statusCode()).isEqualTo(200);
        assertThat(json(with).get("user").asString()).isEqualTo("hjq-planner");
        assertThat(echo.writes.get()).isEqualTo(writes + 1);
    }

    // --- the API: 401 as JSON, Basic, tokens

    @Test
    void anonymousApiCallsGet401AsJson() {
        for (HttpResponse<String> r : List.of(
                browser().get("/api/test/me"),
                browser().postJson("/api/test/me", "{}"),
                browser().get("/api/tokens"))) {
            assertThat(r.statusCode()).isEqualTo(401);
            assertThat(r.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/json");
            JsonNode body = json(r);
            assertThat(body.propertyNames()).containsExactly("error", "detail", "request_id");
            assertThat(body.get("error").asString()).isEqualTo("unauthorized");
            assertThat(body.get("detail").asString()).contains("Bearer lantu_");
        }
    }

    @Test
    void browsersGetNoBasicChallengeScriptsDo() {
        assertThat(browser().get("/api/test/me").headers().firstValue("WWW-Authenticate"))
                .hasValueSatisfying(v -> assertThat(v).contains("Basic"));
        assertThat(browser()
                        .get("/api/test/me", "Sec-Fetch-Mode", "cors")
                        .headers()
                        .firstValue("WWW-Authenticate"))
                .hasValueSatisfying(v -> assertThat(v).doesNotContain("Basic").contains("Bearer"));
    }

    @Test
    void basicAuthenticatesApiCallsWithoutSessionOrCsrf() {
        Browser b = browser();
        int writes = echo.writes.get();
        HttpResponse<String> me = b.postJson("/api/test/me", "{}", "Authorization", basic("hjq-planner", PASSWORD));
        assertThat(me.statusCode()).isEqualTo(200);
        assertThat(json(me).get("user").asString()).isEqualTo("hjq-planner");
        assertThat(json(me).get("reads_everything").asBoolean()).isFalse();
        assertThat(echo.writes.get()).isEqualTo(writes + 1);
        assertThat(me.headers().allValues("Set-Cookie")).isEmpty();
        assertThat(b.sessionId()).isNull();

        HttpResponse<String> wrong = b.get("/api/test/me", "Authorization", basic("hjq-planner", "Wrong-Password-1"));
        assertThat(wrong.statusCode()).isEqualTo(401);
        assertThat(json(wrong).get("detail").asString()).contains("Wrong user name or password");
    }

    @Test
    void basicCredentialsFromACrossSitePageDoNotSkipTheCsrfCheck() {
        int writes = echo.writes.get();
        HttpResponse<String> r = browser()
                .postJson(
                        "/api/test/me",
                        "{}",
                        "Authorization",
                        basic("hjq-planner", PASSWORD),
                        "Sec-Fetch-Site",
                        "cross-site");
        assertThat(r.statusCode()).isIn(401, 403);
        assertThat(echo.writes.get()).isEqualTo(writes);
    }

    @Test
    void aBasicHeaderIsCheckedEvenWhenItNamesTheSessionsUser() {
        Browser b = browser();
        b.login("hjq-planner", PASSWORD);
        int writes = echo.writes.get();
        HttpResponse<String> r =
                b.postJson("/api/test/me", "{}", "Authorization", basic("hjq-planner", "Not-The-Password-1"));
        assertThat(r.statusCode()).isEqualTo(401);
        assertThat(echo.writes.get()).isEqualTo(writes);
    }

    @Test
    void pagesDoNotTakeBasic() {
        HttpResponse<String> page = browser().get("/test/page", "Authorization", basic("hjq-planner", PASSWORD));
        assertThat(page.statusCode()).isEqualTo(302);
    }

    @Test
    void aTokenWorksUntilItIsRevoked() throws Exception {
        Browser b = browser();
        String auth = basic("hjq-planner", PASSWORD);
        HttpResponse<String> created =
                b.postJson("/api/tokens", "{\"name\": \"nightly import\"}", "Authorization", auth);
        assertThat(created.statusCode()).isEqualTo(201);
        String token = json(created).get("token").asString();
        long id = json(created).get("id").asLong();
        assertThat(token).startsWith("lantu_").hasSize("lantu_".length() + 43);

        // only its hash is stored
        String stored = jdbc.sql("select token_hash from security.api_tokens where id = ?")
                .param(id)
                .query(String.class)
                .single();
        assertThat(stored)
                .isEqualTo(HexFormat.of()
                        .formatHex(
                                MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8))));

        int writes = echo.writes.get();
        HttpResponse<String> me = b.postJson("/api/test/me", "{}", "Authorization", bearer(token));
        assertThat(me.statusCode()).isEqualTo(200);
        assertThat(json(me).get("user").asString()).isEqualTo("hjq-planner");
        assertThat(echo.writes.get()).isEqualTo(writes + 1);
        assertThat(me.headers().allValues("Set-Cookie")).isEmpty();

        HttpResponse<String> list = b.get("/api/tokens", "Authorization", bearer(token));
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(list.body()).doesNotContain(token).doesNotContain(stored).contains("nightly import");
        JsonNode listed = null;
        for (JsonNode t : json(list)) {
            if (t.get("id").asLong() == id) {
                listed = t;
            }
        }
        assertThat(listed).isNotNull();
        assertThat(listed.get("last_used_at").isNull()).isFalse();
        assertThat(listed.get("revoked_at").isNull()).isTrue();

        // someone else cannot revoke it
        HttpResponse<String> foreign = b.delete("/api/tokens/" + id, "Authorization", basic("ordos-planner", PASSWORD));
        assertThat(foreign.statusCode()).isEqualTo(404);
        assertThat(b.get("/api/test/me", "Authorization", bearer(token)).statusCode())
                .isEqualTo(200);

        assertThat(b.delete("/api/tokens/" + id, "Authorization", auth).statusCode())
                .isEqualTo(204);
        HttpResponse<String> after = b.get("/api/test/me", "Authorization", bearer(token));
        assertThat(after.statusCode()).isEqualTo(401);
        assertThat(json(after).get("error").asString()).isEqualTo("unauthorized");
        assertThat(json(after).get("detail").asString()).contains("revoked");
        assertThat(json(b.get("/api/tokens", "Authorization", auth)).findValues("revoked_at"))
                .anySatisfy(v -> assertThat(v.isNull()).isFalse());
    }

    @Test
    void anUnknownTokenIsRefusedEvenWithASession() {
        Browser b = browser();
        b.login("hjq-planner", PASSWORD);
        assertThat(b.get("/api/test/me").statusCode()).isEqualTo(200);
        HttpResponse<String> r = b.get("/api/test/me", "Authorization", bearer("lantu_" + "x".repeat(43)));
        assertThat(r.statusCode()).isEqualTo(401);
    }

    @Test
    void aTokenCannotMakeTokens() {
        Browser b = browser();
        String token = json(b.postJson("/api/tokens", "{}", "Authorization", basic("hjq-viewer", PASSWORD)))
                .get("token")
                .asString();
        HttpResponse<String> r = b.postJson("/api/tokens", "{}", "Authorization", bearer(token));
        assertThat(r.statusCode()).isEqualTo(403);
        assertThat(json(r).get("error").asString()).isEqualTo("forbidden");
    }

    // --- POST /api/users

    private HttpResponse<String> createUser(String as, String body) {
        return browser().postJson("/api/users", body, "Authorization", basic(as, PASSWORD));
    }

    private static String user(String name, String role, String unit) {
        return "{\"username\": \"" + name + "\", \"password\": \"" + PASSWORD + "\", \"role\": \"" + role
                + "\", \"unit\": \"" + unit + "\"}";
    }

    @Test
    void aCountyPlannerCannotCreateUsersForAnotherCounty() {
        HttpResponse<String> r = createUser("hjq-planner", user("wlthq-viewer", "viewer", "乌拉特后旗"));
        assertThat(r.statusCode()).isEqualTo(403);
        assertThat(json(r).get("error").asString()).isEqualTo("forbidden");
        assertThat(users.find("wlthq-viewer")).isEmpty();
    }

    @Test
    void aCountyPlannerCannotCreateUsersForItsLeague() {
        HttpResponse<String> r = createUser("hjq-planner", user("ordos-viewer", "viewer", "鄂尔多斯市"));
        assertThat(r.statusCode()).isEqualTo(403);
        assertThat(users.find("ordos-viewer")).isEmpty();
    }

    @Test
    void aPlannerCreatesUsersInItsScopeByNameOrCode() {
        HttpResponse<String> r = createUser("hjq-planner", user("hjq-viewer-2", "viewer", "150625"));
        assertThat(r.statusCode()).isEqualTo(201);
        assertThat(r.headers().firstValue("Location").orElseThrow()).startsWith("/api/users/");
        JsonNode body = json(r);
        assertThat(body.get("username").asString()).isEqualTo("hjq-viewer-2");
        assertThat(body.get("role").asString()).isEqualTo("viewer");
        assertThat(body.get("unit").asString()).isEqualTo("杭锦旗");
        assertThat(body.has("password")).isFalse();
        assertThat(r.body()).doesNotContain(PASSWORD).doesNotContain("$2a$");

        HttpResponse<String> me = browser().get("/api/test/me", "Authorization", basic("hjq-viewer-2", PASSWORD));
        assertThat(json(me).get("role").asString()).isEqualTo("viewer");

        HttpResponse<String> below = createUser("ordos-planner", user("hjq-planner-2", "planner", "杭锦旗"));
        assertThat(below.statusCode()).isEqualTo(201);
    }

    @Test
    void anUnknownUnitIs400() {
        HttpResponse<String> r = createUser("hjq-planner", user("mars-viewer", "viewer", "火星旗"));
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(json(r).get("error").asString()).isEqualTo("bad_request");
        assertThat(json(r).get("detail").asString()).contains("火星旗");
        assertThat(users.find("mars-viewer")).isEmpty();
    }

    @Test
    void onlyAdminsCreateAdminsAndOnlyPlannersAndAdminsCreateUsers() {
        assertThat(createUser("ordos-planner", user("boss", "admin", "鄂尔多斯市")).statusCode())
                .isEqualTo(403);
        assertThat(createUser("hjq-viewer", user("hjq-viewer-3", "viewer", "杭锦旗"))
                        .statusCode())
                .isEqualTo(403);
        assertThat(users.find("boss")).isEmpty();
        assertThat(users.find("hjq-viewer-3")).isEmpty();

        HttpResponse<String> admin = browser()
                .postJson(
                        "/api/users",
                        "{\"username\": \"second-admin\", \"password\": \"" + PASSWORD + "\", \"role\": \"admin\"}",
                        "Authorization",
                        basic("admin", ADMIN_PASSWORD));
        assertThat(admin.statusCode()).isEqualTo(201);
        assertThat(json(admin).get("unit").isNull()).isTrue();
    }

    @Test
    void badUserRequestsAre400WithTheReason() {
        HttpResponse<String> weak = createUser(
                "hjq-planner",
                "{\"username\": \"weak\", \"password\": \"alllowercase12\", \"role\": \"viewer\", \"unit\": \"杭锦旗\"}");
        assertThat(weak.statusCode()).isEqualTo(400);
        assertThat(json(weak).get("detail").asString()).contains("three of these four kinds");

        HttpResponse<String> role = createUser("hjq-planner", user("someone", "boss", "杭锦旗"));
        assertThat(role.statusCode()).isEqualTo(400);
        assertThat(json(role).get("detail").asString()).contains("admin, planner, reporter or viewer");

        HttpResponse<String> noUnit = createUser(
                "hjq-planner", "{\"username\": \"someone\", \"password\": \"" + PASSWORD + "\", \"role\": \"viewer\"}");
        assertThat(noUnit.statusCode()).isEqualTo(400);

        HttpResponse<String> broken = createUser("hjq-planner", "{not json");
        assertThat(broken.statusCode()).isEqualTo(400);
        assertThat(json(broken).propertyNames()).containsExactly("error", "detail", "request_id");

        HttpResponse<String> departments = createUser(
                "hjq-planner",
                "{\"username\": \"someone\", \"password\": \"" + PASSWORD
                        + "\", \"role\": \"viewer\", \"unit\": \"杭锦旗\", \"departments\": [\"旗住建局\"]}");
        assertThat(departments.statusCode()).isEqualTo(400);
        assertThat(users.find("someone")).isEmpty();
    }

    @Test
    void aReporterKeepsItsDepartments() {
        HttpResponse<String> r = createUser(
                "hjq-planner",
                "{\"username\": \"hjq-reporter\", \"password\": \"" + PASSWORD
                        + "\", \"role\": \"reporter\", \"unit\": \"杭锦旗\", \"departments\": [\"旗住建局\", \" 旗发改委 \", \"旗住建局\"]}");
        assertThat(r.statusCode()).isEqualTo(201);
        assertThat(users.find("hjq-reporter").orElseThrow().departments()).containsExactly("旗住建局", "旗发改委");
    }

    @Test
    void aTakenNameIs409RegardlessOfCase() {
        HttpResponse<String> r = createUser("hjq-planner", user("HJQ-Viewer", "viewer", "杭锦旗"));
        assertThat(r.statusCode()).isEqualTo(409);
        assertThat(json(r).get("error").asString()).isEqualTo("conflict");
    }

    @Test
    void anonymousCannotCreateUsers() {
        HttpResponse<String> r = browser().postJson("/api/users", user("anon-made", "viewer", "杭锦旗"));
        assertThat(r.statusCode()).isEqualTo(401);
        assertThat(users.find("anon-made")).isEmpty();
    }

    // --- the firewall (HeaderCharacters in place of StrictHttpFirewall's regexes)

    @Test
    void aHeaderWithAControlCharacterIsRefusedByTheFirewallAndATabIsNot() throws Exception {
        assertThat(rawStatus(new byte[] {'a', (byte) 0x85, 'b'})).isEqualTo(400);
        assertThat(rawStatus(new byte[] {'a', '\t', 'b'})).isEqualTo(401);
        assertThat(rawStatus("plain".getBytes(StandardCharsets.US_ASCII))).isEqualTo(401);
    }

    /**
     * The status of {@code GET /api/plans} with an {@code Authorization: Bearer} header of these bytes, over a
     * raw socket. The firewall checks a header when it is read, and the token filter reads this one.
     */
    private int rawStatus(byte[] headerValue) throws Exception {
        try (java.net.Socket socket = new java.net.Socket("localhost", port)) {
            socket.setSoTimeout(10_000);
            java.io.ByteArrayOutputStream request = new java.io.ByteArrayOutputStream();
            request.writeBytes(
                    "GET /api/plans HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\nAuthorization: Bearer "
                            .getBytes(StandardCharsets.US_ASCII));
            request.writeBytes(headerValue);
            request.writeBytes("\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().write(request.toByteArray());
            String status = new String(socket.getInputStream().readNBytes(12), StandardCharsets.US_ASCII);
            return Integer.parseInt(status.substring(9, 12));
        }
    }
}
