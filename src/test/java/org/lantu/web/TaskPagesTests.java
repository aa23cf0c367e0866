package org.lantu.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.lantu.Seeds;
import org.lantu.imports.ImportResult;
import org.lantu.imports.ImportService;
import org.lantu.monitor.TaskProgressService;
import org.lantu.monitor.TaskStatusView;
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

/**
 * The task page of 000 (杭锦旗): its lead unit's reporter reports a period's progress, a supporting unit's
 * reporter comments, through the forms as a browser sends them; whoever may not gets 403 (a task they see)
 * or 404 (a task outside their scope), and nothing is written either way.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TaskPagesTests {

    static final String PASSWORD = "Task-Pages-Passw0rd";
    static final String OTHER_DEPARTMENT = "旗档案史志馆";

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) {
        TestStore.register(registry, "task-pages");
    }

    @LocalServerPort
    int port;

    @Autowired
    ImportService imports;

    @Autowired
    TaskProgressService progress;

    @Autowired
    PlanService plans;

    @Autowired
    RegionService regions;

    @Autowired
    UserService users;

    @Autowired
    JdbcClient jdbc;

    long plan;
    TaskStatusView task;
    String supporting;
    long leadId;
    String page;

    @BeforeAll
    void importAndUsers() throws Exception {
        var path = Seeds.path(Seeds.HANGJIN_URBANIZATION);
        ImportResult r = imports.importDocument(path.getFileName().toString(), Files.readAllBytes(path), "test");
        assertThat(r.failed()).isFalse();
        plan = r.planId();
        long hangjin = regions.find("150625").orElseThrow().id();
        Map<String, Long> registry = plans.responsibleUnitIds(hangjin);
        // a task with a registered lead unit and a registered supporting unit
        task = progress.tasksOf(plan, 2025).stream()
                .filter(t -> t.leadUnit() != null && registry.containsKey(t.leadUnit()))
                .filter(t -> t.supportingUnits().stream().anyMatch(registry::containsKey))
                .findFirst()
                .orElseThrow();
        supporting = task.supportingUnits().stream()
                .filter(registry::containsKey)
                .findFirst()
                .orElseThrow();
        assertThat(task.supportingUnits()).doesNotContain(OTHER_DEPARTMENT);
        assertThat(task.leadUnit()).isNotEqualTo(OTHER_DEPARTMENT);
        leadId = registry.get(task.leadUnit());
        page = "/plans/" + plan + "/tasks/" + task.itemId();
        users.create(new CreateUser("tp-lead", PASSWORD, "reporter", "杭锦旗", List.of(task.leadUnit())), null);
        users.create(new CreateUser("tp-support", PASSWORD, "reporter", "杭锦旗", List.of(supporting)), null);
        users.create(new CreateUser("tp-other", PASSWORD, "reporter", "杭锦旗", List.of(OTHER_DEPARTMENT)), null);
        users.create(new CreateUser("tp-viewer", PASSWORD, "viewer", "杭锦旗", null), null);
        users.create(new CreateUser("tp-outside", PASSWORD, "reporter", "乌拉特后旗", List.of(task.leadUnit())), null);
    }

    @BeforeEach
    void noProgressYet() {
        jdbc.sql("delete from monitor.task_report where plan_id = ?")
                .param(plan)
                .update();
        jdbc.sql("delete from monitor.task_comment where plan_id = ?")
                .param(plan)
                .update();
    }

    private WebClient as(String user) {
        return new WebClient(port).login(user, PASSWORD);
    }

    private int reports() {
        return jdbc.sql("select count(*) from monitor.task_report where plan_id = ?")
                .param(plan)
                .query(Integer.class)
                .single();
    }

    private int comments() {
        return jdbc.sql("select count(*) from monitor.task_comment where plan_id = ?")
                .param(plan)
                .query(Integer.class)
                .single();
    }

    private static Map<String, String> report(String status, String percent, String evidence) {
        return Map.of(
                "year",
                "2025",
                "quarter",
                "",
                "status",
                status,
                "percent",
                percent,
                "narrative",
                "管网改造已完成两段，第三段招标中。",
                "evidence",
                evidence);
    }

    @Test
    void theLeadUnitReportsAPeriodAndThePageShowsIt() {
        WebClient lead = as("tp-lead");
        Document before = lead.get(page + "?lang=zh").doc();
        Element form = before.selectFirst("form#report-form");
        assertThat(form).isNotNull();
        assertThat(form.attr("action")).isEqualTo(page + "/reports");
        assertThat(form.selectFirst("input[name=_csrf]")).isNotNull();
        assertThat(form.select("select[name=status] option").eachText()).contains("未开始", "推进中", "已完成", "滞后");
        assertThat(before.select("script:not([src])")).isEmpty();
        assertThat(before.selectFirst(".task-text").text()).isEqualTo(task.text());

        WebClient.Page saved = lead.postForm(page + "/reports", report("in_progress", "40", "https://example.org/a"));
        assertThat(saved.status()).isEqualTo(302);
        assertThat(saved.header("Location")).contains(page + "?year=2025");
        assertThat(reports()).isEqualTo(1);

        Document after = lead.follow(saved).doc();
        assertThat(after.selectFirst("p.notice").text()).isEqualTo("进展已保存。");
        Element row = after.selectFirst("table.task-reports tbody tr");
        assertThat(row.attr("data-status")).isEqualTo("in_progress");
        assertThat(row.text()).contains("2025", "推进中", "40%", "管网改造已完成两段", "tp-lead");
        assertThat(row.selectFirst("a").attr("href")).isEqualTo("https://example.org/a");
        // the form opens on the period's report, with its version
        assertThat(after.selectFirst("form#report-form input[name=percent]").attr("value"))
                .isEqualTo("40");
        assertThat(after.selectFirst("form#report-form input[name=version]").attr("value"))
                .isEqualTo("1");

        // the same period again replaces it; the department page shows the latest
        assertThat(lead.postForm(page + "/reports", report("done", "100", "")).status())
                .isEqualTo(302);
        assertThat(reports()).isEqualTo(1);
        Document department = lead.get("/responsible-units/" + leadId).doc();
        Element link = department.selectFirst("a.task-link[href=" + page + "]");
        assertThat(link).isNotNull();
        assertThat(link.closest("tr").text()).contains("已完成", "2025 · 100%");
        // and the plan's tasks tab links the page
        assertThat(lead.get("/plans/" + plan + "?tab=tasks").doc().select("a.task-link[href=" + page + "]"))
                .hasSize(1);
    }

    /**
     * 000 runs 2022–2025: after 2025 the form opens on 2025, the plan's last year, not on this year (no
     * report of a year after the plan is asked for); another year is still the user's to choose.
     */
    @Test
    void theFormOpensOnTheLatestYearOfThePlanThatIsNotInTheFuture() {
        org.lantu.plan.PlanSummary summary = plans.plan(plan).orElseThrow();
        assertThat(summary.periodTo()).isEqualTo(2025);
        int expected = Math.min(java.time.Year.now().getValue(), summary.periodTo());
        WebClient lead = as("tp-lead");
        Element year = lead.get(page).doc().selectFirst("form#report-form input[name=year]");
        assertThat(year.attr("value")).isEqualTo(String.valueOf(expected));
        assertThat(year.attr("max")).isEqualTo("2100");
        assertThat(lead.get(page + "?year=2023")
                        .doc()
                        .selectFirst("form#report-form input[name=year]")
                        .attr("value"))
                .isEqualTo("2023");
        // a refused comment comes back with the form on the same year
        assertThat(lead.postForm(page + "/comments", Map.of("body", " "))
                        .doc()
                        .selectFirst("form#report-form input[name=year]")
                        .attr("value"))
                .isEqualTo(String.valueOf(expected));

        // the rule: this year inside the period, else the period's nearest end
        assertThat(TaskPageController.defaultYear(2021, 2025, 2026)).isEqualTo(2025);
        assertThat(TaskPageController.defaultYear(2021, 2025, 2031)).isEqualTo(2025);
        assertThat(TaskPageController.defaultYear(2021, 2025, 2023)).isEqualTo(2023);
        assertThat(TaskPageController.defaultYear(2021, 2025, 2025)).isEqualTo(2025);
        assertThat(TaskPageController.defaultYear(2027, 2030, 2026)).isEqualTo(2027);
        assertThat(TaskPageController.defaultYear(null, null, 2026)).isEqualTo(2026);
        assertThat(TaskPageController.defaultYear(2021, null, 2026)).isEqualTo(2026);
    }

    @Test
    void badFieldsComeBackWithAMessageAndWriteNothing() {
        WebClient lead = as("tp-lead");
        WebClient.Page percent = lead.postForm(page + "/reports", report("in_progress", "150", ""));
        assertThat(percent.status()).isEqualTo(400);
        Document doc = percent.doc();
        assertThat(doc.selectFirst("p.error[role=alert]").text()).isEqualTo("未保存：请改正下面标出的内容。");
        assertThat(doc.selectFirst("input[name=percent]").attr("aria-invalid")).isEqualTo("true");
        assertThat(doc.selectFirst("input[name=percent]").parent().text()).contains("完成百分比须为 0–100 之间的整数。");
        // what was entered stays in the form
        assertThat(doc.selectFirst("textarea[name=narrative]").text()).isEqualTo("管网改造已完成两段，第三段招标中。");

        assertThat(lead.postForm(page + "/reports", report("", "10", "")).doc().text())
                .contains("请选择状态：未开始、推进中、已完成或滞后。");
        assertThat(lead.postForm(page + "/reports", report("in_progress", "abc", ""))
                        .status())
                .isEqualTo(400);
        WebClient.Page url = lead.postForm(page + "/reports", report("in_progress", "10", "ftp://example.org/x"));
        assertThat(url.status()).isEqualTo(400);
        assertThat(url.doc().text()).contains("佐证材料链接须为以 http:// 或 https:// 开头的完整网址。");
        assertThat(lead.postForm(page + "/reports", report("in_progress", "10", "javascript:alert(1)"))
                        .status())
                .isEqualTo(400);
        assertThat(lead.postForm(page + "/comments", Map.of("body", "  ")).status())
                .isEqualTo(400);
        // in English
        lead.get("/?lang=en");
        assertThat(lead.postForm(page + "/reports", report("in_progress", "-1", ""))
                        .doc()
                        .text())
                .contains("The percentage must be a whole number from 0 to 100.");
        lead.get("/?lang=zh");
        assertThat(reports()).isZero();
        assertThat(comments()).isZero();
    }

    @Test
    void aSupportingUnitCommentsAndMayNotReport() {
        WebClient support = as("tp-support");
        Document doc = support.get(page).doc();
        assertThat(doc.selectFirst("form#comment-form")).isNotNull();
        assertThat(doc.selectFirst("form#comment-form input[name=_csrf]")).isNotNull();
        assertThat(doc.selectFirst("form#report-form")).isNull();

        assertThat(support.postForm(page + "/reports", report("in_progress", "40", ""))
                        .status())
                .isEqualTo(403);
        assertThat(reports()).isZero();

        WebClient.Page posted = support.postForm(page + "/comments", Map.of("body", "配合单位已完成用地预审。"));
        assertThat(posted.status()).isEqualTo(302);
        assertThat(comments()).isEqualTo(1);
        Document after = support.follow(posted).doc();
        assertThat(after.selectFirst("p.notice").text()).isEqualTo("意见已发表。");
        assertThat(after.select("ol.task-comments li").text()).contains(supporting, "tp-support", "配合单位已完成用地预审。");
    }

    @Test
    void whoMayNotGets403OnAVisibleTaskAnd404OutsideItsScopeAndNothingIsWritten() {
        for (String user : List.of("tp-other", "tp-viewer")) {
            WebClient c = as(user);
            Document doc = c.get(page).doc();
            assertThat(doc.selectFirst("form#report-form")).as(user).isNull();
            assertThat(doc.selectFirst("form#comment-form")).as(user).isNull();
            assertThat(c.postForm(page + "/reports", report("in_progress", "40", ""))
                            .status())
                    .as(user)
                    .isEqualTo(403);
            assertThat(c.postForm(page + "/comments", Map.of("body", "意见")).status())
                    .as(user)
                    .isEqualTo(403);
        }
        WebClient outside = as("tp-outside");
        assertThat(outside.get(page).status()).isEqualTo(404);
        assertThat(outside.postForm(page + "/reports", report("in_progress", "40", ""))
                        .status())
                .isEqualTo(404);
        assertThat(outside.postForm(page + "/comments", Map.of("body", "意见")).status())
                .isEqualTo(404);
        // not a task of the plan
        WebClient lead = as("tp-lead");
        assertThat(lead.get("/plans/" + plan + "/tasks/99999999").status()).isEqualTo(404);
        assertThat(lead.postForm("/plans/" + plan + "/tasks/99999999/reports", report("in_progress", "40", ""))
                        .status())
                .isEqualTo(404);
        // without the session's CSRF token
        Map<String, String> forged = new java.util.HashMap<>(report("in_progress", "40", ""));
        forged.put("_csrf", "forged");
        assertThat(lead.postForm(page + "/reports", forged).status()).isEqualTo(403);
        assertThat(reports()).isZero();
        assertThat(comments()).isZero();
    }
}
