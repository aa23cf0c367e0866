package org.lantu.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.lantu.Seeds;
import org.lantu.imports.ImportResult;
import org.lantu.imports.ImportService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A signed-in request reads its session from the store once, whatever the size of its answer: a page over
 * the response buffer makes Spring Session commit twice (when the response is committed, and at the end),
 * and the second commit read the session again (this test fails so without {@code SessionReads}).
 * A sign-in still gets a new session id, and a sign-out ends the session.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SessionReadsTests {

    @TestConfiguration
    static class Counting {
        @Bean
        static BeanPostProcessor countStatements() {
            return new BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String name) {
                    return bean instanceof DataSource d && name.equals("dataSource")
                            ? MonitoringTabStatementsTests.counting(d)
                            : bean;
                }
            };
        }
    }

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) {
        TestStore.register(registry, "session-reads");
    }

    @LocalServerPort
    int port;

    @Autowired
    ImportService imports;

    long plan;

    @BeforeAll
    void importPlan() throws Exception {
        var path = Seeds.path(Seeds.HANGJIN_URBANIZATION);
        ImportResult r = imports.importDocument(path.getFileName().toString(), Files.readAllBytes(path), "test");
        assertThat(r.failed()).isFalse();
        plan = r.planId();
    }

    private static List<String> sessionReads() {
        return MonitoringTabStatementsTests.SENT.stream()
                .map(sql -> sql.toLowerCase(Locale.ROOT).strip())
                .filter(sql -> sql.contains("web_session.") && sql.startsWith("select"))
                .toList();
    }

    private List<String> sessionReadsOf(WebClient client, String path, boolean json, int atLeast) {
        assertThat((json ? client.getJson(path) : client.get(path)).status()).isEqualTo(200);
        MonitoringTabStatementsTests.SENT.clear();
        WebClient.Page page = json ? client.getJson(path) : client.get(path);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body().length()).as(path).isGreaterThanOrEqualTo(atLeast);
        return sessionReads();
    }

    @Test
    void aLargePageReadsTheSessionOnce() {
        WebClient admin = new WebClient(port).login("admin", TestStore.ADMIN_PASSWORD);
        assertThat(sessionReadsOf(admin, "/plans/" + plan, false, 8_193)).hasSize(1);
    }

    @Test
    void aSignInChangesTheSessionIdAndASignOutEndsIt() {
        WebClient browser = new WebClient(port);
        assertThat(browser.get("/login").status()).isEqualTo(200);
        String before = sessionCookie(browser);
        browser.login("admin", TestStore.ADMIN_PASSWORD);
        String after = sessionCookie(browser);
        assertThat(after).isNotNull().isNotEqualTo(before);
        assertThat(browser.get("/plans/" + plan).status()).isEqualTo(200);

        WebClient.Page page = browser.get("/plans/" + plan);
        String csrf = page.doc()
                .selectFirst("form[action$=/logout] input[name=_csrf]")
                .attr("value");
        browser.postForm("/logout", java.util.Map.of("_csrf", csrf));
        WebClient.Page again = browser.get("/plans/" + plan);
        assertThat(again.status()).isEqualTo(302);
        assertThat(again.header("Location")).endsWith("/login");
    }

    private static String sessionCookie(WebClient client) {
        return client.cookies().getCookieStore().getCookies().stream()
                .filter(c -> c.getName().equals("JSESSIONID"))
                .map(java.net.HttpCookie::getValue)
                .findFirst()
                .orElse(null);
    }
}
