package org.lantu.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
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
import org.lantu.ingest.IngestService;
import org.lantu.plan.PlanService;
import org.lantu.plan.ResponsibleUnit;
import org.lantu.plan.StoredVersion;
import org.lantu.region.RegionService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The pages against a running server on a real (embedded) PostgreSQL: seeds and the example imported
 * through {@link ImportService}, the example's second version with known items stored through {@link
 * PlanService}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WebPagesTests {

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) {
        TestStore.register(registry, "web-pages");
    }

    @LocalServerPort
    int port;

    @Autowired
    ImportService imports;

    @Autowired
    PlanService plans;

    @Autowired
    RegionService regions;

    @Autowired
    IngestService ingest;

    long example;
    long firstVersion;
    StoredVersion second;
    long hangjin;

    @BeforeAll
    void importDocuments() throws Exception {
        ImportResult txt =
                imports.importDocument("shiliqi-urbanization-plan.txt", ExamplePlan.bytes(ExamplePlan.TXT), "test");
        assertThat(txt.status()).isEqualTo("created");
        example = txt.planId();
        firstVersion = txt.versionId();
        long unit = regions.find("示例旗").orElseThrow().id();
        second = plans.store(ExamplePlan.withItems(ingest), ExamplePlan.bytes(ExamplePlan.TXT), unit, "test");
        assertThat(second.status()).isEqualTo("new_version");
        ImportResult seed = imports.importDocument(
                Seeds.path(Seeds.HANGJIN_URBANIZATION).getFileName().toString(),
                java.nio.file.Files.readAllBytes(Seeds.path(Seeds.HANGJIN_URBANIZATION)),
                "test");
        assertThat(seed.failed()).isFalse();
        hangjin = seed.planId();
        imports.importDocument(
                "regional.txt", java.nio.file.Files.readAllBytes(Seeds.path(Seeds.REGIONAL_URBANIZATION)), "test");
    }

    /** A planner's browser: logged in as the first start's admin. */
    WebClient client() {
        return new WebClient(port).login("admin", TestStore.ADMIN_PASSWORD);
    }

    // ---- home ---------------------------------------------------------------------------------------

    @Test
    void homeShowsTheUnitTreeDownToTheCountiesWithPlansAndNothingElse() {
        Document home = client().get("/").doc();
        assertThat(home.title()).isEqualTo("规划一览 · 蓝图");
        Element region = home.selectFirst("li.unit:has(> .unit-name:containsOwn(内蒙古自治区))");
        assertThat(region).isNotNull();
        Element league = region.selectFirst("li.unit:has(> .unit-name:containsOwn(鄂尔多斯市))");
        assertThat(league).isNotNull();
        Element county = league.selectFirst("li.unit:has(> .unit-name:containsOwn(杭锦旗))");
        assertThat(county).isNotNull();
        assertThat(county.select("ul.plans a").eachAttr("href")).contains("/plans/" + hangjin);
        // the regional plan sits at the region itself
        assertThat(region.selectFirst("> ul.plans a").text()).contains("关于推进以县城为重要载体的城镇化建设总体方案");
        // units without plans below them stay out
        assertThat(home.select(".unit-name").eachText()).doesNotContain("呼和浩特市", "鄂托克旗", "包头市");
        assertThat(home.select(".unit-name").eachText()).contains("示例旗");
    }

    @Test
    void homeHasAnImportFormThatWorksWithoutScripts() {
        Document home = client().get("/").doc();
        Element form = home.getElementById("import-form");
        assertThat(form.attr("method")).isEqualTo("post");
        assertThat(form.attr("action")).isEqualTo("/import");
        assertThat(form.attr("enctype")).isEqualTo("multipart/form-data");
        Element input = form.selectFirst("input[type=file]");
        assertThat(input.attr("name")).isEqualTo("file");
        assertThat(input.hasAttr("multiple")).isTrue();
        assertThat(home.select("script[src]").eachAttr("src")).contains("/js/import.js");
    }

    @Test
    void importingWithoutScriptsRedirectsHomeAndListsEveryFileWithItsOutcome() {
        WebClient c = client();
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("examples-again.txt", ExamplePlan.bytes(ExamplePlan.TXT));
        files.put("empty.txt", new byte[0]);
        files.put("notes.xyz", "hello".getBytes(StandardCharsets.UTF_8));
        WebClient.Page posted = c.upload("/import", files, false);
        assertThat(posted.status()).isEqualTo(302);
        Document home = c.follow(posted).doc();
        Elements results = home.select("#import-results > li");
        assertThat(results.eachAttr("data-status")).containsExactly("unchanged", "failed", "failed");
        assertThat(results.get(0).text()).contains("examples-again.txt", "未变化");
        assertThat(results.get(0).selectFirst("a").attr("href")).isEqualTo("/plans/" + example);
        assertThat(results.get(1).selectFirst(".reason").text()).isNotBlank();
        assertThat(results.get(2).text()).contains("notes.xyz", "失败");
        // the flash is gone on the next visit
        assertThat(c.get("/").doc().select("#import-results > li")).isEmpty();
    }

    @Test
    void theScriptedImportGetsOneResultItemPerFile() throws Exception {
        WebClient.Page fragment = client().upload(
                        "/import",
                        Map.of("urad.txt", java.nio.file.Files.readAllBytes(Seeds.path(Seeds.URAD_REAR_FYP))),
                        true);
        assertThat(fragment.status()).isEqualTo(200);
        Document doc = fragment.doc();
        assertThat(doc.select("header.site")).isEmpty();
        Element item = doc.selectFirst("#import-results > li");
        assertThat(item.attr("data-status")).isIn("created", "unchanged");
        assertThat(item.text()).contains("乌拉特后旗", "第 1 版");
    }

    // ---- language -----------------------------------------------------------------------------------

    @Test
    void chineseByDefaultEnglishOnRequestAndTheChoiceIsRemembered() {
        WebClient c = client();
        Document zh = c.get("/").doc();
        assertThat(zh.selectFirst("html").attr("lang")).isEqualTo("zh-CN");
        assertThat(zh.selectFirst("h1").text()).isEqualTo("规划一览");
        assertThat(zh.select("nav.lang a").eachAttr("href")).containsExactly("/?lang=zh", "/?lang=en");

        Document en = c.get("/plans/" + example + "?tab=indicators&lang=en").doc();
        assertThat(en.selectFirst("html").attr("lang")).isEqualTo("en");
        assertThat(en.select("nav.tabs a").eachText()).anyMatch(t -> t.startsWith("Indicators"));
        assertThat(en.selectFirst("nav.lang a[aria-current]").text()).isEqualTo("English");
        // the switch keeps the page and its query
        assertThat(en.select("nav.lang a").eachAttr("href")).contains("/plans/" + example + "?tab=indicators&lang=zh");

        // remembered by the cookie, without the parameter
        assertThat(c.get("/").doc().selectFirst("h1").text()).isEqualTo("Plans");
        assertThat(c.get("/?lang=zh").doc().selectFirst("h1").text()).isEqualTo("规划一览");
        assertThat(c.get("/").doc().selectFirst("h1").text()).isEqualTo("规划一览");
    }

    @Test
    void everyPageHasTheHeaderWithNameLanguageSwitchAndSearchBox() {
        WebClient c = client();
        ResponsibleUnit unit = unitNamed("旗住建局");
        for (String path : List.of(
                "/",
                "/plans/" + example,
                "/plans/" + example + "/source",
                "/responsible-units/" + unit.id(),
                "/search?q=x",
                "/plans/987654")) {
            Document page = c.get(path).doc();
            assertThat(page.selectFirst("header.site .brand").text()).as(path).contains("蓝图", "Lantu");
            assertThat(page.select("header.site nav.lang a").eachText())
                    .as(path)
                    .containsExactly("中文", "English");
            Element search = page.selectFirst("header.site form.search");
            assertThat(search.attr("action")).as(path).isEqualTo("/search");
            assertThat(search.attr("method")).as(path).isEqualTo("get");
            assertThat(search.selectFirst("input[name=q]")).as(path).isNotNull();
        }
    }

    @Test
    void pagesCarryNoInlineScriptsOrEventHandlers() {
        WebClient c = client();
        ResponsibleUnit unit = unitNamed("旗住建局");
        List<String> paths = new java.util.ArrayList<>(List.of(
                "/", "/search", "/responsible-units/" + unit.id(), "/plans/1234567", "/plans/" + example + "/source"));
        for (String tab : PlanController.TABS) {
            paths.add("/plans/" + example + "?tab=" + tab);
        }
        for (String path : paths) {
            Document page = c.get(path).doc();
            for (Element script : page.select("script")) {
                assertThat(script.hasAttr("src")).as(path + ": " + script).isTrue();
                assertThat(script.data()).as(path).isBlank();
            }
            for (Element e : page.getAllElements()) {
                assertThat(e.attributes().asList())
                        .as(path + ": " + e.tagName())
                        .noneMatch(
                                a -> a.getKey().startsWith("on") || a.getKey().equals("style"));
            }
        }
    }

    @Test
    void searchFindsTheQueryInThePlans() {
        // the search itself is tested in org.lantu.search; here: the header's box leads to real hits
        Document page = client().get("/search?q=污水处理率").doc();
        assertThat(page.select("main li.hit mark").eachText()).isNotEmpty().allMatch("污水处理率"::equals);
    }

    // ---- plan page ----------------------------------------------------------------------------------

    @Test
    void planPageShowsWhatThePlanIsAndWhereItCameFrom() {
        Document page = client().get("/plans/" + example).doc();
        assertThat(page.selectFirst("h1").text()).isEqualTo("示例旗推进以县城为重要载体的城镇化建设方案（2024～2026年）");
        String meta = page.selectFirst("dl.meta").text();
        assertThat(meta).contains("县城城镇化建设方案", "示例旗", "2024–2026", "shiliqi-urbanization-plan.txt", "UTF-8");
        assertThat(meta).contains("e".repeat(64)).contains("第 2 版（共 2 版）");
        assertThat(page.select("nav.tabs a").eachAttr("href"))
                .containsExactly(
                        "/plans/" + example + "?tab=structure",
                        "/plans/" + example + "?tab=indicators",
                        "/plans/" + example + "?tab=targets",
                        "/plans/" + example + "?tab=tasks",
                        "/plans/" + example + "?tab=projects",
                        "/plans/" + example + "?tab=matrix",
                        "/plans/" + example + "?tab=review",
                        "/plans/" + example + "?tab=monitoring",
                        "/plans/" + example + "/source");
        assertThat(page.selectFirst("nav.tabs a[aria-current=page]").text()).startsWith("结构");
    }

    @Test
    void versionHistoryListsEveryVersionWithItsDiff() {
        Document page = client().get("/plans/" + example).doc();
        Elements rows = page.select("details.history tbody tr");
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).text()).contains("v2");
        assertThat(rows.get(1).text()).contains("v1", "首次导入");
        Element diff = rows.get(0).selectFirst("details.diff");
        int added = second.diff().added().size();
        assertThat(diff.selectFirst("summary").text())
                .isEqualTo("新增 " + added + "，删除 " + second.diff().removed().size() + "，修改 "
                        + second.diff().changed().size());
        assertThat(diff.select("li").size())
                .isEqualTo(added
                        + second.diff().removed().size()
                        + second.diff().changed().size());

        Document old =
                client().get("/plans/" + example + "?version=" + firstVersion).doc();
        assertThat(old.selectFirst("p.notice").text()).contains("第 1 版");
        // links stay on the version looked at
        assertThat(old.select("nav.tabs a").eachAttr("href")).allMatch(h -> h.contains("version=" + firstVersion));
    }

    @Test
    void structureTabIsTheHeadingTreeEachHeadingLinkingToItsLine() {
        Document page = client().get("/plans/" + example + "?tab=structure").doc();
        Element tree = page.selectFirst("ul.outline");
        Element tasks = tree.selectFirst("> li:has(> a:contains(重点任务))");
        assertThat(tasks.selectFirst("> a").attr("href")).isEqualTo("/plans/" + example + "/source?line=31#L31");
        Element child = tasks.selectFirst("> ul > li:has(> a:contains(完善市政设施))");
        assertThat(child).isNotNull();
        assertThat(child.selectFirst("> ul > li > a").text()).isEqualTo("1.畅通县城交通");
    }

    @Test
    void indicatorsTabIsATableWithLinksToTheSource() {
        Document page = client().get("/plans/" + example + "?tab=indicators").doc();
        Elements rows = page.select("table.items tbody tr[id^=item-]");
        assertThat(rows).hasSize(3);
        Element unemployment = rows.get(1);
        assertThat(unemployment.select("td").eachText())
                .startsWith("3", "民生福祉", "城镇登记失业率", "%", "3.8 (2023)", "≤4 (2026)", "不高于", "水平值", "约束性");
        assertThat(unemployment.selectFirst("a.line-link").attr("href"))
                .isEqualTo("/plans/" + example + "/source?line=26#L26");
        assertThat(page.selectFirst("tr.group th").text()).isEqualTo("示例旗城镇化建设主要指标");
    }

    @Test
    void targetsTasksAndProjectsTabsShowTheirItems() {
        WebClient c = client();
        Element target = c.get("/plans/" + example + "?tab=targets").doc().selectFirst("tr[id^=item-]");
        assertThat(target.select("td").eachText()).startsWith("县城污水处理率 县城污水处理率达到96%以上", "96", "%", "2026", "不低于");

        Document tasks = c.get("/plans/" + example + "?tab=tasks").doc();
        Elements rows = tasks.select("#tasks-list tr[id^=item-]");
        assertThat(rows).hasSize(2);
        Element units = rows.get(0).selectFirst("td.units");
        assertThat(units.selectFirst("a.lead").text()).isEqualTo("旗住建局");
        assertThat(units.selectFirst("a.lead").attr("href"))
                .isEqualTo("/responsible-units/" + unitNamed("旗住建局").id());
        assertThat(units.select("a").eachText()).containsExactly("旗住建局", "旗交通局", "旗公安局");
        assertThat(tasks.select("#unit-filter option").eachAttr("value")).contains("", "旗住建局", "旗发改委");

        Document filtered = c.get("/plans/" + example + "?tab=tasks&unit=旗发改委").doc();
        assertThat(filtered.select("#tasks-list tr[id^=item-]")).hasSize(1);
        assertThat(filtered.selectFirst("#unit-filter option[selected]").text()).isEqualTo("旗发改委");

        Document projects = c.get("/plans/" + example + "?tab=projects").doc();
        Element box = projects.selectFirst("article.box");
        assertThat(box.selectFirst("h3").text()).isEqualTo("专栏 1 重点建设项目");
        assertThat(box.select("tbody tr")).hasSize(3);
        assertThat(box.selectFirst("tbody tr").text()).contains("示例旗县城道路改造工程", "3.2 亿元", "2024-2025");
        assertThat(projects.select("article.box").get(1).text()).contains("示例旗重点项目清单", "18 个项目", "12.6 亿元", "基础设施类");
    }

    @Test
    void sourceTabShowsEveryLineNumberedAndHighlightsTheOneAsked() throws Exception {
        Document page = client().get("/plans/" + example + "/source?line=" + ExamplePlan.UNEMPLOYMENT_LINE)
                .doc();
        Elements lines = page.select(".source .line");
        assertThat(lines)
                .hasSize(ingest.sourceLines(ExamplePlan.bytes(ExamplePlan.TXT), "x.txt")
                        .size());
        Element line = page.getElementById("L26");
        assertThat(line.hasClass("hl")).isTrue();
        assertThat(line.selectFirst(".ln").attr("href")).isEqualTo("#L26");
        assertThat(line.selectFirst(".lt").text()).contains("城镇登记失业率", "≤4");
        assertThat(page.select(".source .line.hl")).hasSize(1);
        assertThat(page.getElementById("L1").text()).contains("示例旗推进以县城为重要载体的城镇化建设方案");

        Document range =
                client().get("/plans/" + example + "/source?line=24&end=26").doc();
        assertThat(range.select(".source .line.hl").eachAttr("id")).containsExactly("L24", "L25", "L26");
    }

    @Test
    void matrixTabDrawsFromAJsonEndpointAndHasATableToo() throws Exception {
        Document page = client().get("/plans/" + example + "?tab=matrix").doc();
        Element chart = page.getElementById("matrix-chart");
        assertThat(chart.attr("data-src")).isEqualTo("/plans/" + example + "/matrix.json");
        assertThat(page.select("script[src]").eachAttr("src"))
                .anyMatch(s -> s.startsWith("/webjars/echarts/") && s.endsWith("/dist/echarts.min.js"))
                .contains("/js/matrix.js");
        assertThat(page.select(".matrix-table thead th").eachText())
                .containsExactly("章节", "旗住建局", "旗发改委", "旗交通局", "旗公安局", "旗统计局", "旗财政局");
        assertThat(page.select(".matrix-table tbody th").eachText()).containsExactly("三、重点任务", "四、组织实施");

        WebClient.Page json = client().getJson("/plans/" + example + "/matrix.json?lang=en");
        assertThat(json.status()).isEqualTo(200);
        JsonNode m = JsonMapper.builder().build().readTree(json.body());
        assertThat(m.get("units").get(0).asString()).isEqualTo("旗住建局");
        assertThat(m.get("sections").get(1).asString()).isEqualTo("四、组织实施");
        assertThat(m.get("cells")).hasSize(6);
        assertThat(m.get("labels").get("tasks").asString()).isEqualTo("Tasks");
    }

    @Test
    void webJarsAndScriptsAreServed() {
        WebClient c = client();
        for (String path : List.of(
                "/webjars/htmx.org/dist/htmx.min.js",
                "/webjars/echarts/dist/echarts.min.js",
                "/js/import.js",
                "/js/matrix.js",
                "/css/lantu.css")) {
            assertThat(c.get(path).status()).as(path).isEqualTo(200);
        }
    }

    // ---- responsible units --------------------------------------------------------------------------

    @Test
    void unitPageListsTheTasksItLeadsAndSupports() {
        WebClient c = client();
        Document lead = c.get("/responsible-units/" + unitNamed("旗住建局").id()).doc();
        assertThat(lead.selectFirst("h1").text()).isEqualTo("旗住建局");
        assertThat(lead.selectFirst("#lead-heading").text()).isEqualTo("牵头的任务（1）");
        Element row = lead.selectFirst("section:has(#lead-heading) tbody tr");
        assertThat(row.text()).contains("示例旗推进以县城为重要载体的城镇化建设方案", "畅通县城交通", "新建改造县城道路12公里");
        assertThat(row.selectFirst("a.line-link").attr("href"))
                .isEqualTo("/plans/" + example + "/source?line=" + ExamplePlan.ROADS_TASK_LINE + "#L"
                        + ExamplePlan.ROADS_TASK_LINE);
        assertThat(lead.getElementById("matrix-chart").attr("data-highlight")).isEqualTo("旗住建局");
        assertThat(lead.selectFirst("#matrix-heading ~ p").text()).startsWith("示例旗推进以县城为重要载体的城镇化建设方案");

        Document support = c.get("/responsible-units/" + unitNamed("旗交通局").id()).doc();
        assertThat(support.selectFirst("#lead-heading").text()).isEqualTo("牵头的任务（0）");
        assertThat(support.selectFirst("#support-heading").text()).isEqualTo("配合的任务（1）");
        assertThat(support.selectFirst("section:has(#support-heading) tbody tr").text())
                .contains("旗住建局");
    }

    // ---- corrections --------------------------------------------------------------------------------

    @Test
    void aPlannerCorrectsAnIndicatorNameWithAReasonAndSeesItsHistory() {
        WebClient c = client();
        Document page = c.get("/plans/" + example + "?tab=indicators").doc();
        Element row = page.select("table.items tbody tr[id^=item-]").get(0);
        long itemId = Long.parseLong(row.id().substring("item-".length()));
        Element form = page.selectFirst("form[action=/items/" + itemId + "/corrections]");
        assertThat(form.select("select[name=field] option").eachAttr("value")).contains("name", "target.value");
        assertThat(form.selectFirst("input[name=reason]").hasAttr("required")).isTrue();

        WebClient.Page posted = c.postForm(
                "/items/" + itemId + "/corrections",
                Map.of(
                        "field", "name",
                        "value", "地区生产总值（GDP）",
                        "reason", "与统计公报口径一致",
                        "plan", String.valueOf(example),
                        "tab", "indicators"));
        assertThat(posted.status()).isEqualTo(302);
        assertThat(posted.header("Location")).endsWith("/plans/" + example + "?tab=indicators#item-" + itemId);

        Document after = c.follow(posted).doc();
        Element corrected = after.getElementById("item-" + itemId);
        assertThat(corrected.hasClass("corrected")).isTrue();
        assertThat(corrected.text()).contains("地区生产总值（GDP）", "已纠正");
        Element history = corrected.nextElementSibling().selectFirst(".history-note");
        assertThat(history.text()).contains("纠正记录（1 条）", "指标名称", "地区生产总值", "地区生产总值（GDP）", "与统计公报口径一致", "admin");
        assertThat(plans.corrections(itemId)).singleElement().satisfies(k -> {
            assertThat(k.author()).isEqualTo("admin");
            assertThat(k.oldValue().asString()).isEqualTo("地区生产总值");
        });
    }

    @Test
    void aCorrectionWithoutAReasonOrWithAValueThatIsNotANumberIsRefused() {
        WebClient c = client();
        Document page = c.get("/plans/" + example + "?tab=indicators").doc();
        long itemId = Long.parseLong(
                page.select("table.items tbody tr[id^=item-]").get(2).id().substring("item-".length()));
        WebClient.Page noReason = c.postForm(
                "/items/" + itemId + "/corrections",
                Map.of(
                        "field",
                        "target.value",
                        "value",
                        "97",
                        "reason",
                        " ",
                        "plan",
                        String.valueOf(example),
                        "tab",
                        "indicators"));
        Document after = c.follow(noReason).doc();
        assertThat(after.selectFirst("details.correct[open] p.error").text()).isEqualTo("请填写纠正理由。");

        WebClient.Page notANumber = c.postForm(
                "/items/" + itemId + "/corrections",
                Map.of(
                        "field",
                        "target.value",
                        "value",
                        "九十七",
                        "reason",
                        "r",
                        "plan",
                        String.valueOf(example),
                        "tab",
                        "indicators"));
        assertThat(c.follow(notANumber)
                        .doc()
                        .selectFirst("details.correct[open] p.error")
                        .text())
                .isEqualTo("新值应当是一个数字。");
        assertThat(plans.corrections(itemId)).isEmpty();

        WebClient.Page fullWidth = c.postForm(
                "/items/" + itemId + "/corrections",
                Map.of(
                        "field",
                        "target.value",
                        "value",
                        "９７",
                        "reason",
                        "原文为97",
                        "plan",
                        String.valueOf(example),
                        "tab",
                        "indicators"));
        Element row = c.follow(fullWidth).doc().getElementById("item-" + itemId);
        assertThat(row.hasClass("corrected")).isTrue();
        assertThat(plans.corrections(itemId))
                .singleElement()
                .satisfies(k -> assertThat(k.newValue().decimalValue()).isEqualByComparingTo("97"));
    }

    @Test
    void aTasksUnitsCanBeCorrected() {
        WebClient c = client();
        Document page = c.get("/plans/" + example + "?tab=tasks").doc();
        Element row = page.select("#tasks-list tr[id^=item-]").get(1);
        long itemId = Long.parseLong(row.id().substring("item-".length()));
        c.postForm(
                "/items/" + itemId + "/corrections",
                Map.of(
                        "field", "units_normalized",
                        "value", "旗发改委、旗财政局，旗统计局 旗审计局",
                        "reason", "原文漏列审计局",
                        "plan", String.valueOf(example),
                        "tab", "tasks"));
        Element after = c.get("/plans/" + example + "?tab=tasks").doc().getElementById("item-" + itemId);
        assertThat(after.select("td.units a, td.units > span:not(.badge)").eachText())
                .containsExactly("旗发改委", "旗财政局", "旗统计局", "旗审计局");
    }

    // ---- escaping and errors ------------------------------------------------------------------------

    @Test
    void documentTextIsEscaped() {
        String text =
                "测试旗<script>alert(1)</script>规划（2024～2026年）\n\n一、总体要求\n\n<img src=x onerror=alert(2)>到2026年，达到96%。\n";
        ImportResult r = imports.importDocument("xss.txt", text.getBytes(StandardCharsets.UTF_8), "test");
        assertThat(r.failed()).isFalse();
        WebClient.Page page = client().get("/plans/" + r.planId() + "/source");
        assertThat(page.body()).doesNotContain("<script>alert(1)", "<img src=x");
        assertThat(page.body()).contains("&lt;script&gt;alert(1)&lt;/script&gt;");
        assertThat(page.doc().select("img, script:not([src])")).isEmpty();
        assertThat(client().get("/plans/" + r.planId()).doc().selectFirst("h1").text())
                .contains("<script>");
    }

    @Test
    void unknownThingsAreFriendly404sAndBadAddresses400sWithoutStackTraces() {
        WebClient c = client();
        long otherVersion = plans.versions(hangjin).get(0).id();
        for (String path : List.of(
                "/plans/987654",
                "/plans/987654/source",
                "/plans/" + example + "?version=" + otherVersion,
                "/responsible-units/987654")) {
            WebClient.Page page = c.get(path);
            assertThat(page.status()).as(path).isEqualTo(404);
            assertThat(page.doc().selectFirst("h1").text()).as(path).isEqualTo("找不到这个页面");
            assertThat(page.body()).as(path).doesNotContain("Exception", "at org.", "Whitelabel");
        }
        WebClient.Page bad = c.get("/plans/abc");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.doc().selectFirst("h1").text()).isEqualTo("请求有误");
        assertThat(bad.body()).doesNotContain("Exception", "NumberFormat");
        assertThat(c.get("/plans/987654?lang=en").doc().selectFirst("h1").text())
                .isEqualTo("Page not found");
    }

    /** A responsible unit of 示例旗's registry. */
    private ResponsibleUnit unitNamed(String name) {
        long unit = regions.find("示例旗").orElseThrow().id();
        return plans.responsibleUnits(List.of(unit)).stream()
                .filter(u -> u.name().equals(name))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no responsible unit " + name));
    }
}
