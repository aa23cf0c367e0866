package org.lantu.monitor;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.lantu.Seeds;
import org.lantu.imports.ImportResult;
import org.lantu.imports.ImportService;
import org.lantu.plan.PlanService;
import org.lantu.plan.PlanSummary;
import org.lantu.web.TestStore;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * What {@link EvaluationService} keeps with an evaluation and what a warm-up puts in: the API's JSON written
 * once per evaluation object, evaluations of every plan filled in ahead of requests, and no entry left current
 * that was computed for a version that is no longer the latest.
 */
@SpringBootTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EvaluationCacheTests {

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) {
        TestStore.register(registry, "evaluation-cache");
    }

    @Autowired
    ImportService imports;

    @Autowired
    EvaluationService evaluations;

    @Autowired
    PlanService plans;

    @Autowired
    JdbcClient jdbc;

    long plan;
    long unit;
    byte[] source;

    @BeforeAll
    void importAndObserve() throws Exception {
        source = Files.readAllBytes(Seeds.path(Seeds.HANGJIN_URBANIZATION));
        ImportResult r = imports.importDocument("000.txt", source, "test");
        assertThat(r.failed()).isFalse();
        plan = r.planId();
        unit = jdbc.sql("select unit_id from plan.plan where id = ?")
                .param(plan)
                .query(Long.class)
                .single();
        HangjinObservations.approve(jdbc, unit);
    }

    private PlanSummary now() {
        return plans.plan(plan).orElseThrow();
    }

    @Test
    void theJsonIsWrittenOncePerEvaluationAndFollowsChanges() {
        byte[] first = evaluations.evaluationJson(now(), 2024);
        assertThat(evaluations.evaluationJson(now(), 2024)).isSameAs(first);
        assertThat(first).isEqualTo(EvaluationJson.bytes(evaluations.evaluate(now(), 2024)));
        assertThat(new String(first, StandardCharsets.UTF_8)).contains("\"year\" : 2024");

        HangjinObservations.observe(jdbc, unit, "forest_coverage", 2024, "18.7");
        byte[] changed = evaluations.evaluationJson(now(), 2024);
        assertThat(changed).isNotEqualTo(first);
        assertThat(new String(changed, StandardCharsets.UTF_8)).contains("\"value\" : 18.7");
        assertThat(changed).isEqualTo(EvaluationJson.bytes(evaluations.evaluate(now(), 2024)));
        HangjinObservations.observe(jdbc, unit, "forest_coverage", 2024, "18.5");
    }

    @Test
    void aWarmUpFillsTheCacheAndAChangeAfterItIsSeen() {
        HangjinObservations.observe(jdbc, unit, "pension_insurance_rate", 2024, "93.6");
        assertThat(evaluations.planIds()).contains(plan);
        List<PlanEvaluation> warmed = evaluations.warm(evaluations.planIds(), 2023, true);
        PlanEvaluation mine =
                warmed.stream().filter(e -> e.planId() == plan).findFirst().orElseThrow();
        // the request after it gets what the warm-up computed, and its JSON is already written
        assertThat(evaluations.evaluate(now(), 2023)).isSameAs(mine);
        assertThat(evaluations.cachedJsonBytes()).isGreaterThanOrEqualTo(EvaluationJson.bytes(mine).length);
        // warming again computes nothing new
        assertThat(evaluations.warm(List.of(plan), 2023, true)).singleElement().isSameAs(mine);

        HangjinObservations.observe(jdbc, unit, "pension_insurance_rate", 2024, "93.5");
        assertThat(evaluations.evaluate(now(), 2023)).isNotSameAs(mine);
    }

    @Test
    void anEvaluationOfAVersionNoLongerTheLatestIsNotKeptAsCurrent() {
        PlanSummary before = now();
        // a new latest version (other bytes: a store is idempotent by content), stored after the plan was read
        // and before the unit's generation is: the evaluation of `before` is computed under the new generation
        ImportResult r = imports.importDocument(
                "000.txt",
                (new String(source, StandardCharsets.UTF_8) + "\n").getBytes(StandardCharsets.UTF_8),
                "test");
        assertThat(r.failed()).isFalse();
        assertThat(r.planId()).isEqualTo(plan);
        PlanSummary after = now();
        assertThat(after.latestVersionId()).isNotEqualTo(before.latestVersionId());

        assertThat(evaluations.evaluate(before, 2022).versionId()).isEqualTo(before.latestVersionId());
        // the next reader, with the plan as it is, gets the new version's, not the cached one
        assertThat(evaluations.evaluate(after, 2022).versionId()).isEqualTo(after.latestVersionId());
        assertThat(new String(evaluations.evaluationJson(after, 2022), StandardCharsets.UTF_8))
                .contains("\"version_id\" : " + after.latestVersionId());
    }
}
