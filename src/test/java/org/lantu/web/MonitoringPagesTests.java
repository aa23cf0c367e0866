package org.lantu.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.lantu.Seeds;
import org.lantu.imports.ImportResult;
import org.lantu.imports.ImportService;
import org.lantu.monitor.EvaluationService;
import org.lantu.monitor.PlanTarget;
import org.lantu.plan.PlanService;
import org.lantu.region.RegionService;
import org.lantu.security.CreateUser;
import org.lantu.security.UserService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The monitoring pages (监测评估) for 000 (杭锦旗, 2022 → 2025) evaluated in 2024 against the observations of
 * {@code PlanEvaluationTests}, beside 004 (鄂托克旗, the same league) and 002 (乌拉特后旗, another league).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MonitoringPagesTests {

    static final String PASSWORD = "Monitoring-Pages-Passw0rd";

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) {
        TestStore.register(registry, "monitoring-pages");
    }

    @LocalServerPort
    int port;

    @Autowired
    ImportService imports;

    @Autowired
    EvaluationService evaluations;

    @Autowired
    PlanService plans;

    @Autowired
    RegionService regions;

    @Autowired
    UserService users;

    @Autowired
    JdbcClient jdbc;

    long hangjin;
    long otog;
    long urad;
    long hangjinUnit;
    long ordos;
    long gdpItem;
    WebClient admin;

    @BeforeAll
    void importAndObserve() throws Exception {
        hangjin = importSeed(Seeds.HANGJIN_URBANIZATION);
        otog = importSeed(Seeds.OTOG_FYP);
        urad = importSeed(Seeds.URAD_REAR_FYP);
        hangjinUnit = regions.find("150625").orElseThrow().id();
        ordos = regions.find("150600").orElseThrow().id();
        org.lantu.monitor.HangjinObservations.approve(jdbc, hangjinUnit);
        // a figure not yet approved: on the indicator page, not in the evaluation
        jdbc.sql("""
                        insert into monitor.observation (unit_id, indicator_code, year, value, status, created_by, updated_by)
                        values (?, 'gdp', 2025, 199, 'submitted', 'test', 'test')""").param(hangjinUnit).update();
        gdpItem = evaluations.targets(hangjin).stream()
                .filter(t ->
                        t.itemType().equals("indicator") && t.spec().indicator().equals("地区生产总值"))
                .mapToLong(PlanTarget::itemId)
                .findFirst()
                .orElseThrow();
        users.create(new CreateUser("wlthq-viewer", PASSWORD, "viewer", "乌拉特后旗", null), null);
        admin = new WebClient(port).login("admin", TestStore.ADMIN_PASSWORD);
    }

    private long importSeed(String number) throws Exception {
        var path = Seeds.path(number);
        ImportResult r = imports.importDocument(path.getFileName().toString(), Files.readAllBytes(path), "test");
        assertThat(r.failed()).isFalse();
        return r.planId();
    }

    private static Element row(Document doc, String indicator) {
        for (Element tr : doc.select("table.monitoring-targets tr.target-row")) {
            if (tr.selectFirst("td a").text().equals(indicator)) {
                return tr;
            }
        }
        throw new AssertionError("no row " + indicator);
    }

    @Test
    void thePlanTabGivesEveryTargetItsStatusCategoryAndMethod() {
        WebClient.Page page = admin.get("/plans/" + hangjin + "?tab=monitoring&year=2024&lang=zh");
        assertThat(page.status()).isEqualTo(200);
        Document doc = page.doc();
        assertThat(doc.selectFirst("nav.tabs a[aria-current=page]").text()).startsWith("监测评估");
        assertThat(doc.selectFirst("#year-select option[selected]").text()).isEqualTo("2024");
        assertThat(doc.selectFirst("#monitoring-heading").text()).contains("2024");

        Element gdp = row(doc, "地区生产总值");
        assertThat(gdp.attr("data-status")).isEqualTo("on_track");
        assertThat(gdp.selectFirst(".status-badge").text()).isEqualTo("进展顺利");
        assertThat(gdp.selectFirst(".status-badge").attr("title")).isNotBlank();
        assertThat(gdp.selectFirst(".category").text()).isEqualTo("快于预期");
        assertThat(gdp.selectFirst(".method").text()).isEqualTo("年均增速比较法");
        assertThat(gdp.text()).contains("165.93（2022）", "190", "（2024）", "1.09", "+5.3%/年");
        assertThat(gdp.selectFirst("td a").attr("href")).isEqualTo("/plans/" + hangjin + "/indicators/" + gdpItem);

        assertThat(row(doc, "常住人口城镇化率").attr("data-status")).isEqualTo("limited_progress");
        assertThat(row(doc, "常住人口城镇化率").selectFirst(".category").text()).isEqualTo("滞后");
        assertThat(row(doc, "每千人口拥有执业（助理）医师数").attr("data-status")).isEqualTo("achieved");
        assertThat(row(doc, "每千人口拥有执业（助理）医师数").selectFirst(".category").text()).isEqualTo("提前实现");
        assertThat(row(doc, "全体居民人均可支配收入年均增速").selectFirst(".category").text()).isEqualTo("基本符合预期");
        assertThat(row(doc, "基本养老保险参保率").attr("data-status")).isEqualTo("deterioration");
        assertThat(row(doc, "森林覆盖率").attr("data-status")).isEqualTo("needs_acceleration");
        assertThat(row(doc, "植被覆盖度").attr("data-status")).isEqualTo("insufficient_data");
        assertThat(row(doc, "植被覆盖度").selectFirst(".status-badge").text()).isEqualTo("数据不足");

        // grouped by domain, counted, charted from the element's data, the warnings listed
        assertThat(doc.select("table.monitoring-targets tr.group").size()).isGreaterThan(1);
        assertThat(doc.select(".status-counts .total dd").text()).isEqualTo("41");
        String chart = doc.selectFirst("#status-chart").attr("data-chart");
        JsonNode donut = JsonMapper.builder().build().readTree(chart);
        assertThat(donut.get("items").findValuesAsString("code")).contains("on_track", "deterioration");
        assertThat(doc.select("ul.warnings li").text()).contains("常住人口城镇化率", "基本养老保险参保率");
        assertThat(doc.select("script[src]").eachAttr("src")).contains("/js/charts.js", "/js/monitoring.js");
        assertThat(doc.select("script:not([src])")).isEmpty();
    }

    @Test
    void inEnglishTheLabelsChangeAndTheFiguresStay() {
        Document doc = admin.get("/plans/" + hangjin + "?tab=monitoring&year=2024&lang=en")
                .doc();
        assertThat(doc.selectFirst("nav.tabs a[aria-current=page]").text()).startsWith("Monitoring");
        Element gdp = row(doc, "地区生产总值");
        assertThat(gdp.selectFirst(".status-badge").text()).isEqualTo("On track");
        assertThat(gdp.selectFirst(".category").text()).isEqualTo("Ahead of expectations");
        assertThat(gdp.selectFirst(".method").text()).isEqualTo("Compound growth ratio");
        assertThat(doc.select("thead th").eachText())
                .contains("Target (as written)", "Latest", "Status", "Required pace");
        assertThat(doc.selectFirst("#nav-monitoring").text()).isEqualTo("Monitoring");
        assertThat(doc.selectFirst("#nav-warnings").text()).isEqualTo("Warnings");
        assertThat(admin.get("/warnings?lang=en").doc().selectFirst("h1").text())
                .isEqualTo("Warnings");
        assertThat(admin.get("/units/" + ordos + "/comparison?lang=en")
                        .doc()
                        .selectFirst("h1")
                        .text())
                .contains("compared");
        // the language stays chosen (cookie): back to Chinese for the other tests
        admin.get("/?lang=zh");
    }

    @Test
    void theIndicatorPageShowsObservationsTrajectoryAndEveryPlansTarget() throws Exception {
        Document doc = admin.get("/plans/" + hangjin + "/indicators/" + gdpItem + "?lang=zh")
                .doc();
        assertThat(doc.selectFirst("h1").text()).contains("地区生产总值", "进展顺利");
        assertThat(doc.select("dl.meta").text()).contains("gdp", "165.93（2022）");
        List<Element> obs = doc.select("table.observations tbody tr");
        assertThat(obs).extracting(e -> e.attr("data-status")).containsExactly("submitted", "approved");
        assertThat(obs.get(0).text()).contains("2025", "199", "已报送");
        assertThat(obs.get(1).text()).contains("2024", "190", "已审核");
        // the prose target of 000 on the same indicator, and 鄂托克旗's five-year plan if it links one
        assertThat(doc.select("table.other-targets tbody tr").size()).isGreaterThanOrEqualTo(2);
        assertThat(doc.select("table.other-targets tbody tr.selected")).hasSize(1);
        String src = doc.selectFirst("#trajectory-chart").attr("data-src");
        assertThat(src).isEqualTo("/api/plans/" + hangjin + "/indicators/" + gdpItem + "/trajectory?year=2024");

        JsonNode t = JsonMapper.builder().build().readTree(admin.getJson(src).body());
        List<String> years =
                t.get("years").valueStream().map(JsonNode::asString).toList();
        assertThat(years).containsExactly("2022", "2023", "2024", "2025");
        assertThat(t.get("observed").get(0).asDouble()).isEqualTo(165.93);
        assertThat(t.get("observed").get(1).isNull()).isTrue();
        assertThat(t.get("observed").get(2).asDouble()).isEqualTo(190);
        assertThat(t.get("pending").get(3).asDouble()).isEqualTo(199);
        // the compound path: 165.93 × (200/165.93)^(1/3) = 176.59 in 2023
        assertThat(t.get("path").get(1).asDouble()).isBetween(176.5, 176.7);
        assertThat(t.get("path").get(3).asDouble()).isEqualTo(200);
        assertThat(t.get("projection").get(2).asDouble()).isEqualTo(190);
        assertThat(t.get("projection").get(3).isNull()).isFalse();
        assertThat(t.get("target").asDouble()).isEqualTo(200);
        assertThat(t.at("/labels/path").asString()).isEqualTo("目标路径");

        assertThat(admin.get("/plans/" + hangjin + "/indicators/99999999").status())
                .isEqualTo(404);
        assertThat(admin.getJson("/api/plans/" + hangjin + "/indicators/99999999/trajectory")
                        .status())
                .isEqualTo(404);
    }

    @Test
    void unitPagesAndTheComparisonOfALeaguesCounties() {
        Document unit =
                admin.get("/units/" + hangjinUnit + "/monitoring?year=2024").doc();
        assertThat(unit.selectFirst("h1").text()).contains("杭锦旗");
        assertThat(unit.select("table.status-table tbody tr").text()).contains("杭锦旗推进以县城为重要载体的城镇化建设总体方案");
        assertThat(unit.selectFirst("#status-bars").attr("data-chart")).contains("categories");

        Document league = admin.get("/units/" + ordos + "/monitoring").doc();
        assertThat(league.selectFirst("#comparison-link")).isNotNull();
        assertThat(league.select("ul.unit-links a").eachText()).contains("杭锦旗", "鄂托克旗");

        Document mix = admin.get("/units/" + ordos + "/comparison?year=2024").doc();
        List<Element> ranked = mix.select("table.ranking tbody tr");
        assertThat(ranked)
                .extracting(e -> e.selectFirst("td:nth-child(2)").text())
                .contains("杭锦旗", "鄂托克旗");
        // 杭锦旗 has assessed targets; 鄂托克旗 no observation, so it is not ranked
        assertThat(ranked.get(0).text()).startsWith("1 杭锦旗");
        assertThat(mix.selectFirst("#status-bars").attr("data-chart")).contains("杭锦旗");
        assertThat(mix.select("#indicator-select option").eachAttr("value")).contains("gdp");

        Document gdp = admin.get("/units/" + ordos + "/comparison?indicator=gdp&year=2024")
                .doc();
        assertThat(gdp.selectFirst("#indicator-heading").text()).isNotBlank();
        Element first = gdp.select("section table.items tbody tr").first();
        assertThat(first.text()).contains("杭锦旗", "190");
        assertThat(first.selectFirst(".status-badge").text()).isEqualTo("进展顺利");
        assertThat(gdp.selectFirst("#indicator-bars").attr("data-chart")).contains("\"latest\":[190");

        Document overview = admin.get("/monitoring").doc();
        assertThat(overview.select("table.status-table tbody tr").text()).contains("内蒙古自治区", "鄂尔多斯市", "杭锦旗", "乌拉特后旗");
    }

    @Test
    void theWarningsPageFiltersByUnitAndKind() {
        Document all = admin.get("/warnings?year=2024").doc();
        assertThat(all.select("ul.warnings li").text()).contains("常住人口城镇化率", "基本养老保险参保率");
        assertThat(all.select("ul.warnings li a").eachAttr("href"))
                .anyMatch(h -> h.startsWith("/plans/" + hangjin + "/indicators/"));
        Document binding = admin.get("/warnings?year=2024&kind=binding_target").doc();
        assertThat(binding.select("ul.warnings li")).allMatch(li -> li.hasClass("kind-binding_target"));
        long uradUnit = regions.find("150825").orElseThrow().id();
        Document other = admin.get("/warnings?year=2024&unit=" + uradUnit).doc();
        assertThat(other.select("ul.warnings li").text()).doesNotContain("杭锦旗推进");
        assertThat(admin.get("/").doc().selectFirst("#nav-warnings").attr("href"))
                .isEqualTo("/warnings");
        assertThat(admin.get("/").doc().selectFirst("#home-monitoring")).isNotNull();
    }

    @Test
    void aDepartmentPageListsTheIndicatorsItReports() {
        var registry = plans.responsibleUnitIds(hangjinUnit);
        List<PlanTarget> targets = evaluations.targets(hangjin);
        String reporter = targets.stream()
                .map(PlanTarget::reportingUnit)
                .filter(u -> u != null && registry.containsKey(u))
                .findFirst()
                .orElse(null);
        if (reporter == null) {
            // no department of 000's tasks reports an indicator: the section says so
            String any = registry.keySet().iterator().next();
            Document doc = admin.get("/responsible-units/" + registry.get(any)).doc();
            assertThat(doc.selectFirst("#reported-heading")).isNotNull();
            return;
        }
        Document doc = admin.get("/responsible-units/" + registry.get(reporter)).doc();
        assertThat(doc.select("table.monitoring-targets tr.target-row")).isNotEmpty();
        assertThat(doc.select("table.monitoring-targets .status-badge")).isNotEmpty();
    }

    @Test
    void outOfScopeEverythingIsNotFound() {
        WebClient viewer = new WebClient(port).login("wlthq-viewer", PASSWORD);
        assertThat(viewer.get("/plans/" + hangjin + "?tab=monitoring").status()).isEqualTo(404);
        assertThat(viewer.get("/plans/" + hangjin + "/indicators/" + gdpItem).status())
                .isEqualTo(404);
        assertThat(viewer.getJson("/api/plans/" + hangjin + "/indicators/" + gdpItem + "/trajectory")
                        .status())
                .isEqualTo(404);
        assertThat(viewer.get("/units/" + hangjinUnit + "/monitoring").status()).isEqualTo(404);
        assertThat(viewer.get("/units/" + ordos + "/comparison").status()).isEqualTo(404);
        assertThat(viewer.get("/warnings?unit=" + hangjinUnit).status()).isEqualTo(404);
        assertThat(viewer.get("/warnings").doc().select("ul.warnings li").text())
                .doesNotContain("杭锦旗");
        assertThat(viewer.get("/plans/" + urad + "?tab=monitoring").status()).isEqualTo(200);
        // the viewer's indicator page lists only the plans it may read
        assertThat(viewer.get("/monitoring").doc().text()).doesNotContain("杭锦旗").contains("乌拉特后旗");
        assertThat(admin.get("/plans/" + hangjin + "?tab=monitoring&year=3000").status())
                .isEqualTo(400);
    }
}
