package org.lantu.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.lantu.LantuApplication;
import org.lantu.web.TestStore;
import org.lantu.web.WebClient;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Fault tests against a PostgreSQL of the test's own (standing in for a county's database server): the
 * database stops and starts again under a running Lantu; two Lantu instances share one database.
 */
class ReliabilityIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String PLANNER_PASSWORD = "Reliable-Planner-2025";

    private EmbeddedPostgres postgres;
    private Path pgDir;
    private int pgPort;
    private final java.util.List<ConfigurableApplicationContext> nodes = new java.util.ArrayList<>();

    private void startDatabase() throws IOException {
        postgres = EmbeddedPostgres.builder()
                .setDataDirectory(pgDir)
                .setCleanDataDirectory(false)
                .setPort(pgPort)
                .setServerConfig("listen_addresses", "localhost")
                .start();
    }

    private ConfigurableApplicationContext node(String name) throws IOException {
        Path data = Files.createTempDirectory("lantu-" + name);
        ConfigurableApplicationContext context = new SpringApplicationBuilder(LantuApplication.class)
                .properties(Map.of(
                        "server.port",
                        "0",
                        "lantu.store.database-url",
                        "jdbc:postgresql://localhost:" + pgPort + "/postgres",
                        "lantu.store.database-user",
                        "postgres",
                        "lantu.store.database-password",
                        "",
                        "lantu.store.data-dir",
                        data.toString(),
                        "LANTU_ADMIN_PASSWORD",
                        TestStore.ADMIN_PASSWORD))
                .run();
        nodes.add(context);
        return context;
    }

    private static int port(ConfigurableApplicationContext context) {
        return Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
    }

    private void setUp() throws IOException {
        pgDir = Files.createTempDirectory("lantu-reliability-pg");
        try (ServerSocket s = new ServerSocket(0)) {
            pgPort = s.getLocalPort();
        }
        startDatabase();
    }

    @AfterEach
    void stop() throws IOException {
        nodes.forEach(ConfigurableApplicationContext::close);
        if (postgres != null) {
            postgres.close();
        }
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes());
    }

    private static WebClient.Page apiGet(WebClient client, String path, String authorization) {
        return client.send(HttpRequest.newBuilder(client.uri(path))
                .header("Accept", "application/json")
                .header("Authorization", authorization)
                .timeout(Duration.ofSeconds(30)));
    }

    @Test
    @Timeout(300)
    void withTheDatabaseDownRequestsAnswer503AndLantuRecoversWithoutARestart() throws Exception {
        setUp();
        ConfigurableApplicationContext app = node("db-restart");
        WebClient browser = new WebClient(port(app)).login("admin", TestStore.ADMIN_PASSWORD);
        String admin = basic("admin", TestStore.ADMIN_PASSWORD);
        assertThat(browser.get("/").status()).isEqualTo(200);
        assertThat(apiGet(browser, "/api/plans", admin).status()).isEqualTo(200);

        postgres.close();
        postgres = null;

        WebClient.Page api = apiGet(new WebClient(port(app)), "/api/plans", admin);
        assertThat(api.status()).isEqualTo(503);
        JsonNode body = JSON.readTree(api.body());
        assertThat(body.get("error").asString()).isEqualTo("unavailable");
        assertThat(body.get("request_id").asString()).isEqualTo(api.header("X-Request-Id"));
        WebClient.Page page = browser.get("/");
        assertThat(page.status()).isEqualTo(503);
        assertThat(page.body())
                .contains("暂时无法服务", "Temporarily unavailable", page.header("X-Request-Id"))
                .doesNotContain("Exception", "jdbc:", "at org.");
        assertThat(browser.get("/login").status()).isIn(200, 503);

        startDatabase();

        // the same browser session (kept in the database) goes on; the API answers again. Within a moment,
        // not at once: while the database is down the probe's answer is kept for 250 ms, and its own check
        // every 2 s may have just failed while the server was starting
        long back = System.nanoTime();
        int status = browser.get("/").status();
        while (status == 503 && System.nanoTime() - back < TimeUnit.SECONDS.toNanos(5)) {
            Thread.sleep(100);
            status = browser.get("/").status();
        }
        assertThat(status)
                .as("the home page, within 5 s of the database's return")
                .isEqualTo(200);
        assertThat(apiGet(browser, "/api/plans", admin).status()).isEqualTo(200);
    }

    @Test
    @Timeout(300)
    void twoInstancesOnOneDatabaseShareSessionsAndLogoutEverywhereEndsThemOnBoth() throws Exception {
        setUp();
        ConfigurableApplicationContext a = node("node-a");
        ConfigurableApplicationContext b = node("node-b");
        a.getBean(org.lantu.security.UserService.class)
                .create(
                        new org.lantu.security.CreateUser(
                                "two-node-planner", PLANNER_PASSWORD, "planner", "杭锦旗", java.util.List.of()),
                        null);

        WebClient onA = new WebClient(port(a)).login("two-node-planner", PLANNER_PASSWORD);
        // the same cookies, sent to the other instance, as a load balancer without stickiness would
        WebClient onB = new WebClient(port(b));
        onA.cookies()
                .getCookieStore()
                .getCookies()
                .forEach(c -> onB.cookies().getCookieStore().add(onB.uri("/"), c));
        WebClient.Page home = onB.get("/");
        assertThat(home.status()).isEqualTo(200);
        assertThat(home.body()).contains("two-node-planner");

        // the CSRF token is the session's, on both instances alike
        String csrf = home.doc().selectFirst("input[name=_csrf]").attr("value");
        WebClient.Page out = onB.postForm("/logout/everywhere", Map.of("_csrf", csrf));
        assertThat(out.status()).isEqualTo(302);
        assertThat(onA.get("/").status()).isEqualTo(302);
    }
}
