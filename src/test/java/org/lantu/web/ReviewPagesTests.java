package org.lantu.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Base64;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.lantu.Seeds;
import org.lantu.imports.ImportResult;
import org.lantu.imports.ImportService;
import org.lantu.plan.PlanJson;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/** The review tab, the decisions on findings, the findings and alignment API and the alignment page, on seeds. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReviewPagesTests {

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) {
        TestStore.register(registry, "review-pages");
    }

    @LocalServerPort
    int port;

    @Autowired
    ImportService imports;

    long hangjin;
    long interpretation;
    long regional;

    @BeforeAll
    void importSeeds() throws Exception {
        hangjin = importSeed(Seeds.HANGJIN_URBANIZATION);
        regional = importSeed(Seeds.REGIONAL_URBANIZATION);
        interpretation = importSeed(Seeds.HANGJIN_INTERPRETATION);
    }

    private long importSeed(String number) throws Exception {
        ImportResult r = imports.importDocument(
                Seeds.path(number).getFileName().toString(), Files.readAllBytes(Seeds.path(number)), "test");
        assertThat(r.failed()).isFalse();
        return r.planId();
    }

    WebClient client() {
        return new WebClient(port).login("admin", TestStore.ADMIN_PASSWORD);
    }

    /** 000's table says 63.52 for 2022, its text 63.47%. */
    private static Element urbanizationConflict(Document page) {
        return page.select("li.finding[data-kind=conflicting_figures]").stream()
                .filter(li -> li.text().contains("常住人口城镇化率")
                        && li.text().contains("63.52")
                        && li.text().contains("63.47"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no 63.52 / 63.47 finding"));
    }

    @Test
    void theReviewTabListsTheFindingsWithSeverityEvidenceAndSourceLinks() {
        Document page = client().get("/plans/" + hangjin + "?tab=review").doc();
        assertThat(page.selectFirst("nav.tabs a[aria-current=page]").text()).startsWith("审查");
        Element finding = urbanizationConflict(page);
        assertThat(finding.selectFirst(".badge[class*=severity-]")).isNotNull();
        assertThat(finding.selectFirst(".tag.kind").text()).isEqualTo("表文不一致");
        Elements links = finding.select(".evidence a.line-link");
        assertThat(links).isNotEmpty();
        assertThat(links.eachAttr("href")).allMatch(h -> h.matches("/plans/" + hangjin + "/source\\?line=\\d+#L\\d+"));
        assertThat(finding.select(".evidence q").eachText()).anyMatch(q -> q.contains("63.47"));

        Document en = client().get("/plans/" + hangjin + "?tab=review&lang=en").doc();
        assertThat(urbanizationConflict(en).selectFirst(".message").text()).matches("(?s).*[A-Za-z]{4,}.*");
    }

    @Test
    void theInterpretationIsCrossCheckedWithItsPlan() {
        Document page = client().get("/plans/" + interpretation + "?tab=review").doc();
        Elements missing = page.select("li.finding[data-kind=figure_not_in_source]");
        assertThat(missing.eachText()).anyMatch(t -> t.contains("X608")).anyMatch(t -> t.contains("120万亩"));
        // the interpretation's own lines link to its source
        assertThat(missing.select(".evidence a.line-link").eachAttr("href"))
                .isNotEmpty()
                .allMatch(h -> h.startsWith("/plans/" + interpretation + "/source?line="));
    }

    @Test
    void aDecisionWithAReasonIsKeptAndShownOneWithoutIsRefused() {
        WebClient c = client();
        Document page = c.get("/plans/" + hangjin + "?tab=review").doc();
        Element finding = urbanizationConflict(page);
        String key = finding.attr("data-key");
        Element form = finding.selectFirst("form");
        assertThat(form.attr("action")).isEqualTo("/plans/" + hangjin + "/findings/decisions");
        assertThat(form.selectFirst("input[name=_csrf]")).isNotNull();
        String version = form.selectFirst("input[name=version]").attr("value");

        WebClient.Page refused = c.postForm(
                "/plans/" + hangjin + "/findings/decisions",
                Map.of("version", version, "latest", "true", "key", key, "status", "accepted", "reason", " "));
        assertThat(refused.status()).isEqualTo(302);
        Document afterRefusal = c.follow(refused).doc();
        assertThat(afterRefusal.selectFirst("[role=alert]").text()).isEqualTo("请填写理由。");
        assertThat(urbanizationConflict(afterRefusal).selectFirst(".decision")).isNull();

        WebClient.Page saved = c.postForm(
                "/plans/" + hangjin + "/findings/decisions",
                Map.of(
                        "version", version,
                        "latest", "true",
                        "key", key,
                        "status", "accepted",
                        "reason", "表中数据有误，以正文为准"));
        assertThat(saved.status()).isEqualTo(302);
        Element decision = urbanizationConflict(c.follow(saved).doc()).selectFirst(".decision");
        assertThat(decision).isNotNull();
        assertThat(decision.text()).contains("已采纳", "表中数据有误，以正文为准", "admin");

        JsonNode api = PlanJson.mapper()
                .readTree(c.getJson("/api/plans/" + hangjin + "/findings").body());
        JsonNode f = api.get("findings")
                .valueStream()
                .filter(n -> n.get("key").asString().equals(key))
                .findFirst()
                .orElseThrow();
        assertThat(f.path("decision").path("status").asString()).isEqualTo("accepted");
        assertThat(f.path("decision").path("author").asString()).isEqualTo("admin");
    }

    @Test
    void theFindingsApiGivesTheReviewWithKeys() {
        WebClient.Page r = client().getJson("/api/plans/" + hangjin + "/findings");
        assertThat(r.status()).isEqualTo(200);
        JsonNode json = PlanJson.mapper().readTree(r.body());
        assertThat(json.path("plan").path("title").asString()).contains("杭锦旗");
        assertThat(json.get("findings").valueStream())
                .isNotEmpty()
                .allMatch(f -> !f.path("key").asString().isEmpty() && f.has("decision"))
                .anyMatch(f -> f.path("kind").asString().equals("conflicting_figures")
                        && f.path("message_zh").asString().contains("63.47")
                        && f.path("evidence").size() >= 2);
    }

    @Test
    void theAlignmentApiGivesFloorsAndCoverage() {
        WebClient.Page r = client().getJson("/api/plans/" + hangjin + "/alignment?parent=" + regional);
        assertThat(r.status()).isEqualTo(200);
        JsonNode json = PlanJson.mapper().readTree(r.body());
        assertThat(json.get("coverage").size()).isEqualTo(37);
        assertThat(json.get("floors").size()).isPositive();
    }

    @Test
    void theAlignmentPageShowsFloorsAndTheCoverageUncoveredFirst() {
        WebClient c = client();
        Document plan = c.get("/plans/" + hangjin).doc();
        assertThat(plan.getElementById("alignment-link").attr("href")).isEqualTo("/plans/" + hangjin + "/alignment");

        Document choose = c.get("/plans/" + hangjin + "/alignment").doc();
        assertThat(choose.select("select[name=parent] option").eachAttr("value"))
                .contains(String.valueOf(regional));

        Document page =
                c.get("/plans/" + hangjin + "/alignment?parent=" + regional).doc();
        Elements floors = page.select("table.floors tbody tr");
        assertThat(floors).isNotEmpty();
        assertThat(floors.stream()
                        .filter(tr -> tr.text().contains("托位数")
                                && tr.attr("data-verdict").equals("below_floor")))
                .anyMatch(tr -> tr.hasClass("verdict-bad") && tr.select("q").size() == 2);
        assertThat(floors.stream().filter(tr -> tr.attr("data-verdict").equals("meets")))
                .allMatch(tr -> tr.hasClass("verdict-ok"));
        Elements coverage = page.select("table.coverage tbody tr");
        assertThat(coverage).hasSize(37);
        // uncovered articles first
        java.util.List<String> verdicts = coverage.eachAttr("data-verdict");
        java.util.List<String> order = java.util.List.of("not_covered", "partly", "covered");
        for (int i = 1; i < verdicts.size(); i++) {
            assertThat(order.indexOf(verdicts.get(i))).isGreaterThanOrEqualTo(order.indexOf(verdicts.get(i - 1)));
        }
        Element chart = page.getElementById("alignment-chart");
        assertThat(chart.attr("data-src")).isEqualTo("/plans/" + hangjin + "/alignment.json?parent=" + regional);
        assertThat(page.select("script[src]").eachAttr("src")).contains("/js/alignment.js");
        assertThat(page.select("script:not([src])")).isEmpty();

        JsonNode data =
                PlanJson.mapper().readTree(c.getJson(chart.attr("data-src")).body());
        assertThat(data.get("articles").size()).isEqualTo(37);
        assertThat(data.get("cells").size()).isPositive();
    }

    @Test
    void outOfScopeThePagesAndTheApiAnswer404() throws Exception {
        String password = "Gobi-Steppe-2025x";
        createUser("urad-planner", password, "planner", "乌拉特后旗");
        WebClient c = new WebClient(port).login("urad-planner", password);
        assertThat(c.get("/plans/" + hangjin + "?tab=review").status()).isEqualTo(404);
        assertThat(c.get("/plans/" + hangjin + "/alignment?parent=" + regional).status())
                .isEqualTo(404);
        assertThat(c.getJson("/plans/" + hangjin + "/alignment.json?parent=" + regional)
                        .status())
                .isEqualTo(404);
        assertThat(c.getJson("/api/plans/" + hangjin + "/findings").status()).isEqualTo(404);
        assertThat(c.getJson("/api/plans/" + hangjin + "/alignment?parent=" + regional)
                        .status())
                .isEqualTo(404);
        assertThat(c.postForm(
                                "/plans/" + hangjin + "/findings/decisions",
                                Map.of("version", "1", "key", "x", "status", "accepted", "reason", "r"))
                        .status())
                .isEqualTo(404);
    }

    /** A user created through the API by the admin (HTTP Basic). */
    private void createUser(String username, String password, String role, String unit) throws Exception {
        HttpResponse<String> created = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/users"))
                                .header(
                                        "Authorization",
                                        "Basic "
                                                + Base64.getEncoder()
                                                        .encodeToString(("admin:" + TestStore.ADMIN_PASSWORD)
                                                                .getBytes(StandardCharsets.UTF_8)))
                                .header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString(
                                        """
                                        {"username": "%s", "password": "%s", "role": "%s", "unit": "%s"}""".formatted(username, password, role, unit)))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    }

    @Test
    void aViewerSeesTheFindingsButCannotDecide() throws Exception {
        String password = "Dune-Willow-2025x";
        createUser("hangjin-reader", password, "viewer", "杭锦旗");
        WebClient c = new WebClient(port).login("hangjin-reader", password);
        Document page = c.get("/plans/" + hangjin + "?tab=review").doc();
        Element finding = urbanizationConflict(page);
        assertThat(finding.selectFirst("form")).isNull();
        String version = String.valueOf(PlanJson.mapper()
                .readTree(c.getJson("/api/plans/" + hangjin + "/findings").body())
                .path("version_id")
                .asLong());
        assertThat(c.postForm(
                                "/plans/" + hangjin + "/findings/decisions",
                                Map.of(
                                        "version",
                                        version,
                                        "key",
                                        finding.attr("data-key"),
                                        "status",
                                        "dismissed",
                                        "reason",
                                        "r"))
                        .status())
                .isEqualTo(403);
    }
}
