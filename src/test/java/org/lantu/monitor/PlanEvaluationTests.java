package org.lantu.monitor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.lantu.Seeds;
import org.lantu.imports.ImportResult;
import org.lantu.imports.ImportService;
import org.lantu.security.CreateUser;
import org.lantu.security.UserService;
import org.lantu.web.TestStore;
import org.lantu.web.WebClient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * 000 (杭锦旗, 2022 → 2025) evaluated in 2024 against observations written for it; every status checked against
 * the figures worked by hand in the comments.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PlanEvaluationTests {

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) {
        TestStore.register(registry, "plan-evaluation");
    }

    @LocalServerPort
    int port;

    @Autowired
    ImportService imports;

    @Autowired
    EvaluationService evaluations;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserService users;

    long hangjin;
    long unit;

    @BeforeAll
    void importAndObserve() throws Exception {
        ImportResult r =
                imports.importDocument("000.txt", Files.readAllBytes(Seeds.path(Seeds.HANGJIN_URBANIZATION)), "test");
        assertThat(r.failed()).isFalse();
        hangjin = r.planId();
        unit = jdbc.sql("select unit_id from plan.plan where id = ?")
                .param(hangjin)
                .query(Long.class)
                .single();
        HangjinObservations.approve(jdbc, unit);
    }

    private void observe(String code, int year, String value) {
        HangjinObservations.observe(jdbc, unit, code, year, value);
    }

    private Map<String, TargetEvaluation> rows(PlanEvaluation e) {
        return e.targets().stream()
                .filter(t -> t.target().itemType().equals("indicator"))
                .collect(
                        Collectors.toMap(t -> t.target().spec().indicator(), EvaluatedTarget::evaluation, (a, b) -> a));
    }

    @Test
    void everyRowOfTheTableGetsTheStatusWorkedByHand() {
        PlanEvaluation e = evaluations.evaluate(hangjin, 2024).orElseThrow();
        assertThat(e.year()).isEqualTo(2024);
        Map<String, TargetEvaluation> rows = rows(e);

        // (190/165.93)^(1/2) − 1 = 7.007% against (200/165.93)^(1/3) − 1 = 6.422%: R = 1.091
        TargetEvaluation gdp = rows.get("地区生产总值");
        assertThat(gdp.method()).isEqualTo(EvaluationMethod.CAGR);
        assertThat(gdp.ratio()).isCloseTo(1.091, within(0.001));
        assertThat(gdp.status()).isEqualTo(EvaluationStatus.ON_TRACK);
        assertThat(gdp.category()).isEqualTo(ProgressCategory.AHEAD);

        // 0.377% a year against 0.771% needed: R = 0.489
        TargetEvaluation urban = rows.get("常住人口城镇化率");
        assertThat(urban.ratio()).isCloseTo(0.489, within(0.001));
        assertThat(urban.status()).isEqualTo(EvaluationStatus.LIMITED_PROGRESS);

        // (1.055 × 1.050)^(1/2) − 1 = 5.250% against 5.3 左右: R = 0.991
        TargetEvaluation income = rows.get("全体居民人均可支配收入年均增速");
        assertThat(income.method()).isEqualTo(EvaluationMethod.GROWTH);
        assertThat(income.ratio()).isCloseTo(0.991, within(0.001));
        assertThat(income.status()).isEqualTo(EvaluationStatus.ON_TRACK);
        assertThat(income.category()).isEqualTo(ProgressCategory.AS_EXPECTED);

        // ≤ 4.5 from 3.6: a ceiling held
        TargetEvaluation unemployment = rows.get("城镇登记失业率");
        assertThat(unemployment.method()).isEqualTo(EvaluationMethod.BOUND);
        assertThat(unemployment.status()).isEqualTo(EvaluationStatus.ON_TRACK);

        // 4.6 meets 4.5 a year early
        TargetEvaluation doctors = rows.get("每千人口拥有执业（助理）医师数");
        assertThat(doctors.status()).isEqualTo(EvaluationStatus.ACHIEVED);
        assertThat(doctors.category()).isEqualTo(ProgressCategory.ACHIEVED_EARLY);

        // 94 → 95, observed 93.5: moving away
        assertThat(rows.get("基本养老保险参保率").status()).isEqualTo(EvaluationStatus.DETERIORATION);

        // 5.1 set below the baseline 5.2 is a floor; 5.0 breaks it
        TargetEvaluation childcare = rows.get("每千人拥有3岁以下婴幼儿托位数");
        assertThat(childcare.method()).isEqualTo(EvaluationMethod.BOUND);
        assertThat(childcare.status()).isEqualTo(EvaluationStatus.DETERIORATION);
        assertThat(childcare.category()).isEqualTo(ProgressCategory.BEHIND);

        // (18.5/17.76)^(1/2) − 1 = 2.062% against 2.705%: R = 0.763
        TargetEvaluation forest = rows.get("森林覆盖率");
        assertThat(forest.ratio()).isCloseTo(0.763, within(0.001));
        assertThat(forest.status()).isEqualTo(EvaluationStatus.NEEDS_ACCELERATION);
        assertThat(forest.observations()).isEqualTo(2);

        assertThat(rows.get("植被覆盖度").status()).isEqualTo(EvaluationStatus.INSUFFICIENT_DATA);
        assertThat(rows.get("单位地区生产总值能源消耗降幅").status()).isEqualTo(EvaluationStatus.QUALITATIVE);
        assertThat(rows.get("城市空气优良天数比率").status()).isEqualTo(EvaluationStatus.QUALITATIVE);
    }

    @Test
    void proseTargetsBorrowTheBaselineOfTheirTableRow() {
        PlanEvaluation e = evaluations.evaluate(hangjin, 2024).orElseThrow();
        List<TargetEvaluation> prose = e.targets().stream()
                .filter(t -> t.target().itemType().equals("target")
                        && t.target().spec().indicator().equals("全旗地区生产总值"))
                .map(EvaluatedTarget::evaluation)
                .toList();
        assertThat(prose).isNotEmpty();
        assertThat(prose.get(0).spec().baseline().value()).isEqualByComparingTo("165.93");
        assertThat(prose.get(0).ratio()).isCloseTo(1.091, within(0.001));
        assertThat(e.targets()).hasSize(12 + 29);
    }

    @Test
    void aNewObservationChangesTheNextEvaluationThroughTheCache() {
        assertThat(rows(evaluations.evaluate(hangjin, 2024).orElseThrow())
                        .get("植被覆盖度")
                        .status())
                .isEqualTo(EvaluationStatus.INSUFFICIENT_DATA);
        observe("vegetation_coverage", 2024, "75.5");
        assertThat(rows(evaluations.evaluate(hangjin, 2024).orElseThrow())
                        .get("植被覆盖度")
                        .status())
                .isEqualTo(EvaluationStatus.ACHIEVED);
        jdbc.sql("delete from monitor.observation where indicator_code = 'vegetation_coverage'")
                .update();
        assertThat(rows(evaluations.evaluate(hangjin, 2024).orElseThrow())
                        .get("植被覆盖度")
                        .status())
                .isEqualTo(EvaluationStatus.INSUFFICIENT_DATA);
    }

    @Test
    void theApiGivesEachTargetItsStatusRatioMethodAndPace() throws Exception {
        WebClient client = new WebClient(port).login("admin", TestStore.ADMIN_PASSWORD);
        WebClient.Page page = client.getJson("/api/plans/" + hangjin + "/evaluation?year=2024");
        assertThat(page.status()).isEqualTo(200);
        JsonNode json = new ObjectMapper().readTree(page.body());
        assertThat(json.get("year").asInt()).isEqualTo(2024);
        assertThat(json.at("/plan/unit").asString()).isEqualTo("杭锦旗");
        JsonNode gdp = null;
        for (JsonNode t : json.get("targets")) {
            if (t.get("indicator").asString().equals("地区生产总值")) {
                gdp = t;
            }
        }
        assertThat(gdp).isNotNull();
        assertThat(gdp.get("status").asString()).isEqualTo("on_track");
        assertThat(gdp.get("category").asString()).isEqualTo("快于预期");
        assertThat(gdp.get("method").asString()).isEqualTo("cagr");
        assertThat(gdp.get("ratio").asDouble()).isCloseTo(1.091, within(0.001));
        assertThat(gdp.at("/latest/value").asDouble()).isEqualTo(190);
        assertThat(gdp.at("/baseline/year").asInt()).isEqualTo(2022);
        // from 190 in 2024 to 200 in 2025
        assertThat(gdp.get("required_pace").asDouble()).isCloseTo(0.0526, within(0.0001));
        assertThat(json.at("/summary/total").asInt()).isEqualTo(41);

        JsonNode status = new ObjectMapper()
                .readTree(client.getJson("/api/units/" + unit + "/status?year=2024")
                        .body());
        assertThat(status.at("/summary/total").asInt()).isEqualTo(41);
        assertThat(status.at("/units/0/unit").asString()).isEqualTo("杭锦旗");

        JsonNode warnings = new ObjectMapper()
                .readTree(client.getJson("/api/warnings?year=2024").body());
        assertThat(warnings.findValuesAsString("subject")).contains("常住人口城镇化率", "基本养老保险参保率");
        assertThat(client.getJson("/api/plans/999999/evaluation").status()).isEqualTo(404);
        assertThat(client.getJson("/api/plans/" + hangjin + "/evaluation?year=3000")
                        .status())
                .isEqualTo(400);
    }

    @Test
    void theUnitStatusFollowsChangesMadeInTheDatabaseAndTheCallersScope() throws Exception {
        WebClient admin = new WebClient(port).login("admin", TestStore.ADMIN_PASSWORD);
        long league = jdbc.sql("select parent_id from region.admin_unit where id = ?")
                .param(unit)
                .query(Long.class)
                .single();
        JsonNode before = status(admin, league);
        assertThat(before.at("/summary/total").asInt()).isEqualTo(41);
        int achieved = before.at("/summary/achieved").asInt();
        assertThat(status(admin, league)).isEqualTo(before);

        // another process's observation (SQL, not this service): 植被覆盖度 from no data to achieved
        observe("vegetation_coverage", 2024, "75.5");
        // (the table row and the prose target of 植被覆盖度 both)
        assertThat(status(admin, league).at("/summary/achieved").asInt()).isEqualTo(achieved + 2);
        jdbc.sql("delete from monitor.observation where indicator_code = 'vegetation_coverage'")
                .update();
        assertThat(status(admin, league)).isEqualTo(before);

        // a unit added and the plan moved under it, in SQL: the tree and the plan list follow at once
        long moved = jdbc.sql("insert into region.admin_unit (name, level, parent_id) values ('测试新旗', 'county', ?)"
                        + " returning id")
                .param(league)
                .query(Long.class)
                .single();
        jdbc.sql("update plan.plan set unit_id = ? where id = ?")
                .params(moved, hangjin)
                .update();
        try {
            assertThat(status(admin, unit).at("/summary/total").asInt()).isZero();
            JsonNode now = status(admin, league);
            assertThat(now.at("/summary/total").asInt()).isEqualTo(41);
            assertThat(now.at("/units/0/unit").asString()).isEqualTo("测试新旗");
            assertThat(status(admin, moved).at("/units/0/plans/0/plan_id").asLong())
                    .isEqualTo(hangjin);
        } finally {
            jdbc.sql("update plan.plan set unit_id = ? where id = ?")
                    .params(unit, hangjin)
                    .update();
        }
        assertThat(status(admin, league)).isEqualTo(before);
        assertThat(admin.getJson("/api/units/99999999/status").status()).isEqualTo(404);

        // a county's planner sees its league with its own plans; another league's user sees neither
        users.create(new CreateUser("status-hjq", "Status-Tests-Passw0rd", "planner", "杭锦旗", null), null);
        users.create(new CreateUser("status-wlthq", "Status-Tests-Passw0rd", "viewer", "乌拉特后旗", null), null);
        WebClient county = new WebClient(port).login("status-hjq", "Status-Tests-Passw0rd");
        assertThat(status(county, league).at("/summary/total").asInt()).isEqualTo(41);
        WebClient other = new WebClient(port).login("status-wlthq", "Status-Tests-Passw0rd");
        assertThat(other.getJson("/api/units/" + league + "/status?year=2024").status())
                .isEqualTo(404);
        assertThat(other.getJson("/api/units/" + unit + "/status?year=2024").status())
                .isEqualTo(404);
    }

    private static JsonNode status(WebClient client, long unitId) throws Exception {
        WebClient.Page page = client.getJson("/api/units/" + unitId + "/status?year=2024");
        assertThat(page.status()).isEqualTo(200);
        return new ObjectMapper().readTree(page.body());
    }
}
