package org.lantu.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.lantu.Seeds;
import org.lantu.imports.ImportResult;
import org.lantu.imports.ImportService;
import org.lantu.monitor.EvaluationJson;
import org.lantu.monitor.EvaluationService;
import org.lantu.monitor.HangjinObservations;
import org.lantu.monitor.PlanEvaluation;
import org.lantu.plan.PlanService;
import org.lantu.plan.PlanSummary;
import org.lantu.region.RegionService;
import org.lantu.store.DatabaseHealth;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.http.MockHttpOutputMessage;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerAdapter;
import tools.jackson.databind.node.ObjectNode;

/**
 * The warm-up of {@code lantu serve} ({@link WarmUp}) on a real store: it fills the caches that the API's
 * evaluation and the monitoring tab's table read (a request after it sends the statements of a warm request,
 * counted through the pool), a change made while it runs or after it is seen, and it can be switched off.
 * The context's own warm-up is off ({@code lantu.warm-up=false} in the tests' {@code config/application.properties}):
 * each test runs one of its own.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WarmUpTests {

    /** Statements sent through the pool, and what to do (once) when the warm-up asks for plan generations. */
    static final List<String> SENT = java.util.Collections.synchronizedList(new ArrayList<>());

    static final AtomicReference<@Nullable Runnable> DURING_WARM_UP = new AtomicReference<>();

    @TestConfiguration
    static class Counting {
        @Bean
        static BeanPostProcessor countAndHook() {
            return new BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String name) {
                    return bean instanceof DataSource d && name.equals("dataSource") ? hooked(d) : bean;
                }
            };
        }
    }

    static DataSource hooked(DataSource target) {
        return MonitoringTabStatementsTests.proxy(DataSource.class, target, (method, args, result) -> {
            if (result instanceof Connection c) {
                return MonitoringTabStatementsTests.proxy(Connection.class, c, (m, a, r) -> {
                    if (m.getName().startsWith("prepare") && a != null && a[0] instanceof String sql) {
                        SENT.add(sql);
                        if (sql.contains("monitor.plan_generation")
                                && Thread.currentThread().getName().equals("lantu-warm-up")) {
                            Runnable during = DURING_WARM_UP.getAndSet(null);
                            if (during != null) {
                                during.run();
                            }
                        }
                    }
                    return r;
                });
            }
            return result;
        });
    }

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) {
        TestStore.register(registry, "warm-up");
    }

    @LocalServerPort
    int port;

    @Autowired
    ImportService imports;

    @Autowired
    RegionService regions;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    EvaluationService evaluations;

    @Autowired
    MonitoringViews views;

    @Autowired
    DatabaseHealth health;

    @Autowired
    PlanService plans;

    @Autowired
    RequestMappingHandlerAdapter mvc;

    long plan;
    long unit;
    WebClient admin;

    @BeforeAll
    void importAndObserve() throws Exception {
        var path = Seeds.path(Seeds.HANGJIN_URBANIZATION);
        ImportResult r = imports.importDocument(path.getFileName().toString(), Files.readAllBytes(path), "test");
        assertThat(r.failed()).isFalse();
        plan = r.planId();
        unit = regions.find("150625").orElseThrow().id();
        HangjinObservations.approve(jdbc, unit);
        admin = new WebClient(port).login("admin", TestStore.ADMIN_PASSWORD);
    }

    private WarmUp warmUp(boolean enabled, boolean prerender) {
        return new WarmUp(evaluations, views, health, enabled, List.of(2024), prerender);
    }

    private void runWarmUp(boolean prerender) throws InterruptedException {
        WarmUp w = warmUp(true, prerender);
        assertThat(w.start()).isTrue();
        assertThat(w.await(120_000)).as("the warm-up ended").isTrue();
    }

    private String api() {
        return "/api/plans/" + plan + "/evaluation?year=2024";
    }

    /** The statements (without the session's) of one request for the API's evaluation. */
    private List<String> statementsOfOneApiRequest() {
        SENT.clear();
        assertThat(admin.getJson(api()).status()).isEqualTo(200);
        List<String> own = new ArrayList<>();
        synchronized (SENT) {
            for (String sql : SENT) {
                if (!sql.toLowerCase(Locale.ROOT).contains("web_session.")) {
                    own.add(sql);
                }
            }
        }
        return own;
    }

    @Test
    void afterTheWarmUpTheFirstRequestIsWarm() throws Exception {
        // cold, for comparison: a new observation makes the cached evaluation stale, and the next request
        // evaluates again (the targets, the observations, the manual statuses …)
        HangjinObservations.observe(jdbc, unit, "doctors_per_1000", 2024, "4.7");
        assertThat(statementsOfOneApiRequest()).hasSizeGreaterThan(2);

        HangjinObservations.observe(jdbc, unit, "doctors_per_1000", 2024, "4.6");
        runWarmUp(true);
        // warm: the plan with its scope check and the unit's generation, as MonitoringTabStatementsTests counts
        assertThat(statementsOfOneApiRequest()).hasSizeLessThanOrEqualTo(2);
        // and (prerender on) the tab's table was rendered by the warm-up, for the evaluation the page gets
        PlanSummary summary = plans.plan(plan).orElseThrow();
        PlanEvaluation e = evaluations.evaluate(summary, 2024);
        assertThat(views.cachedTable(e, 2024, Locale.SIMPLIFIED_CHINESE)).contains("地区生产总值");
    }

    @Test
    void aChangeWhileItRunsIsSeenByTheNextRequest() throws Exception {
        HangjinObservations.observe(jdbc, unit, "gdp", 2024, "190");
        // written after the warm-up read the unit's generation, before it read the observations
        DURING_WARM_UP.set(() -> HangjinObservations.observe(jdbc, unit, "gdp", 2024, "197"));
        runWarmUp(false);
        assertThat(DURING_WARM_UP.get()).as("the change ran during the warm-up").isNull();
        assertThat(gdp(admin.getJson(api()).body())).isEqualTo("197");
        assertThat(latestGdpOnTheTab()).isEqualTo("197");

        // and one after it
        HangjinObservations.observe(jdbc, unit, "gdp", 2024, "190");
        assertThat(gdp(admin.getJson(api()).body())).isEqualTo("190");
        assertThat(latestGdpOnTheTab()).isEqualTo("190");
    }

    @Test
    void switchedOffItDoesNothing() throws Exception {
        HangjinObservations.observe(jdbc, unit, "doctors_per_1000", 2024, "4.8");
        WarmUp off = warmUp(false, true);
        assertThat(off.start()).isFalse();
        assertThat(off.await(1_000)).isTrue();
        // the cache was not filled: the first request evaluates
        assertThat(statementsOfOneApiRequest()).hasSizeGreaterThan(2);
        HangjinObservations.observe(jdbc, unit, "doctors_per_1000", 2024, "4.6");
    }

    @Test
    void theApiAnswersTheBytesSpringWroteFromTheTree() throws Exception {
        String body = admin.getJson(api()).body();
        PlanEvaluation e = evaluations.evaluate(plans.plan(plan).orElseThrow(), 2024);
        ObjectNode tree = EvaluationJson.of(e);
        // what the controller answered before: the tree, written by Spring's JSON converter
        MockHttpOutputMessage before = new MockHttpOutputMessage();
        write(tree, before);
        assertThat(body).isEqualTo(before.getBodyAsString(StandardCharsets.UTF_8));
        assertThat(body.getBytes(StandardCharsets.UTF_8)).isEqualTo(EvaluationJson.bytes(e));
        // written once: the same array for the same evaluation
        assertThat(evaluations.evaluationJson(plans.plan(plan).orElseThrow(), 2024))
                .isSameAs(evaluations.evaluationJson(plans.plan(plan).orElseThrow(), 2024));
    }

    @SuppressWarnings("unchecked")
    private void write(ObjectNode tree, MockHttpOutputMessage out) throws Exception {
        for (HttpMessageConverter<?> c : mvc.getMessageConverters()) {
            if (c.canWrite(ObjectNode.class, MediaType.APPLICATION_JSON)) {
                ((HttpMessageConverter<Object>) c).write(tree, MediaType.APPLICATION_JSON, out);
                return;
            }
        }
        throw new AssertionError("no converter writes JSON");
    }

    private static String gdp(String json) {
        for (var t : org.lantu.plan.PlanJson.mapper().readTree(json).path("targets")) {
            if (t.path("indicator_code").asString().equals("gdp")
                    && t.path("item_type").asString().equals("indicator")) {
                return t.path("latest").path("value").asString();
            }
        }
        throw new AssertionError("no gdp target");
    }

    private String latestGdpOnTheTab() {
        var doc = admin.get("/plans/" + plan + "?tab=monitoring&year=2024&lang=zh")
                .doc();
        for (var tr : doc.select("table.monitoring-targets tr.target-row")) {
            if (tr.selectFirst("td a").text().equals("地区生产总值")) {
                return tr.select("td").get(4).selectFirst("span").text();
            }
        }
        throw new AssertionError("no row 地区生产总值");
    }
}
