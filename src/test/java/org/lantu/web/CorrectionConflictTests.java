package org.lantu.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.lantu.audit.AuditLog;
import org.lantu.audit.AuditQuery;
import org.lantu.imports.ImportResult;
import org.lantu.imports.ImportService;
import org.lantu.plan.PlanService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Two planners correct the same item: the second, who read it before the first's correction, is told
 * (409 with the current value) and nothing of theirs is written. And a plan's text is shown as text.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class CorrectionConflictTests {

    static final JsonMapper JSON = JsonMapper.builder().build();

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) {
        TestStore.register(registry, "correction-conflict");
    }

    @LocalServerPort
    int port;

    @Autowired
    ImportService imports;

    @Autowired
    PlanService plans;

    @Autowired
    AuditLog audit;

    long plan;
    long item;

    @BeforeAll
    void importExample() {
        ImportResult r = imports.importDocument("example.txt", ExamplePlan.bytes(ExamplePlan.TXT), "test");
        plan = r.planId();
        item = plans.currentItems(r.versionId(), "indicator")
                .get(0)
                .get("item_id")
                .asLong();
    }

    WebClient admin() {
        return new WebClient(port).login("admin", TestStore.ADMIN_PASSWORD);
    }

    @Test
    void aCorrectionBasedOnAnOutdatedReadIs409WithTheCurrentValueAndWritesNothing() {
        WebClient first = admin();
        WebClient second = admin();
        int read = plans.revision(item);
        long audited =
                audit.count(new AuditQuery(null, AuditLog.CORRECTION, "item", String.valueOf(item), null, null, 0, 1));
        WebClient.Page ok = first.sendJson(
                "POST",
                "/api/items/" + item + "/corrections",
                "{\"field\": \"name\", \"value\": \"第一位的名称\", \"reason\": \"核对\", \"revision\": " + read + "}");
        assertThat(ok.status()).isEqualTo(201);
        long corrections = plans.corrections(item).size();

        WebClient.Page stale = second.sendJson(
                "POST",
                "/api/items/" + item + "/corrections",
                "{\"field\": \"name\", \"value\": \"第二位的名称\", \"reason\": \"核对\", \"revision\": " + read + "}");
        assertThat(stale.status()).isEqualTo(409);
        JsonNode body = JSON.readTree(stale.body());
        assertThat(body.get("error").asString()).isEqualTo("conflict");
        assertThat(body.get("current_revision").asInt()).isEqualTo(read + 1);
        assertThat(body.get("current_value").asString()).isEqualTo("第一位的名称");
        assertThat(plans.corrections(item)).hasSize((int) corrections);

        // with the revision it now reads, the second planner's correction goes through
        WebClient.Page retried = second.sendJson(
                "POST",
                "/api/items/" + item + "/corrections",
                "{\"field\": \"name\", \"value\": \"第二位的名称\", \"reason\": \"核对\", \"revision\": " + (read + 1) + "}");
        assertThat(retried.status()).isEqualTo(201);
        assertThat(audit.count(
                        new AuditQuery(null, AuditLog.CORRECTION, "item", String.valueOf(item), null, null, 0, 1)))
                .isEqualTo(audited + 2);
    }

    @Test
    void theFormSendsTheRevisionItShowedAndAStaleFormSaysSo() {
        WebClient planner = admin();
        org.jsoup.nodes.Element form = planner.get("/plans/" + plan + "?tab=indicators")
                .doc()
                .selectFirst("form[action=/items/" + item + "/corrections]");
        assertThat(form).isNotNull();
        String shown = form.selectFirst("input[name=revision]").attr("value");
        assertThat(Integer.parseInt(shown)).isEqualTo(plans.revision(item));

        // someone else corrects the item after the form was shown
        admin().sendJson(
                        "POST",
                        "/api/items/" + item + "/corrections",
                        "{\"field\": \"name\", \"value\": \"别人的名称\", \"reason\": \"核对\"}");
        int before = plans.corrections(item).size();
        WebClient.Page posted = planner.postForm(
                "/items/" + item + "/corrections",
                Map.of(
                        "field", "name",
                        "value", "迟到的名称",
                        "reason", "核对",
                        "plan", String.valueOf(plan),
                        "tab", "indicators",
                        "revision", shown));
        assertThat(posted.status()).isEqualTo(302);
        assertThat(plans.corrections(item)).hasSize(before);
        assertThat(planner.follow(posted).body()).contains("已被他人更正");
    }

    @Test
    void scriptInAPlansTextIsShownAsText() {
        String text = new String(ExamplePlan.bytes(ExamplePlan.TXT), StandardCharsets.UTF_8)
                .replace("示例旗推进", "<script>alert('x')</script>示例旗推进")
                .replace("为推进以人为核心", "<img src=x onerror=alert(1)>为推进以人为核心");
        ImportResult r = imports.importDocument("script.txt", text.getBytes(StandardCharsets.UTF_8), "test");
        assertThat(r.failed()).isFalse();
        WebClient c = admin();
        for (String path : new String[] {"/plans/" + r.planId(), "/plans/" + r.planId() + "/source", "/"}) {
            WebClient.Page page = c.get(path);
            assertThat(page.status()).isEqualTo(200);
            assertThat(page.body()).doesNotContain("<script>alert", "<img src=x");
            assertThat(page.doc().select("script:not([src])")).isEmpty();
        }
        assertThat(c.get("/plans/" + r.planId() + "/source").body()).contains("&lt;script&gt;alert(");
    }
}
