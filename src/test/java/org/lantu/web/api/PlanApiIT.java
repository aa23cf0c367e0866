package org.lantu.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.lantu.Seeds;
import org.lantu.ingest.IngestService;
import org.lantu.plan.ExtractedPlan;
import org.lantu.plan.PlanJson;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** The REST API on a real (embedded) PostgreSQL: import, read back, re-import, new versions, failures. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PlanApiIT {

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) throws IOException {
        Path dir = Files.createTempDirectory("lantu-api-it");
        registry.add("lantu.store.data-dir", dir::toString);
        registry.add("LANTU_ADMIN_PASSWORD", () -> ADMIN_PASSWORD);
    }

    private static final String ADMIN_PASSWORD = "Api-Test-Passw0rd";
    private static final String AUTH = "Basic "
            + java.util.Base64.getEncoder()
                    .encodeToString(("admin:" + ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8));

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    private final HttpClient http = HttpClient.newHttpClient();

    record Response(int status, JsonNode json) {}

    private Response get(String path) throws Exception {
        HttpResponse<String> r = http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .header("Authorization", AUTH)
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        return new Response(r.statusCode(), PlanJson.mapper().readTree(r.body()));
    }

    private Response upload(Map<String, byte[]> files) throws Exception {
        String boundary = "lantu-" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (var f : files.entrySet()) {
            body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + f.getKey()
                            + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
                    .getBytes(StandardCharsets.UTF_8));
            body.write(f.getValue());
            body.write("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        body.write(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> r = http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/plans"))
                        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                        .header("Authorization", AUTH)
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        return new Response(r.statusCode(), PlanJson.mapper().readTree(r.body()));
    }

    private static Map<String, byte[]> seeds(String... numbers) throws IOException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        for (String n : numbers) {
            Path p = Seeds.path(n);
            files.put(p.getFileName().toString(), Files.readAllBytes(p));
        }
        return files;
    }

    private int count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Integer.class).single();
    }

    @Test
    @Order(1)
    void importsAllFiveSeedsAndReadsThemBackInTheExtractShape() throws Exception {
        Response r = upload(seeds("000", "001", "002", "003", "004"));
        assertThat(r.status()).isEqualTo(201);
        assertThat(r.json()).hasSize(5);
        assertThat(r.json().valueStream().map(n -> n.get("status").asString())).containsOnly("created");

        Response list = get("/api/plans");
        assertThat(list.json()).hasSize(5);
        long regional = list.json()
                .valueStream()
                .filter(p -> p.get("unit_name").asString().equals("内蒙古自治区"))
                .findFirst()
                .orElseThrow()
                .get("id")
                .asLong();

        Response plan = get("/api/plans/" + regional);
        assertThat(plan.status()).isEqualTo(200);
        // the same shape as lantu extract, plus ids
        ExtractedPlan extracted;
        try (IngestService ingest = new IngestService()) {
            extracted = ingest.extract(Seeds.path("003"));
        }
        JsonNode expected = PlanJson.mapper().valueToTree(extracted);
        assertThat(plan.json().get("plan")).isEqualTo(expected.get("plan"));
        assertThat(withoutIds(plan.json().get("sections"))).isEqualTo(expected.get("sections"));
        assertThat(plan.json().get("sections").get(3).get("item_id").isNumber()).isTrue();
        assertThat(plan.json().get("source").get("sha256").asString())
                .isEqualTo(extracted.source().sha256());
        assertThat(plan.json().get("version_id").isNumber()).isTrue();

        Response sections = get("/api/plans/" + regional + "/sections");
        assertThat(sections.json()).hasSize(9 + 37);
    }

    private static JsonNode withoutIds(JsonNode node) {
        JsonNode copy = node.deepCopy();
        strip(copy);
        return copy;
    }

    private static void strip(JsonNode node) {
        if (node instanceof ObjectNode o) {
            o.remove("item_id");
            o.values().forEach(PlanApiIT::strip);
        } else if (node.isArray()) {
            node.values().forEach(PlanApiIT::strip);
        }
    }

    @Test
    @Order(2)
    void importingTheSameFileAgainChangesNothing() throws Exception {
        int items = count("plan.item");
        Response r = upload(seeds("000"));
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json().get(0).get("status").asString()).isEqualTo("unchanged");
        assertThat(count("plan.plan_version")).isEqualTo(5);
        assertThat(count("plan.item")).isEqualTo(items);
    }

    @Test
    @Order(3)
    void aChangedFileOfTheSamePlanBecomesItsNextVersionWithADiff() throws Exception {
        String text = Seeds.text("000").replace("（四）加强宣传引导", "（四）加强宣传引导和舆论监督").replace("（三）强化规划引领", "");
        Response r = upload(Map.of("000-revised.txt", text.getBytes(StandardCharsets.UTF_8)));
        assertThat(r.status()).isEqualTo(201);
        JsonNode result = r.json().get(0);
        assertThat(result.get("status").asString()).isEqualTo("new_version");
        assertThat(result.get("version_no").asInt()).isEqualTo(2);
        JsonNode diff = result.get("diff");
        assertThat(diff.get("added").valueStream().map(c -> c.get("key").asString()))
                .anySatisfy(k -> assertThat(k).endsWith("（四）加强宣传引导和舆论监督"));
        assertThat(diff.get("removed").valueStream().map(c -> c.get("key").asString()))
                .anySatisfy(k -> assertThat(k).endsWith("（四）加强宣传引导"))
                .anySatisfy(k -> assertThat(k).endsWith("（三）强化规划引领"));
        long planId = result.get("plan_id").asLong();
        assertThat(get("/api/plans/" + planId + "/versions").json()).hasSize(2);
        assertThat(count("plan.plan")).isEqualTo(5);
    }

    @Test
    @Order(4)
    void aFailedImportLeavesNothingBehind() throws Exception {
        int plans = count("plan.plan");
        int versions = count("plan.plan_version");
        int units = count("region.admin_unit");
        Response r = upload(Map.of("empty.txt", new byte[0]));
        assertThat(r.status()).isEqualTo(422);
        assertThat(r.json().get(0).get("status").asString()).isEqualTo("failed");
        assertThat(r.json().get(0).get("error").asString()).isEqualTo("empty.txt: the file is empty");
        assertThat(count("plan.plan")).isEqualTo(plans);
        assertThat(count("plan.plan_version")).isEqualTo(versions);
        assertThat(count("region.admin_unit")).isEqualTo(units);
    }

    @Test
    @Order(5)
    void nothingIsReadableWithoutLogin() throws Exception {
        HttpResponse<String> r = http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/plans"))
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(401);
        assertThat(PlanJson.mapper().readTree(r.body()).has("error")).isTrue();
    }

    @Test
    @Order(6)
    void errorsAreJsonWithTheRightStatus() throws Exception {
        Response missing = get("/api/plans/999999");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.json().get("error").asString()).isEqualTo("not_found");
        assertThat(missing.json().get("detail").asString()).isEqualTo("plan 999999 does not exist");
        Response wrongType = get("/api/plans/abc");
        assertThat(wrongType.status()).isEqualTo(400);
        assertThat(wrongType.json().get("error").asString()).isEqualTo("bad_request");
    }

    private int post(String path, String json) throws Exception {
        return http.send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                                .header("Authorization", AUTH)
                                .header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString(json))
                                .build(),
                        HttpResponse.BodyHandlers.ofString())
                .statusCode();
    }

    private static String basic(String user, String password) {
        return "Basic "
                + java.util.Base64.getEncoder()
                        .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private HttpResponse<String> as(String auth, HttpRequest.Builder request) throws Exception {
        return http.send(request.header("Authorization", auth).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    @Order(7)
    void aCountyPlannerSeesAndChangesOnlyTheCountysPlans() throws Exception {
        String password = "Grassland-River-2025";
        assertThat(post("/api/users", """
                {"username": "hangjin-planner", "password": "%s", "role": "planner", "unit": "杭锦旗"}""".formatted(password))).isEqualTo(201);
        String planner = basic("hangjin-planner", password);
        URI plansUri = URI.create("http://localhost:" + port + "/api/plans");

        JsonNode visible = PlanJson.mapper()
                .readTree(as(planner, HttpRequest.newBuilder(plansUri).GET()).body());
        assertThat(visible.valueStream().map(p -> p.get("unit_name").asString()))
                .containsOnly("杭锦旗")
                .hasSize(2);

        long urad = get("/api/plans")
                .json()
                .valueStream()
                .filter(p -> p.get("unit_name").asString().equals("乌拉特后旗"))
                .findFirst()
                .orElseThrow()
                .get("id")
                .asLong();
        HttpResponse<String> hidden = as(
                planner,
                HttpRequest.newBuilder(URI.create(plansUri + "/" + urad)).GET());
        assertThat(hidden.statusCode()).as("out of scope reads as absent").isEqualTo(404);

        // importing another county's plan is refused inside the transaction: nothing is written
        int versions = count("plan.plan_version");
        String text = Seeds.text("002").replace("第一章 发展基础", "第一章 发展基础与形势");
        String boundary = "b" + UUID.randomUUID();
        byte[] body = ("--" + boundary
                        + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"002.txt\"\r\n\r\n" + text
                        + "\r\n--" + boundary + "--\r\n")
                .getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> refused = as(
                planner,
                HttpRequest.newBuilder(plansUri)
                        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(PlanJson.mapper()
                        .readTree(refused.body())
                        .get(0)
                        .get("error")
                        .asString())
                .contains("乌拉特后旗")
                .contains("not within");
        assertThat(count("plan.plan_version")).isEqualTo(versions);

        // a viewer reads but does not import
        assertThat(post("/api/users", """
                {"username": "hangjin-viewer", "password": "Desert-Oasis-2025x", "role": "viewer", "unit": "杭锦旗"}""")).isEqualTo(201);
        HttpResponse<String> viewer = as(
                basic("hangjin-viewer", "Desert-Oasis-2025x"),
                HttpRequest.newBuilder(plansUri)
                        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
        assertThat(viewer.statusCode()).isEqualTo(403);
    }
}
