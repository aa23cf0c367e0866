package org.lantu.security.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.lantu.web.TestStore;
import org.lantu.web.WebClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
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

    @LocalServerPort
    int port;

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
        assertThat(ok.status()).isEqualTo(302);
        assertThat(ok.header("Location")).doesNotContain("error");
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
