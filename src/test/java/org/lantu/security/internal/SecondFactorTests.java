package org.lantu.security.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.lantu.audit.AuditEntry;
import org.lantu.audit.AuditLog;
import org.lantu.audit.AuditQuery;
import org.lantu.security.CreateUser;
import org.lantu.security.UserService;
import org.lantu.web.TestStore;
import org.lantu.web.WebClient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** {@code lantu serve --require-2fa}: enrolment at the first sign-in, a code at every one, no replay. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SecondFactorTests {

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) {
        TestStore.register(registry, "second-factor");
        registry.add("lantu.security.require-2fa", () -> "true");
    }

    static final String PASSWORD = "Second-Factor-Planner-2025";

    @LocalServerPort
    int port;

    @Autowired
    UserService users;

    @Autowired
    AuditLog audit;

    @Autowired
    JdbcClient jdbc;

    private static String code(String secret) {
        return Totp.code(Totp.base32Decode(secret), Totp.step(Instant.now().getEpochSecond()), 6);
    }

    private static String csrf(Document page) {
        return page.selectFirst("form[action$=/login/totp] input[name=_csrf]").attr("value");
    }

    @Test
    void anAdminEnrolsThenShowsACodeAndACodeServesOnce() {
        WebClient client = new WebClient(port).login("admin", TestStore.ADMIN_PASSWORD);
        WebClient.Page home = client.get("/");
        assertThat(home.status()).isEqualTo(302);
        assertThat(home.header("Location")).endsWith("/login/totp");
        assertThat(client.getJson("/api/plans").status()).isEqualTo(401);

        Document enrol = client.get("/login/totp").doc();
        String secret = enrol.selectFirst("#totp-secret").text();
        assertThat(secret).matches("[A-Z2-7]{32}");
        assertThat(enrol.selectFirst("#totp-uri").attr("href")).startsWith("otpauth://totp/Lantu%3Aadmin?secret=");

        WebClient.Page wrong = client.postForm("/login/totp", Map.of("code", "000000", "_csrf", csrf(enrol)));
        assertThat(wrong.header("Location")).endsWith("/login/totp?error");
        assertThat(client.get("/").status()).isEqualTo(302);

        String code = code(secret);
        WebClient.Page ok = client.postForm(
                "/login/totp",
                Map.of("code", code, "_csrf", csrf(client.get("/login/totp").doc())));
        // enrolled: the recovery codes, shown this once
        assertThat(ok.status()).isEqualTo(200);
        assertThat(ok.doc().select("#recovery-codes code").eachText())
                .hasSize(RecoveryCodes.COUNT)
                .allSatisfy(c -> assertThat(c).matches("([A-Z2-7]{4}-){5}[A-Z2-7]{4}"));
        assertThat(client.get("/").status()).isEqualTo(200);
        assertThat(client.getJson("/api/plans").status()).isEqualTo(200);

        // a second sign-in: enrolled, so no key is shown; the code already used is refused
        WebClient again = new WebClient(port).login("admin", TestStore.ADMIN_PASSWORD);
        Document prompt = again.get("/login/totp").doc();
        assertThat(prompt.selectFirst("#totp-secret")).isNull();
        WebClient.Page replay = again.postForm("/login/totp", Map.of("code", code, "_csrf", csrf(prompt)));
        assertThat(replay.header("Location")).endsWith("/login/totp?error");
        assertThat(again.get("/").status()).isEqualTo(302);
    }

    /** Signs in and enrols a new planner; the recovery codes shown. */
    private List<String> enrolledPlanner(String name) {
        users.create(new CreateUser(name, PASSWORD, "planner", "杭锦旗", List.of()), null);
        WebClient client = new WebClient(port).login(name, PASSWORD);
        Document enrol = client.get("/login/totp").doc();
        String secret = enrol.selectFirst("#totp-secret").text();
        WebClient.Page codes = client.postForm("/login/totp", Map.of("code", code(secret), "_csrf", csrf(enrol)));
        return codes.doc().select("#recovery-codes code").eachText();
    }

    private WebClient.Page second(WebClient client, String code) {
        return client.postForm(
                "/login/totp",
                Map.of("code", code, "_csrf", csrf(client.get("/login/totp").doc())));
    }

    @Test
    void aRecoveryCodeSignsInOnceAndIsStoredOnlyHashed() {
        List<String> codes = enrolledPlanner("recovery-planner");
        assertThat(codes).hasSize(RecoveryCodes.COUNT).doesNotHaveDuplicates();
        String code = codes.get(3);
        assertThat(jdbc.sql("select code_hash from security.user_recovery_code")
                        .query(String.class)
                        .list())
                .contains(ApiTokens.hash(code.replace("-", "")))
                .doesNotContain(code, code.replace("-", ""));

        WebClient first = new WebClient(port).login("recovery-planner", PASSWORD);
        // typed in lower case with spaces: the same code
        WebClient.Page in =
                second(first, code.toLowerCase(java.util.Locale.ROOT).replace("-", " "));
        assertThat(in.header("Location")).doesNotContain("error");
        assertThat(first.get("/").status()).isEqualTo(200);
        AuditEntry used = audit.list(new AuditQuery(
                        null, AuditLog.LOGIN_RECOVERY_CODE, "user", "recovery-planner", null, null, 0, 1))
                .entries()
                .get(0);
        assertThat(used.newValue()).isEqualTo("{\"remaining\":9}");

        WebClient again = new WebClient(port).login("recovery-planner", PASSWORD);
        assertThat(second(again, code).header("Location")).endsWith("/login/totp?error");
        assertThat(again.get("/").status()).isEqualTo(302);
        assertThat(second(again, codes.get(4)).header("Location")).doesNotContain("error");
    }

    private int rowsOf(String table, long userId) {
        return jdbc.sql("select count(*)::int from security." + table + " where user_id = ?")
                .param(userId)
                .query(Integer.class)
                .single();
    }

    /**
     * Enrolment is one transaction: with the fourth recovery code refused by the database (a trigger, for
     * this user only), after the secret and three codes were written, the user is left with neither secret
     * nor codes nor an audit entry of the enrolment, the session is not let in, and the next try enrols.
     */
    @Test
    void aFailureWhileTheRecoveryCodesAreWrittenLeavesTheUserUnenrolledWithNoCodes() {
        users.create(new CreateUser("enrol-fails-planner", PASSWORD, "planner", "杭锦旗", List.of()), null);
        long id = jdbc.sql("select id from security.users where username = 'enrol-fails-planner'")
                .query(Long.class)
                .single();
        jdbc.sql("""
                        create function security.test_refuse_fourth_code() returns trigger language plpgsql as $$
                        begin
                          if new.user_id = %d and (select count(*) from security.user_recovery_code
                                                   where user_id = new.user_id) >= 3 then
                            raise exception 'injected: the fourth recovery code is refused';
                          end if;
                          return new;
                        end $$""".formatted(id)).update();
        jdbc.sql("""
                        create trigger test_refuse_fourth_code before insert on security.user_recovery_code
                        for each row execute function security.test_refuse_fourth_code()""").update();
        WebClient client = new WebClient(port).login("enrol-fails-planner", PASSWORD);
        Document enrol = client.get("/login/totp").doc();
        String secret = enrol.selectFirst("#totp-secret").text();
        String code = code(secret);
        WebClient.Page failed;
        try {
            failed = client.postForm("/login/totp", Map.of("code", code, "_csrf", csrf(enrol)));
        } finally {
            jdbc.sql("drop trigger test_refuse_fourth_code on security.user_recovery_code")
                    .update();
            jdbc.sql("drop function security.test_refuse_fourth_code()").update();
        }
        assertThat(failed.status()).isGreaterThanOrEqualTo(500);
        assertThat(failed.body()).doesNotContain("recovery-codes");
        assertThat(rowsOf("user_totp", id)).isZero();
        assertThat(rowsOf("user_recovery_code", id)).isZero();
        assertThat(audit.count(
                        new AuditQuery(null, "login.totp.enrol", "user", "enrol-fails-planner", null, null, 0, 1)))
                .isZero();
        // not let in; still to enrol, with the same key (the app already holds it)
        assertThat(client.get("/").header("Location")).endsWith("/login/totp");
        Document again = client.get("/login/totp").doc();
        assertThat(again.selectFirst("#totp-secret").text()).isEqualTo(secret);

        // nothing refuses it now: a code enrols, with every recovery code
        WebClient.Page ok = client.postForm("/login/totp", Map.of("code", code(secret), "_csrf", csrf(again)));
        assertThat(ok.status()).isEqualTo(200);
        assertThat(ok.doc().select("#recovery-codes code").eachText()).hasSize(RecoveryCodes.COUNT);
        assertThat(rowsOf("user_totp", id)).isEqualTo(1);
        assertThat(rowsOf("user_recovery_code", id)).isEqualTo(RecoveryCodes.COUNT);
        assertThat(audit.count(
                        new AuditQuery(null, "login.totp.enrol", "user", "enrol-fails-planner", null, null, 0, 1)))
                .isEqualTo(1);
        assertThat(client.get("/").status()).isEqualTo(200);
    }

    @Test
    void wrongCodesCountTowardsTheLockoutLikeWrongPasswords() {
        enrolledPlanner("totp-lock-planner");
        WebClient client = new WebClient(port).login("totp-lock-planner", PASSWORD);
        for (int i = 0; i < 4; i++) {
            assertThat(second(client, "00000" + i).header("Location")).endsWith("/login/totp?error");
        }
        // the fifth locks the name and ends the session
        assertThat(second(client, "000009").header("Location")).endsWith("/login?error");
        assertThat(client.get("/").header("Location")).endsWith("/login");
        assertThat(audit.count(new AuditQuery(null, AuditLog.LOCKOUT, "user", "totp-lock-planner", null, null, 0, 1)))
                .isEqualTo(1);
        // the right password is refused now, as after five wrong passwords
        WebClient.Page password =
                new WebClient(port).postForm("/login", Map.of("username", "totp-lock-planner", "password", PASSWORD));
        assertThat(password.status()).isIn(302, 403);
        assertThat(new WebClient(port).get("/").status()).isEqualTo(302);
        assertThat(loginRefused("totp-lock-planner")).isTrue();
    }

    /** Whether the form refuses the user's right password (sent back to the login page with an error). */
    private boolean loginRefused(String name) {
        WebClient client = new WebClient(port);
        String token =
                client.get("/login").doc().selectFirst("input[name=_csrf]").attr("value");
        WebClient.Page done = client.postForm("/login", Map.of("username", name, "password", PASSWORD, "_csrf", token));
        return done.header("Location").endsWith("/login?error");
    }

    @Test
    void aPasswordAloneOverBasicIsNotEnough() {
        String basic = Base64.getEncoder()
                .encodeToString(("admin:" + TestStore.ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8));
        WebClient client = new WebClient(port);
        WebClient.Page page = client.send(HttpRequest.newBuilder(client.uri("/api/plans"))
                .header("Authorization", "Basic " + basic)
                .header("Accept", "application/json")
                .GET());
        assertThat(page.status()).isEqualTo(401);
        assertThat(page.body()).contains("second_factor_required");
    }
}
