package org.lantu.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lantu.security.Browser.basic;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lantu.audit.AuditEntry;
import org.lantu.audit.AuditLog;
import org.lantu.audit.AuditQuery;
import org.lantu.web.TestStore;
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

/** Lockout, audited logins and logouts, sessions in the database, headers and request ids. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestEndpoints.class)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class LoginHardeningTests {

    static final String PASSWORD = "Hangjin-Planner-2025";
    static final JsonMapper JSON = JsonMapper.builder().build();

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) {
        TestStore.register(registry, "login-hardening");
    }

    @LocalServerPort
    int port;

    @Autowired
    UserService users;

    @Autowired
    AuditLog audit;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void users() {
        for (String name :
                List.of("lock-planner", "ok-planner", "everywhere-planner", "basic-planner", "reset-planner")) {
            if (users.find(name).isEmpty()) {
                users.create(new CreateUser(name, PASSWORD, "planner", "杭锦旗", List.of()), null);
            }
        }
    }

    private Browser browser() {
        return new Browser(port);
    }

    private long count(String action, String user) {
        return audit.count(new AuditQuery(null, action, "user", user, null, null, 0, 1));
    }

    @Test
    void fiveFailuresLockTheAccountAndThenEvenTheRightPasswordIsRefusedAlike() {
        for (int i = 0; i < 5; i++) {
            HttpResponse<String> r = browser().login("lock-planner", "Wrong-Password-" + i);
            assertThat(r.headers().firstValue("Location").orElseThrow()).endsWith("/login?error");
        }
        HttpResponse<String> right = browser().login("lock-planner", PASSWORD);
        assertThat(right.headers().firstValue("Location").orElseThrow()).endsWith("/login?error");
        HttpResponse<String> basicRight =
                browser().get("/api/test/me", "Authorization", basic("lock-planner", PASSWORD));
        assertThat(basicRight.statusCode()).isEqualTo(401);
        HttpResponse<String> basicWrong = browser().get("/api/test/me", "Authorization", basic("lock-planner", "nope"));
        assertThat(basicRight.body())
                .isEqualTo(basicWrong
                        .body()
                        .replaceAll(
                                "\"request_id\":\"[^\"]+\"",
                                "\"request_id\":\""
                                        + json(basicRight).get("request_id").asString() + "\""));

        assertThat(count(AuditLog.LOGIN_FAILURE, "lock-planner")).isEqualTo(5);
        assertThat(count(AuditLog.LOCKOUT, "lock-planner")).isEqualTo(1);
        assertThat(count(AuditLog.LOGIN_LOCKED, "lock-planner")).isEqualTo(3);
        assertThat(count(AuditLog.LOGIN_SUCCESS, "lock-planner")).isZero();
    }

    @Test
    void anUnknownUserNameIsCountedAndLockedTheSameWay() {
        for (int i = 0; i < 6; i++) {
            browser().login("Nobody-Such", "Wrong-Password-" + i);
        }
        assertThat(count(AuditLog.LOGIN_FAILURE, "nobody-such")).isEqualTo(5);
        assertThat(count(AuditLog.LOCKOUT, "nobody-such")).isEqualTo(1);
        assertThat(count(AuditLog.LOGIN_LOCKED, "nobody-such")).isEqualTo(1);
        // the page after a failure says the same for every reason
        Browser b = browser();
        b.login("lock-planner-x", "Wrong-Password-1");
        String known = b.get("/login?error").body().replaceAll("value=\"[^\"]+\"", "");
        Browser c = browser();
        c.login("nobody-such", PASSWORD);
        assertThat(c.get("/login?error").body().replaceAll("value=\"[^\"]+\"", ""))
                .isEqualTo(known);
    }

    @Test
    void aSuccessfulLoginResetsTheCountAndIsAuditedWithTheClientAddress() {
        Browser b = browser();
        b.login("ok-planner", "Wrong-Password-1");
        HttpResponse<String> login = b.send(
                "POST",
                "/login",
                "username=ok-planner&password=" + PASSWORD + "&_csrf=" + b.csrfToken(),
                "application/x-www-form-urlencoded",
                "X-Forwarded-For",
                "203.0.113.7",
                "X-Forwarded-Proto",
                "https");
        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(login.headers().firstValue("Location").orElseThrow()).doesNotContain("error");
        String cookie = login.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("JSESSIONID="))
                .findFirst()
                .orElseThrow();
        assertThat(cookie).contains("HttpOnly", "SameSite=Lax", "Secure");

        AuditEntry success = audit.list(
                        new AuditQuery(null, AuditLog.LOGIN_SUCCESS, "user", "ok-planner", null, null, 0, 1))
                .entries()
                .get(0);
        assertThat(success.actor()).isEqualTo("ok-planner");
        assertThat(success.clientAddress()).isEqualTo("203.0.113.7");
        assertThat(success.requestId())
                .isEqualTo(login.headers().firstValue("X-Request-Id").orElseThrow());
        assertThat(audit.verify().intact()).isTrue();
    }

    @Test
    void aPlainHttpLoginGetsNoSecureCookieAndLogoutIsAudited() {
        Browser b = browser();
        HttpResponse<String> login = b.login("ok-planner", PASSWORD);
        String cookie = login.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("JSESSIONID="))
                .findFirst()
                .orElseThrow();
        assertThat(cookie).contains("HttpOnly", "SameSite=Lax").doesNotContain("Secure");
        long before = count(AuditLog.LOGOUT, "ok-planner");
        b.postForm("/logout", Map.of("_csrf", b.csrfToken()));
        assertThat(count(AuditLog.LOGOUT, "ok-planner")).isEqualTo(before + 1);
        assertThat(b.get("/test/page").statusCode()).isEqualTo(302);
    }

    @Test
    void sessionsLiveInTheDatabaseWithAThirtyMinuteIdleTimeout() {
        Browser b = browser();
        b.login("basic-planner", PASSWORD);
        assertThat(b.get("/test/page").statusCode()).isEqualTo(200);
        List<Integer> timeouts = jdbc.sql(
                        "select max_inactive_interval from web_session.spring_session where principal_name = ?")
                .param("basic-planner")
                .query(Integer.class)
                .list();
        assertThat(timeouts).isNotEmpty().allSatisfy(t -> assertThat(t).isEqualTo(1800));
    }

    @Test
    void aSuccessfulBasicLoginEndsTheFailureCountLikeAFormLogin() {
        for (int i = 0; i < 4; i++) {
            assertThat(browser()
                            .get("/api/test/me", "Authorization", basic("reset-planner", "Wrong-Password-" + i))
                            .statusCode())
                    .isEqualTo(401);
        }
        assertThat(browser()
                        .get("/api/test/me", "Authorization", basic("reset-planner", PASSWORD))
                        .statusCode())
                .isEqualTo(200);
        assertThat(count(AuditLog.LOGIN_SUCCESS, "reset-planner")).isEqualTo(1);
        // four more failures: eight in the window, but only four since the Basic login, so not locked
        for (int i = 0; i < 4; i++) {
            browser().get("/api/test/me", "Authorization", basic("reset-planner", "Wrong-Password-" + i));
        }
        assertThat(browser()
                        .get("/api/test/me", "Authorization", basic("reset-planner", PASSWORD))
                        .statusCode())
                .isEqualTo(200);
        // a Basic login with no failures to end writes no audit entry
        assertThat(browser()
                        .get("/api/test/me", "Authorization", basic("reset-planner", PASSWORD))
                        .statusCode())
                .isEqualTo(200);
        assertThat(count(AuditLog.LOGIN_SUCCESS, "reset-planner")).isEqualTo(2);
    }

    @Test
    void readingPagesDoesNotRewriteTheSessionRow() {
        Browser b = browser();
        b.login("basic-planner", PASSWORD);
        assertThat(b.get("/test/page").statusCode()).isEqualTo(200);
        String row = "select xmin::text || '/' || last_access_time from web_session.spring_session"
                + " where principal_name = 'basic-planner' order by last_access_time desc limit 1";
        String before = jdbc.sql(row).query(String.class).single();
        for (int i = 0; i < 3; i++) {
            assertThat(b.get("/test/page").statusCode()).isEqualTo(200);
        }
        // the row version (xmin) and the last access are as they were: no write for a read within a minute
        assertThat(jdbc.sql(row).query(String.class).single()).isEqualTo(before);
    }

    @Test
    void anAdminOfAUnitReadsTheAuditEntriesOfItsUsersOnly() {
        for (String[] u : List.of(
                new String[] {"hangjin-admin", "admin", "杭锦旗"}, new String[] {"wushen-planner", "planner", "乌审旗"})) {
            if (users.find(u[0]).isEmpty()) {
                users.create(new CreateUser(u[0], PASSWORD, u[1], u[2], List.of()), null);
            }
        }
        browser().login("wushen-planner", PASSWORD);
        browser().login("ok-planner", PASSWORD);

        String query = "/api/audit?action=login.success&size=500";
        JsonNode scoped = json(browser().get(query, "Authorization", basic("hangjin-admin", PASSWORD)));
        List<String> actors = scoped.get("entries")
                .valueStream()
                .map(e -> e.get("actor").asString())
                .distinct()
                .toList();
        assertThat(actors).contains("ok-planner").doesNotContain("wushen-planner", "admin");
        JsonNode all = json(browser().get(query, "Authorization", basic("admin", TestStore.ADMIN_PASSWORD)));
        assertThat(all.get("entries").valueStream().map(e -> e.get("actor").asString()))
                .contains("ok-planner", "wushen-planner");

        Browser page = browser();
        page.login("hangjin-admin", PASSWORD);
        HttpResponse<String> html = page.get("/admin/audit?action=login.success");
        assertThat(html.statusCode()).isEqualTo(200);
        assertThat(html.body()).contains("ok-planner").doesNotContain("wushen-planner");
    }

    @Test
    void logoutEverywhereEndsEverySessionOfTheUserAndNoOneElses() {
        Browser first = browser();
        Browser second = browser();
        Browser other = browser();
        first.login("everywhere-planner", PASSWORD);
        second.login("everywhere-planner", PASSWORD);
        other.login("ok-planner", PASSWORD);
        assertThat(first.get("/test/page").statusCode()).isEqualTo(200);
        assertThat(second.get("/test/page").statusCode()).isEqualTo(200);

        HttpResponse<String> out = second.postForm("/logout/everywhere", Map.of("_csrf", second.csrfToken()));
        assertThat(out.statusCode()).isEqualTo(302);
        assertThat(out.headers().firstValue("Location").orElseThrow()).endsWith("/login?logout");

        assertThat(first.get("/test/page").statusCode()).isEqualTo(302);
        assertThat(second.get("/test/page").statusCode()).isEqualTo(302);
        assertThat(other.get("/test/page").statusCode()).isEqualTo(200);
        AuditEntry e = audit.list(new AuditQuery(
                        null, AuditLog.LOGOUT_EVERYWHERE, "user", "everywhere-planner", null, null, 0, 1))
                .entries()
                .get(0);
        assertThat(e.newValue()).isEqualTo("{\"sessions\":2}");
    }

    @Test
    void everyAnswerCarriesTheBrowserHardeningHeadersAndARequestId() {
        Browser b = browser();
        for (HttpResponse<String> r :
                List.of(b.get("/login"), b.get("/api/test/me"), b.get("/css/login.css"), b.get("/"))) {
            assertThat(r.headers().firstValue("Content-Security-Policy"))
                    .hasValue("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
                            + " frame-ancestors 'none'; base-uri 'self'; form-action 'self'");
            assertThat(r.headers().firstValue("Referrer-Policy")).hasValue("same-origin");
            assertThat(r.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
            assertThat(r.headers().firstValue("X-Frame-Options")).hasValue("DENY");
            assertThat(r.headers().firstValue("X-Request-Id"))
                    .hasValueSatisfying(id -> assertThat(id).hasSizeGreaterThanOrEqualTo(8));
        }
    }

    @Test
    void aProxysRequestIdIsKeptAndAppearsInJsonErrorsAndAnUnsafeOneIsReplaced() {
        HttpResponse<String> given = browser().get("/api/test/me", "X-Request-Id", "proxy-1234abcd");
        assertThat(given.headers().firstValue("X-Request-Id")).hasValue("proxy-1234abcd");
        assertThat(json(given).get("request_id").asString()).isEqualTo("proxy-1234abcd");
        HttpResponse<String> unsafe = browser().get("/api/test/me", "X-Request-Id", "<script>alert(1)</script>");
        assertThat(unsafe.headers().firstValue("X-Request-Id").orElseThrow()).doesNotContain("<");
    }

    @Test
    void errorPagesShowTheRequestIdAndNeverAStackTrace() {
        Browser b = browser();
        b.login("ok-planner", PASSWORD);
        HttpResponse<String> missing = b.get("/plans/987654321", "Accept", "text/html");
        assertThat(missing.statusCode()).isEqualTo(404);
        String id = missing.headers().firstValue("X-Request-Id").orElseThrow();
        assertThat(missing.body()).contains(id).doesNotContain("Exception", "at org.", "select ");
        HttpResponse<String> asJson = b.get("/plans/987654321", "Accept", "application/json");
        assertThat(json(asJson).get("requestId").asString())
                .isEqualTo(asJson.headers().firstValue("X-Request-Id").orElseThrow());
        assertThat(asJson.body()).doesNotContain("trace", "exception");
    }

    @Test
    void theAuditLogIsForAdminsOnly() {
        String admin = basic("admin", TestStore.ADMIN_PASSWORD);
        HttpResponse<String> list = browser()
                .get("/api/audit?action=login.&object=user:lock-planner&from=2020-01-01", "Authorization", admin);
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(json(list).get("total").asLong()).isGreaterThanOrEqualTo(0);
        assertThat(browser()
                        .get("/api/audit", "Authorization", basic("ok-planner", PASSWORD))
                        .statusCode())
                .isEqualTo(403);
        assertThat(browser().get("/api/audit").statusCode()).isEqualTo(401);
        assertThat(browser()
                        .get("/api/audit?from=yesterday", "Authorization", admin)
                        .statusCode())
                .isEqualTo(400);

        Browser page = browser();
        page.login("admin", TestStore.ADMIN_PASSWORD);
        HttpResponse<String> html = page.get("/admin/audit?action=login.success");
        assertThat(html.statusCode()).isEqualTo(200);
        assertThat(html.body()).contains("审计日志", "login.success");
        Browser planner = browser();
        planner.login("ok-planner", PASSWORD);
        assertThat(planner.get("/admin/audit").statusCode()).isEqualTo(403);
    }

    static JsonNode json(HttpResponse<String> response) {
        return JSON.readTree(response.body());
    }
}
