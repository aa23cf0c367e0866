package org.lantu.monitor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.lantu.web.WebClient;

/**
 * The observations page offers a figure's actions (修改, 报送, 审核通过) only to whom the server takes them from:
 * hjq-hr (旗人社局, 旗住建局) changes its departments' figures, drafts, submitted and approved ones alike (a new
 * value returns an approved figure to draft), and none of 旗统计局's or of a locked year; a viewer changes
 * nothing and is offered no form. Each offer is tried against the server, and each refusal.
 *
 * <p>Years 1990–1991 and indicators no other monitoring test uses.
 */
class ObservationPageTests extends MonitorTestSupport {

    private long observe(String code, int year, String value, String status) {
        return jdbc.sql("""
                        insert into monitor.observation (unit_id, indicator_code, year, value, source, status, created_by, updated_by)
                        values (?, ?, ?, ?::numeric, '部门年报', ?, 'test', 'test') returning id""")
                .params(hangjin, code, year, value, status)
                .query(Long.class)
                .single();
    }

    private String statusOf(long id) {
        return jdbc.sql("select status from monitor.observation where id = ?")
                .param(id)
                .query(String.class)
                .single();
    }

    private static Element row(Document page, long id) {
        Element row = page.getElementById("observation-" + id);
        assertThat(row).as("row " + id).isNotNull();
        return row;
    }

    private static boolean offersChange(Element row) {
        return row.selectFirst("details.correct form input[name=observation]") != null;
    }

    private static boolean offersSubmit(Element row) {
        return row.selectFirst("form[action$=/submit] button") != null;
    }

    private static boolean offersApprove(Element row) {
        return row.selectFirst("form[action$=/approve] button") != null;
    }

    private Map<String, String> change(long id, String value) {
        return Map.of(
                "observation",
                String.valueOf(id),
                "version",
                "1",
                "value",
                value,
                "source",
                "部门年报",
                "note",
                "",
                "reason",
                "更正");
    }

    @Test
    void aReporterIsOfferedOnlyTheChangesTheServerTakes() {
        long draft = observe("new_urban_jobs", 1990, "1200", "draft");
        long submitted = observe("skills_training", 1990, "3000", "submitted");
        long approved = observe("urban_green_coverage", 1990, "35", "approved");
        long otherDepartment = observe("retail_sales", 1990, "12", "draft");
        long locked = observe("new_urban_jobs", 1991, "1300", "approved");
        jdbc.sql("insert into monitor.period_lock (unit_id, year, locked_by) values (?, 1991, 'test')")
                .param(hangjin)
                .update();
        String page = "/units/" + hangjin + "/observations?lang=zh";

        WebClient hr = new WebClient(port).login("hjq-hr", PASSWORD);
        Document doc = hr.get(page).doc();
        assertThat(offersChange(row(doc, draft))).isTrue();
        assertThat(offersSubmit(row(doc, draft))).isTrue();
        assertThat(offersChange(row(doc, submitted))).isTrue();
        assertThat(offersSubmit(row(doc, submitted))).isFalse();
        assertThat(offersChange(row(doc, approved))).isTrue();
        assertThat(row(doc, approved).selectFirst("details.correct").text()).contains("退回草稿");
        assertThat(offersChange(row(doc, otherDepartment))).isFalse();
        assertThat(offersSubmit(row(doc, otherDepartment))).isFalse();
        assertThat(offersChange(row(doc, locked))).isFalse();
        assertThat(row(doc, locked).text()).contains("已锁定");
        for (long id : new long[] {draft, submitted, approved, otherDepartment, locked}) {
            assertThat(offersApprove(row(doc, id))).isFalse();
        }
        assertThat(doc.selectFirst("form#observation-form")).isNotNull();

        // what it is not offered, the server refuses and nothing changes
        Document refused = hr.follow(hr.postForm("/units/" + hangjin + "/observations", change(otherDepartment, "13")))
                .doc();
        assertThat(refused.selectFirst("p.error[role=alert]").text()).contains("不能为该单位填报");
        Document lockedRefused = hr.follow(hr.postForm("/units/" + hangjin + "/observations", change(locked, "1400")))
                .doc();
        assertThat(lockedRefused.selectFirst("p.error[role=alert]").text()).contains("已锁定");
        assertThat(jdbc.sql("select value::text from monitor.observation where id in (?, ?) order by id")
                        .params(otherDepartment, locked)
                        .query(String.class)
                        .list())
                .containsExactly("12", "1300");
        assertThat(hr.follow(hr.postForm(
                                "/units/" + hangjin + "/observations/" + otherDepartment + "/submit",
                                Map.of("version", "1")))
                        .doc()
                        .selectFirst("p.error[role=alert]"))
                .isNotNull();
        assertThat(statusOf(otherDepartment)).isEqualTo("draft");

        // what it is offered, the server takes: the approved figure changed goes back to draft
        Document changed = hr.follow(hr.postForm("/units/" + hangjin + "/observations", change(approved, "36")))
                .doc();
        assertThat(changed.selectFirst("p.error[role=alert]")).isNull();
        assertThat(changed.selectFirst("p.notice").text()).isEqualTo("已保存。");
        assertThat(statusOf(approved)).isEqualTo("draft");
        assertThat(offersSubmit(row(changed, approved))).isTrue();
        Document sent = hr.follow(
                        hr.postForm("/units/" + hangjin + "/observations/" + draft + "/submit", Map.of("version", "1")))
                .doc();
        assertThat(sent.selectFirst("p.notice").text()).isEqualTo("已报送。");
        assertThat(statusOf(draft)).isEqualTo("submitted");

        // the planner approves what is submitted and changes any department's figure, not a locked one
        Document planner =
                new WebClient(port).login("hjq-planner", PASSWORD).get(page).doc();
        assertThat(offersApprove(row(planner, submitted))).isTrue();
        assertThat(offersChange(row(planner, otherDepartment))).isTrue();
        assertThat(offersChange(row(planner, locked))).isFalse();

        // a viewer: no action anywhere, no entry form, no upload
        Document viewer =
                new WebClient(port).login("hjq-viewer", PASSWORD).get(page).doc();
        assertThat(viewer.select("table.items details.correct, table.items form"))
                .isEmpty();
        assertThat(viewer.selectFirst("form#observation-form")).isNull();
        assertThat(viewer.selectFirst("form[action$=/observations/template]")).isNull();
        assertThat(viewer.selectFirst("a[href*=template.xlsx]")).isNotNull();
    }
}
