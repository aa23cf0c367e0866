package org.lantu.monitor;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Base64;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.lantu.Seeds;
import org.lantu.imports.ImportResult;
import org.lantu.imports.ImportService;
import org.lantu.plan.PlanJson;
import org.lantu.region.RegionService;
import org.lantu.security.CreateUser;
import org.lantu.security.UserService;
import org.lantu.web.TestStore;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * One store for every monitoring test class (one Spring context): seeds 000 (杭锦旗) and 002 (乌拉特后旗)
 * imported, and users of each role. Each class works on indicators and years of its own.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class MonitorTestSupport {

    static final String PASSWORD = "Monitor-Tests-Passw0rd";

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) {
        TestStore.register(registry, "monitor");
    }

    @LocalServerPort
    int port;

    @Autowired
    ImportService imports;

    @Autowired
    UserService users;

    @Autowired
    RegionService regions;

    @Autowired
    JdbcClient jdbc;

    long hangjin;
    long urad;
    long hangjinPlan;
    long uradPlan;

    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void seedsAndUsers() throws IOException {
        hangjinPlan = importSeed(Seeds.HANGJIN_URBANIZATION);
        uradPlan = importSeed(Seeds.URAD_REAR_FYP);
        hangjin = regions.find("150625").orElseThrow().id();
        urad = regions.find("150825").orElseThrow().id();
        user("hjq-planner", "planner", "杭锦旗", null);
        user("hjq-stats", "reporter", "杭锦旗", List.of("旗统计局"));
        user("hjq-hr", "reporter", "杭锦旗", List.of("旗人社局", "旗住建局"));
        user("hjq-viewer", "viewer", "杭锦旗", null);
        user("hjq-water", "reporter", "杭锦旗", List.of("旗水利局"));
        user("wlthq-reporter", "reporter", "乌拉特后旗", List.of("旗统计局"));
        user("wlthq-planner", "planner", "乌拉特后旗", null);
    }

    private long importSeed(String number) throws IOException {
        var path = Seeds.path(number);
        ImportResult r = imports.importDocument(path.getFileName().toString(), Files.readAllBytes(path), "test");
        if (r.failed()) {
            throw new AssertionError(r.error());
        }
        return r.planId();
    }

    private void user(String name, String role, String unit, @Nullable List<String> departments) {
        if (users.find(name).isEmpty()) {
            users.create(new CreateUser(name, PASSWORD, role, unit, departments), null);
        }
    }

    record Response(int status, String body) {
        JsonNode json() {
            return PlanJson.mapper().readTree(body);
        }
    }

    Response call(String user, String method, String path, @Nullable String contentType, byte @Nullable [] body) {
        String password = user.equals("admin") ? TestStore.ADMIN_PASSWORD : PASSWORD;
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header(
                        "Authorization",
                        "Basic "
                                + Base64.getEncoder()
                                        .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)))
                .header("Accept", "application/json")
                .method(
                        method,
                        body == null
                                ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofByteArray(body));
        if (contentType != null) {
            b.header("Content-Type", contentType);
        }
        try {
            HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Response(r.statusCode(), r.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    Response get(String user, String path) {
        return call(user, "GET", path, null, null);
    }

    Response json(String user, String method, String path, String json) {
        return call(user, method, path, "application/json", json.getBytes(StandardCharsets.UTF_8));
    }

    Response csv(String user, String csv) {
        return call(user, "POST", "/api/observations", "text/csv", csv.getBytes(StandardCharsets.UTF_8));
    }

    int count(String sql, Object... params) {
        return jdbc.sql(sql).params(params).query(Integer.class).single();
    }
}
