package org.lantu.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import javax.sql.DataSource;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.lantu.Seeds;
import org.lantu.imports.ImportResult;
import org.lantu.imports.ImportService;
import org.lantu.monitor.HangjinObservations;
import org.lantu.region.RegionService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * How many SQL statements the reads of issue 8's load test send, counted by a wrapper around the pool: the
 * plan page's 监测评估 tab and the API's evaluation, warm. The session's own statements (Spring Session's read
 * and update, {@code web_session.*}) are counted apart: they are the filter chain's, the same for every
 * request. Before this count was kept the tab sent 18 statements and the API 2 (pg_stat_statements on the
 * national-scale set, docs/benchmarks.md).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MonitoringTabStatementsTests {

    /** Every statement sent through the pool, in order. */
    static final ConcurrentLinkedQueue<String> SENT = new ConcurrentLinkedQueue<>();

    @TestConfiguration
    static class Counting {
        @Bean
        static BeanPostProcessor countStatements() {
            return new BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String name) {
                    return bean instanceof DataSource d && name.equals("dataSource") ? counting(d) : bean;
                }
            };
        }
    }

    static DataSource counting(DataSource target) {
        return proxy(DataSource.class, target, (method, args, result) -> {
            if (result instanceof Connection c) {
                return proxy(Connection.class, c, (m, a, r) -> {
                    if (m.getName().startsWith("prepare") && a != null && a[0] instanceof String sql) {
                        SENT.add(sql);
                    }
                    if (r instanceof Statement s && !m.getName().startsWith("prepare")) {
                        return proxy(Statement.class, s, (sm, sa, sr) -> {
                            if (sm.getName().startsWith("execute") && sa != null && sa[0] instanceof String sql) {
                                SENT.add(sql);
                            }
                            return sr;
                        });
                    }
                    return r;
                });
            }
            return result;
        });
    }

    interface After {
        Object apply(java.lang.reflect.Method method, Object[] args, Object result) throws Exception;
    }

    @SuppressWarnings("unchecked")
    static <T> T proxy(Class<T> type, T target, After after) {
        InvocationHandler h = (p, method, args) -> {
            Object result;
            try {
                result = method.invoke(target, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
            return after.apply(method, args, result);
        };
        return (T) Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, h);
    }

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) {
        TestStore.register(registry, "monitoring-statements");
    }

    @LocalServerPort
    int port;

    @Autowired
    ImportService imports;

    @Autowired
    RegionService regions;

    @Autowired
    JdbcClient jdbc;

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

    /** The statements one request sends (without the session's), after two of the same to warm the caches. */
    private List<String> statementsOf(String path, boolean json) {
        for (int i = 0; i < 2; i++) {
            assertThat((json ? admin.getJson(path) : admin.get(path)).status()).isEqualTo(200);
        }
        SENT.clear();
        assertThat((json ? admin.getJson(path) : admin.get(path)).status()).isEqualTo(200);
        List<String> own = new ArrayList<>();
        for (String sql : SENT) {
            if (!sql.toLowerCase(java.util.Locale.ROOT).contains("web_session.")) {
                own.add(sql.replaceAll("\\s+", " ").strip());
            }
        }
        System.out.println(path + ": " + own.size() + " statements (and " + (SENT.size() - own.size())
                + " of the session)\n  " + String.join("\n  ", own));
        return own;
    }

    @Test
    void theMonitoringTabWarmSendsSixStatements() {
        // the frame's version check, the page's version view check (corrections), the unit's generation, and
        // for the warnings the check of the tasks and project boxes held in memory, the task reports, the
        // projects with their investments
        assertThat(statementsOf("/plans/" + plan + "?tab=monitoring&year=2024", false))
                .hasSizeLessThanOrEqualTo(6);
    }

    @Test
    void theApiEvaluationWarmSendsTwo() {
        // the plan (with the scope check) and the unit's generation
        assertThat(statementsOf("/api/plans/" + plan + "/evaluation?year=2024", true))
                .hasSizeLessThanOrEqualTo(2);
    }

    @Test
    void theTargetTableFollowsANewObservation() {
        String path = "/plans/" + plan + "?tab=monitoring&year=2024&lang=zh";
        assertThat(latestGdp(path)).isEqualTo("190");
        HangjinObservations.observe(jdbc, unit, "gdp", 2024, "195");
        assertThat(latestGdp(path)).isEqualTo("195");
        // the English table is its own, and follows too
        assertThat(latestGdp("/plans/" + plan + "?tab=monitoring&year=2024&lang=en"))
                .isEqualTo("195");
        HangjinObservations.observe(jdbc, unit, "gdp", 2024, "190");
        assertThat(latestGdp(path)).isEqualTo("190");
    }

    private String latestGdp(String path) {
        for (Element tr : admin.get(path).doc().select("table.monitoring-targets tr.target-row")) {
            if (tr.selectFirst("td a").text().equals("地区生产总值")) {
                return tr.select("td").get(4).selectFirst("span").text();
            }
        }
        throw new AssertionError("no row 地区生产总值 on " + path);
    }
}
