package org.lantu.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.lantu.Seeds;
import org.lantu.imports.ImportResult;
import org.lantu.imports.ImportService;
import org.lantu.ingest.IngestService;
import org.lantu.plan.ExtractedPlan;
import org.lantu.plan.PlanJson;
import org.lantu.plan.PlanService;
import org.lantu.plan.StoredVersion;
import org.lantu.region.RegionService;
import org.lantu.security.CreateUser;
import org.lantu.security.UserService;
import org.lantu.web.TestStore;
import org.lantu.web.WebClient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** Search over the five seeds imported into a real (embedded) store, through the service, the API and the page. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SearchSeedTests {

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) {
        TestStore.register(registry, "search-seeds");
    }

    @LocalServerPort
    int port;

    @Autowired
    ImportService imports;

    @Autowired
    PlanService plans;

    @Autowired
    SearchService search;

    @Autowired
    UserService users;

    @Autowired
    RegionService regions;

    @Autowired
    IngestService ingest;

    @Autowired
    TransactionTemplate transaction;

    /** Seed number → plan id. */
    final Map<String, Long> plan = new HashMap<>();

    @BeforeAll
    void importSeeds() throws Exception {
        for (String seed : List.of("000", "001", "002", "003", "004")) {
            ImportResult r = imports.importDocument(
                    Seeds.path(seed).getFileName().toString(), Files.readAllBytes(Seeds.path(seed)), "test");
            assertThat(r.failed()).as(r.error()).isFalse();
            plan.put(seed, r.planId());
        }
    }

    private SearchHits all(String text) {
        return search.searchEverything(SearchQuery.of(text).withPage(1, SearchQuery.MAX_SIZE));
    }

    private Set<Long> plansOf(SearchHits hits) {
        return hits.hits().stream().map(SearchHit::planId).collect(Collectors.toSet());
    }

    @Test
    void aProjectPhraseFindsTheCountyPlanAndItsRegionalParent() {
        SearchHits hits = all("停车信息平台");
        assertThat(plansOf(hits)).contains(plan.get("000"), plan.get("003"));
        // 003 breaks the phrase over two newspaper lines (停车信 / 息平台): found all the same
        assertThat(hits.hits())
                .filteredOn(h -> h.planId() == plan.get("003"))
                .allSatisfy(h -> assertThat(h.snippet()).contains("<mark>停车信息平台</mark>"));
    }

    @Test
    void sewageTreatmentFindsTheTargetsOfBothPlansWithTheirValues() {
        SearchHits hits = search.searchEverything(
                SearchQuery.of("污水处理率").withType("target").withPage(1, 50));
        assertThat(plansOf(hits)).contains(plan.get("000"), plan.get("003"));
        assertThat(hits.hits()).allSatisfy(h -> {
            assertThat(h.type()).isEqualTo("target");
            assertThat(h.value()).as(h.text()).isNotBlank();
            assertThat(h.itemId()).isNotNull();
        });
        // every stored target of 000 and 003 that names the rate is among them, its value shown
        for (String seed : List.of("000", "003")) {
            long version = plans.latestVersionId(plan.get(seed)).orElseThrow();
            List<ObjectNode> targets = plans.currentItems(version, "target").stream()
                    .filter(t -> t.path("text").asString("").contains("污水处理率"))
                    .toList();
            assertThat(targets).as(seed).isNotEmpty();
            for (ObjectNode t : targets) {
                SearchHit hit = hits.hits().stream()
                        .filter(h -> h.itemId() == t.get("item_id").asLong())
                        .findFirst()
                        .orElseThrow(() -> new AssertionError("target not found: " + t));
                assertThat(hit.value())
                        .contains(t.get("value")
                                .decimalValue()
                                .stripTrailingZeros()
                                .toPlainString());
            }
        }
    }

    @Test
    void aResponsibleUnitFindsEveryTaskItLeads() {
        long version = plans.latestVersionId(plan.get("000")).orElseThrow();
        Set<Long> led = plans.currentItems(version, "responsibility").stream()
                .filter(t -> "旗住建局".equals(t.path("lead").asString(null)))
                .map(t -> t.get("item_id").asLong())
                .collect(Collectors.toSet());
        assertThat(led).hasSizeGreaterThan(2);
        SearchHits hits = search.searchEverything(SearchQuery.of("旗住建局")
                .withPlan(plan.get("000"))
                .withType("responsibility")
                .withPage(1, 100));
        assertThat(hits.hits().stream().map(SearchHit::itemId).collect(Collectors.toSet()))
                .containsAll(led);
        assertThat(hits.hits()).allSatisfy(h -> assertThat(h.responsibleUnits()).contains("旗住建局"));
        // the responsible filter gives the same tasks, the lead first in each
        SearchHits filtered = search.searchEverything(SearchQuery.of("旗住建局")
                .withResponsible("旗住建局")
                .withPlan(plan.get("000"))
                .withType("responsibility")
                .withPage(1, 100));
        assertThat(filtered.total()).isEqualTo(hits.total());
    }

    @Test
    void traditionalAndFullWidthFormsFindSimplifiedText() {
        SearchHits simplified = all("城镇化率");
        assertThat(simplified.total()).isGreaterThan(5);
        SearchHits traditional = all("城鎮化率");
        assertThat(traditional.total()).isEqualTo(simplified.total());
        assertThat(traditional.hits().get(0).snippet()).contains("<mark>");
        assertThat(all("２０２５年").total()).isEqualTo(all("2025年").total()).isPositive();
    }

    @Test
    void everyItemContainingTheQueryIsFound() {
        for (String q : List.of("城镇化率", "托育", "嘎查村", "旗发改委", "杭锦经济开发区", "老旧小区", "2025年")) {
            Set<String> expected = new java.util.TreeSet<>();
            for (String seed : List.of("000", "001", "002", "003", "004")) {
                long version = plans.latestVersionId(plan.get(seed)).orElseThrow();
                for (ObjectNode item : plans.currentItems(version, null)) {
                    String type = item.get("type").asString();
                    if (type.equals("responsibility")
                                    && item.path("text").asString("").contains(q)
                            || type.equals("target")
                                    && item.path("text").asString("").contains(q)
                            || type.equals("section")
                                    && item.path("title").asString("").contains(q)) {
                        expected.add(item.get("item_id").asString());
                    }
                }
            }
            Set<String> found = new java.util.TreeSet<>();
            int page = 1;
            SearchHits hits;
            do {
                hits = search.searchEverything(SearchQuery.of(q).withPage(page++, 100));
                hits.hits().stream()
                        .filter(h -> h.itemId() != null)
                        .forEach(h -> found.add(String.valueOf(h.itemId())));
            } while (page <= hits.pages());
            assertThat(found).as(q).containsAll(expected);
        }
    }

    @Test
    void catalogSynonymsWidenTheQuery() {
        SearchHits hits = all("托位数");
        assertThat(hits.query().get(0)).contains("托位数", "托位");
        assertThat(hits.hits())
                .anyMatch(h -> h.text().contains("托位") && !h.text().contains("托位数"));
    }

    @Test
    void wholeWordMatchesRankFirst() {
        // 旗发改委 is a whole unit name in the dictionary: a task naming it ranks above text that only has
        // its characters across a word boundary
        SearchHits hits = all("杭锦经济开发区");
        assertThat(hits.total()).isPositive();
        assertThat(hits.hits().get(0).text()).contains("杭锦经济开发区");
    }

    @Test
    void facetsCountTheHits() {
        SearchHits hits = all("污水");
        Map<String, Facet> facets = hits.facets().stream().collect(Collectors.toMap(Facet::dimension, f -> f));
        assertThat(facets.keySet()).contains("unit", "kind", "plan", "responsible", "type", "year");
        assertThat(facets.get("type").values().stream()
                        .mapToLong(Facet.Value::count)
                        .sum())
                .isEqualTo(hits.total());
        assertThat(facets.get("plan").values().stream()
                        .mapToLong(Facet.Value::count)
                        .sum())
                .isEqualTo(hits.total());
        for (Facet.Value v : facets.get("type").values()) {
            assertThat(search.searchEverything(SearchQuery.of("污水").withType(v.value()))
                            .total())
                    .as(v.value())
                    .isEqualTo(v.count());
        }
        for (Facet.Value v : facets.get("plan").values()) {
            assertThat(search.searchEverything(SearchQuery.of("污水").withPlan(Long.parseLong(v.value())))
                            .total())
                    .isEqualTo(v.count());
        }
        Facet.Value hangjin = facets.get("unit").values().stream()
                .filter(v -> v.label().equals("杭锦旗"))
                .findFirst()
                .orElseThrow();
        assertThat(search.searchEverything(SearchQuery.of("污水").withUnit("杭锦旗")).total())
                .isEqualTo(hangjin.count());
        // a league takes its counties' plans
        assertThat(search.searchEverything(SearchQuery.of("污水").withUnit("鄂尔多斯市"))
                        .total())
                .isGreaterThanOrEqualTo(hangjin.count());
    }

    /** A facet's counts by value. */
    private static Map<String, Long> counts(SearchHits hits, String dimension) {
        return hits.facets().stream()
                .filter(f -> f.dimension().equals(dimension))
                .flatMap(f -> f.values().stream())
                .collect(Collectors.toMap(Facet.Value::value, Facet.Value::count));
    }

    private SearchHits everything(SearchQuery q) {
        return search.searchEverything(q);
    }

    @Test
    void eachFacetCountsWithEveryFilterButItsOwn() {
        SearchQuery q = SearchQuery.of("污水");
        SearchHits none = everything(q);
        Map<String, Long> kinds = counts(none, "kind");
        assertThat(kinds).as("the seeds hold several kinds of plan").hasSizeGreaterThan(1);
        String kind = kinds.keySet().stream().sorted().findFirst().orElseThrow();

        // one kind chosen: the kind facet still counts every kind, as without the filter
        SearchHits oneKind = everything(q.withKind(kind));
        assertThat(oneKind.total()).isEqualTo(kinds.get(kind)).isLessThan(none.total());
        assertThat(counts(oneKind, "kind")).isEqualTo(kinds);
        // the other dimensions count the hits of that kind
        assertThat(counts(oneKind, "type").values().stream()
                        .mapToLong(Long::longValue)
                        .sum())
                .isEqualTo(oneKind.total());
        assertThat(counts(oneKind, "plan")).isNotEqualTo(counts(none, "plan"));

        // two filters: each dimension counts with the other one applied
        Map<String, Long> typesOfKind = counts(oneKind, "type");
        String type = typesOfKind.entrySet().stream()
                .filter(e -> e.getValue() < oneKind.total())
                .map(Map.Entry::getKey)
                .sorted()
                .findFirst()
                .orElseThrow();
        SearchHits both = everything(q.withKind(kind).withType(type));
        assertThat(both.total()).isEqualTo(typesOfKind.get(type));
        assertThat(counts(both, "type")).isEqualTo(typesOfKind);
        assertThat(counts(both, "kind")).isEqualTo(counts(everything(q.withType(type)), "kind"));
        for (Map.Entry<String, Long> k : counts(both, "kind").entrySet()) {
            assertThat(everything(q.withKind(k.getKey()).withType(type)).total())
                    .as(k.getKey())
                    .isEqualTo(k.getValue());
        }
        // the unit filter (a unit and those below it) is a dimension like the others
        SearchHits hangjin = everything(q.withUnit("杭锦旗").withType(type));
        assertThat(counts(hangjin, "unit")).isEqualTo(counts(everything(q.withType(type)), "unit"));
        assertThat(counts(hangjin, "kind")).isNotEqualTo(counts(both, "kind"));
    }

    @Test
    void aCountyUserSeesOnlyTheirCountysPlans() {
        String password = "Search-Scope-2025x";
        users.create(new CreateUser("hangjin-search", password, "viewer", "杭锦旗", null), null);
        WebClient c = new WebClient(port).login("hangjin-search", password);
        JsonNode body = PlanJson.mapper()
                .readTree(c.getJson("/api/search?q=" + enc("城镇化") + "&size=100").body());
        assertThat(body.get("total").asLong()).isPositive();
        Set<Long> seen = new java.util.HashSet<>();
        for (JsonNode h : body.get("hits")) {
            seen.add(h.get("plan_id").asLong());
        }
        assertThat(seen).contains(plan.get("000")).doesNotContain(plan.get("002"), plan.get("003"), plan.get("004"));
        for (JsonNode f : body.get("facets")) {
            if (f.get("dimension").asString().equals("unit")) {
                assertThat(f.get("values"))
                        .allSatisfy(v -> assertThat(v.get("label").asString()).isEqualTo("杭锦旗"));
            }
        }
        // and the admin sees them all
        WebClient admin = new WebClient(port).login("admin", TestStore.ADMIN_PASSWORD);
        JsonNode everything = PlanJson.mapper()
                .readTree(admin.getJson("/api/search?q=" + enc("城镇化") + "&size=100")
                        .body());
        assertThat(everything.get("total").asLong())
                .isGreaterThan(body.get("total").asLong());
        // anonymous without public mode: refused
        assertThat(new WebClient(port).getJson("/api/search?q=x").status()).isIn(401, 302);
    }

    @Test
    void theApiAnswersSnakeCaseJsonAndClearErrors() {
        WebClient admin = new WebClient(port).login("admin", TestStore.ADMIN_PASSWORD);
        WebClient.Page page = admin.getJson("/api/search?q=" + enc("污水处理率") + "&type=target&size=5&sort=plan");
        assertThat(page.status()).isEqualTo(200);
        JsonNode body = PlanJson.mapper().readTree(page.body());
        JsonNode hit = body.get("hits").get(0);
        assertThat(hit.has("plan_title")).isTrue();
        assertThat(hit.has("heading_path")).isTrue();
        assertThat(hit.get("link").asString())
                .startsWith("/plans/" + hit.get("plan_id").asLong() + "/source?line=");
        assertThat(body.get("hits").size()).isLessThanOrEqualTo(5);
        assertThat(body.get("pages").asInt()).isPositive();
        // compact, and the full text only when asked for (the snippet shows the match)
        assertThat(page.body()).doesNotContain("\n");
        assertThat(hit.has("text")).isFalse();
        assertThat(hit.get("snippet").asString()).contains("<mark>");
        JsonNode withText = PlanJson.mapper()
                .readTree(admin.getJson("/api/search?q=" + enc("污水处理率") + "&type=target&size=5&sort=plan&text=true")
                        .body())
                .get("hits")
                .get(0);
        assertThat(withText.get("text").asString()).contains("污水处理率");
        assertThat(withText.get("item_id")).isEqualTo(hit.get("item_id"));
        assertThat(withText.get("value")).isEqualTo(hit.get("value"));

        WebClient.Page missing = admin.getJson("/api/search");
        assertThat(missing.status()).isEqualTo(400);
        JsonNode error = PlanJson.mapper().readTree(missing.body());
        assertThat(error.get("error").asString()).isEqualTo("bad_request");
        assertThat(error.get("detail").asString()).contains("q");
        assertThat(admin.getJson("/api/search?q=x&type=nonsense").status()).isEqualTo(400);
        assertThat(admin.getJson("/api/search?q=x&size=1000").status()).isEqualTo(400);
        assertThat(admin.getJson("/api/search?q=x&unit=" + enc("不存在旗")).status())
                .isEqualTo(400);
    }

    @Test
    void theSearchPageShowsHitsFacetsAndPages() {
        WebClient admin = new WebClient(port).login("admin", TestStore.ADMIN_PASSWORD);
        Document doc = admin.get("/search?q=" + enc("污水") + "&size=5").doc();
        assertThat(doc.select("li.hit")).hasSize(5);
        assertThat(doc.select("li.hit mark").first().text()).isEqualTo("污水");
        assertThat(doc.select("li.hit .hit-snippet a").first().attr("href")).contains("/source?line=");
        assertThat(doc.select(".facet a")).isNotEmpty();
        assertThat(doc.select("nav.pager a[rel=next]")).hasSize(1);
        assertThat(doc.select("script:not([src])")).isEmpty();
        String typeLink = doc.select(".facet a[href*=type=target]").attr("href");
        assertThat(typeLink).isNotEmpty();
        Document filtered = admin.get(typeLink).doc();
        assertThat(filtered.select("li.hit .hit-type"))
                .allSatisfy(e -> assertThat(e.text()).isEqualTo("目标"));
        Document english = admin.get("/search?q=" + enc("污水") + "&lang=en").doc();
        assertThat(english.select(".search-summary").text()).contains("results for");
        // HTML in a query is text
        Document hostile =
                admin.get("/search?q=" + enc("<script>alert(1)</script>")).doc();
        assertThat(hostile.select("main script")).isEmpty();
    }

    @Test
    void aFailedImportLeavesTheIndexUnchanged() throws Exception {
        List<Long> before = search.indexedVersions();
        String marker = "模拟测试词甲乙丙";
        byte[] changed = (Seeds.text("000") + "\n" + marker + "。\n").getBytes(StandardCharsets.UTF_8);
        // stored, then rolled back with the transaction around it
        transaction.executeWithoutResult(status -> {
            ImportResult r = imports.importDocument("000-changed.txt", changed, "test");
            assertThat(r.status()).isEqualTo("new_version");
            status.setRollbackOnly();
        });
        // refused inside the transaction
        ImportResult refused = imports.importDocument("000-changed.txt", changed, "test", unit -> false);
        assertThat(refused.failed()).isTrue();
        assertThat(search.indexedVersions()).isEqualTo(before);
        assertThat(all(marker).total()).isZero();
        assertThat(search.indexedVersions()).isEqualTo(before);
    }

    @Test
    void versionsStoredBehindTheIndexsBackAreCaughtUpAndOlderVersionsFoundOnRequest() throws Exception {
        // as another process (lantu import while lantu serve holds the index) would: stored, no event
        String marker = "模拟补录词丁戊己";
        assertThat(all(marker).total()).isZero();
        ExtractedPlan changed = ingest.extract(
                (Seeds.text("004") + "\n" + marker + "。\n").getBytes(StandardCharsets.UTF_8), "004-v2.txt");
        long unit = regions.find("鄂托克旗").orElseThrow().id();
        StoredVersion v2 = plans.store(changed, "x".getBytes(StandardCharsets.UTF_8), unit, "test");
        assertThat(v2.status()).isEqualTo("new_version");
        SearchHits hits = all(marker);
        assertThat(hits.total()).isEqualTo(1);
        assertThat(hits.hits().get(0).versionId()).isEqualTo(v2.versionId());
        assertThat(search.indexedVersions()).contains(v2.versionId());
        // the latest version only, unless all are asked for
        SearchHits latest = all("乌兰镇");
        assertThat(search.searchEverything(SearchQuery.of("乌兰镇").withAllVersions(true))
                        .total())
                .isGreaterThan(latest.total());
        assertThat(latest.hits())
                .isNotEmpty()
                .allSatisfy(h -> assertThat(h.latest()).isTrue());
        assertThat(latest.hits()).noneMatch(h -> h.versionId() != v2.versionId() && h.planId() == v2.planId());
        // the older version is found on request, and says it is not the latest
        List<SearchHit> every = new ArrayList<>();
        SearchHits page;
        int n = 1;
        do {
            page = search.searchEverything(SearchQuery.of("乌兰镇")
                    .withPlan(v2.planId())
                    .withAllVersions(true)
                    .withPage(n++, SearchQuery.MAX_SIZE));
            every.addAll(page.hits());
        } while (n <= page.pages());
        assertThat(every)
                .filteredOn(h -> h.planId() == v2.planId() && h.versionId() != v2.versionId())
                .isNotEmpty()
                .allSatisfy(h -> assertThat(h.latest()).isFalse());
        assertThat(every)
                .filteredOn(h -> h.versionId() == v2.versionId())
                .isNotEmpty()
                .allSatisfy(h -> assertThat(h.latest()).isTrue());
    }

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @Autowired
    org.lantu.store.StoreProperties storeProperties;

    @Test
    void anotherProcessSearchesWhatWasCommittedWhileTheServerHoldsTheIndex() throws Exception {
        assertThat(search.catchUp()).isTrue();
        // a second index on the same directory, as a lantu import or lantu search next to a running serve
        try (org.lantu.search.internal.SearchIndex other = new org.lantu.search.internal.SearchIndex(
                storeProperties.dataDirOrDefault().resolve("search-index"),
                new org.lantu.search.internal.StoreReader(jdbc, plans))) {
            assertThat(other.catchUp())
                    .as("level with the store: nothing to write")
                    .isTrue();
            assertThat(other.writable()).isFalse();
            assertThat(other.versions()).isEqualTo(search.indexedVersions());
            String marker = "模拟旁路词庚辛壬";
            ExtractedPlan changed = ingest.extract(
                    (Seeds.text("002") + "\n" + marker + "。\n").getBytes(StandardCharsets.UTF_8), "002-v2.txt");
            StoredVersion v2 = plans.store(
                    changed,
                    "y".getBytes(StandardCharsets.UTF_8),
                    regions.find("乌拉特后旗").orElseThrow().id(),
                    "test");
            // the other process cannot write: it says the index lags
            assertThat(other.catchUp()).isFalse();
            assertThat(other.versions()).doesNotContain(v2.versionId());
            // the server catches up before its next search, and the other process then sees it
            assertThat(all(marker).total()).isEqualTo(1);
            assertThat(other.catchUp()).isTrue();
            assertThat(other.versions()).contains(v2.versionId());
        }
    }

    @Test
    void aRebuildGivesTheSameResults() {
        List<String> queries = List.of("停车信息平台", "污水处理率", "旗住建局", "城镇化率", "托位数", "高质量发展");
        List<List<String>> before = new ArrayList<>();
        for (String q : queries) {
            before.add(summary(all(q)));
        }
        search.reindex();
        for (int i = 0; i < queries.size(); i++) {
            assertThat(summary(all(queries.get(i)))).as(queries.get(i)).isEqualTo(before.get(i));
        }
    }

    private static List<String> summary(SearchHits hits) {
        List<String> out = new ArrayList<>();
        out.add("total " + hits.total());
        for (SearchHit h : hits.hits()) {
            out.add(h.type() + " " + h.itemId() + " " + h.planId() + " " + h.line() + " " + h.snippet());
        }
        return out;
    }

    /**
     * Recall and ranking of the bigram field alone, the word field alone and both (as searched), printed for
     * docs/benchmarks.md. Recall: the share of documents whose text contains the query that are found.
     * Ranking: nDCG@10, a hit graded 2 when the query is what the item is about (a heading, indicator,
     * target or project naming it, or a task it is a responsible unit of), 1 when the text merely contains
     * it, 0 otherwise.
     */
    @Test
    void bigramsFindEverythingAndWordsRankWholeTermsFirst() {
        Map<String, String> texts = search.indexedTexts();
        List<String> queries = List.of(
                "常住人口城镇化率",
                "城镇化率",
                "杭锦经济开发区",
                "旗发改委",
                "旗住建局",
                "污水处理率",
                "托位",
                "嘎查村",
                "停车信息平台",
                "老旧小区",
                "高质量发展",
                "供热",
                "新能源",
                "营商环境",
                "黄河");
        Map<String, double[]> totals = new java.util.LinkedHashMap<>();
        StringBuilder table = new StringBuilder(
                "| query | documents containing it | recall bigram / word / both | nDCG@10 bigram / word / both |\n|---|---|---|---|\n");
        for (String q : queries) {
            Set<String> truth = texts.entrySet().stream()
                    .filter(e -> e.getValue().contains(q))
                    .map(Map.Entry::getKey)
                    .collect(Collectors.toSet());
            StringBuilder recalls = new StringBuilder();
            StringBuilder ndcgs = new StringBuilder();
            // the ideal ranking: every hit of the combined search (which finds every document), best grade first
            List<Integer> ideal = new ArrayList<>();
            for (SearchHit h : allHits(q, "COMBINED")) {
                ideal.add(grade(h, q));
            }
            ideal.sort(java.util.Comparator.reverseOrder());
            for (String mode : List.of("BIGRAM", "WORD", "COMBINED")) {
                List<SearchHit> hits = allHits(q, mode);
                Set<String> found = hits.stream().map(SearchService::key).collect(Collectors.toSet());
                long hit = truth.stream().filter(found::contains).count();
                double recall = truth.isEmpty() ? 1 : (double) hit / truth.size();
                double ndcg = ndcg(hits, q, ideal);
                double[] t = totals.computeIfAbsent(mode, m -> new double[3]);
                t[0] += recall;
                t[1] += ndcg;
                t[2]++;
                recalls.append(recalls.isEmpty() ? "" : " / ").append(String.format("%.2f", recall));
                ndcgs.append(ndcgs.isEmpty() ? "" : " / ").append(String.format("%.2f", ndcg));
                if (!mode.equals("WORD")) {
                    assertThat(found).as(mode + " " + q).containsAll(truth);
                }
            }
            table.append("| ")
                    .append(q)
                    .append(" | ")
                    .append(truth.size())
                    .append(" | ")
                    .append(recalls)
                    .append(" | ")
                    .append(ndcgs)
                    .append(" |\n");
        }
        totals.forEach((mode, t) -> table.append(String.format(
                "| mean, %s | | %.3f | %.3f |%n", mode.toLowerCase(java.util.Locale.ROOT), t[0] / t[2], t[1] / t[2])));
        System.out.println(table);
        assertThat(totals.get("COMBINED")[1]).isGreaterThanOrEqualTo(totals.get("BIGRAM")[1]);
    }

    private static int grade(SearchHit h, String q) {
        if (h.responsibleUnits().contains(q)) {
            return 2;
        }
        if (!h.text().contains(q)) {
            return 0;
        }
        return List.of("section", "indicator", "target", "project", "project_summary")
                        .contains(h.type())
                ? 2
                : 1;
    }

    private List<SearchHit> allHits(String q, String mode) {
        List<SearchHit> hits = new ArrayList<>();
        int page = 1;
        SearchHits h;
        do {
            h = search.searchMeasured(SearchQuery.of(q).withPage(page++, 100), mode);
            hits.addAll(h.hits());
        } while (page <= h.pages());
        return hits;
    }

    private static double ndcg(List<SearchHit> hits, String q, List<Integer> ideal) {
        double dcg = 0;
        double best = 0;
        for (int i = 0; i < 10; i++) {
            double discount = Math.log(i + 2) / Math.log(2);
            if (i < hits.size()) {
                dcg += (Math.pow(2, grade(hits.get(i), q)) - 1) / discount;
            }
            if (i < ideal.size()) {
                best += (Math.pow(2, ideal.get(i)) - 1) / discount;
            }
        }
        return best == 0 ? 1 : dcg / best;
    }

    private static String enc(String s) {
        return java.net.URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
