package org.lantu.monitor;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** Observations in by CSV and JSON, read back, the workflow, locks, revisions, optimistic locking, scope. */
class ObservationApiTests extends MonitorTestSupport {

    @Autowired
    ObservationService observations;

    @Autowired
    IndicatorRegistry registry;

    private int observationsOf(String code) {
        return count("select count(*)::int from monitor.observation where indicator_code = ?", code);
    }

    @Test
    void theIndicatorsOf000AreLinkedByName() {
        JsonNode links =
                get("admin", "/api/plans/" + hangjinPlan + "/indicators").json();
        List<String> codes = links.valueStream()
                .map(l -> l.get("indicator"))
                .filter(i -> !i.isNull())
                .map(i -> i.get("code").asString())
                .toList();
        assertThat(codes).contains("urbanization_rate", "registered_unemployment_rate", "forest_coverage");
        assertThat(registry.indicatorsOfUnit(hangjin))
                .extracting(RegisteredIndicator::code)
                .contains("urbanization_rate", "forest_coverage");
        RegisteredIndicator urbanization = registry.resolve("城镇化率").orElseThrow();
        assertThat(urbanization.code()).isEqualTo("urbanization_rate");
        assertThat(urbanization.rangeText()).isEqualTo("[0, 100]");
        assertThat(registry.resolve("地区生产总值增长率").orElseThrow().rangeText()).isEqualTo("[-100, 100]");
        assertThat(registry.resolve("地区生产总值").orElseThrow().rangeText()).isEqualTo("≥ 0");
    }

    @Test
    void aCsvOf000sIndicatorsIsImportedReadBackAndReimportedWithoutChange() {
        String csv = "\uFEFFunit,indicator,year,value,source,note\n"
                + "杭锦旗,常住人口城镇化率,2022,63.47,统计公报,\n"
                + "150625,urbanization_rate,2023,64.1,统计公报,\n"
                + "杭锦旗,城镇化率,2024,\"64,8\",\"统计公报, 2024\",预计\n";
        // "64,8" is not a number: the whole file is refused
        Response bad = csv("hjq-planner", csv);
        assertThat(bad.status()).isEqualTo(422);
        assertThat(bad.json().get("applied").asBoolean()).isFalse();
        assertThat(bad.json().get("errors")).hasSize(1);
        assertThat(bad.json().get("errors").get(0).get("row").asInt()).isEqualTo(4);
        assertThat(bad.json().get("errors").get(0).get("column").asString()).isEqualTo("value");
        assertThat(observationsOf("urbanization_rate")).isZero();

        String good = csv.replace("\"64,8\"", "64.8");
        Response ok = csv("hjq-planner", good);
        assertThat(ok.status()).as(ok.body()).isEqualTo(200);
        assertThat(ok.json().get("created").asInt()).isEqualTo(3);
        assertThat(observationsOf("urbanization_rate")).isEqualTo(3);

        JsonNode list =
                get("hjq-planner", "/api/observations?unit=杭锦旗&indicator=城镇化率").json();
        assertThat(list).hasSize(3);
        assertThat(list.get(0).get("year").asInt()).isEqualTo(2022);
        assertThat(list.get(0).get("value").decimalValue()).isEqualByComparingTo("63.47");
        assertThat(list.get(0).get("status").asString()).isEqualTo("draft");
        assertThat(list.get(2).get("source").asString()).isEqualTo("统计公报, 2024");

        int revisions = count("select count(*)::int from monitor.observation_revision");
        Response again = csv("hjq-planner", good);
        assertThat(again.json().get("unchanged").asInt()).isEqualTo(3);
        assertThat(count("select count(*)::int from monitor.observation_revision"))
                .isEqualTo(revisions);

        Map<String, List<YearValue>> series =
                observations.series(hangjin, List.of("urbanization_rate", "gdp"), 2023, false);
        assertThat(series).containsOnlyKeys("urbanization_rate");
        assertThat(series.get("urbanization_rate")).extracting(YearValue::year).containsExactly(2022, 2023);
        assertThat(observations.series(hangjin, List.of("urbanization_rate"), 2030, true))
                .isEmpty();
        assertThat(observations
                        .seriesForUnits(List.of(hangjin, urad), List.of("urbanization_rate"), 2030, false)
                        .keySet())
                .containsExactly(hangjin);
    }

    @Test
    void aGbkCsvIsRead() {
        String csv = "单位,指标,年份,数值,来源,备注\r\n杭锦旗,人均地区生产总值,2022,12.5,统计年鉴,\r\n";
        Response r = call("hjq-planner", "POST", "/api/observations", "text/csv", csv.getBytes(Charset.forName("GBK")));
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        assertThat(observations.series(hangjin, List.of("gdp_per_capita"), 2022, false))
                .containsKey("gdp_per_capita");
    }

    @Test
    void aJsonWithBadItemsIsRejectedWholeWithEveryCellNamed() {
        String json = """
                [{"unit": "杭锦旗", "indicator": "森林覆盖率", "year": 2022, "value": 15.39, "source": "林草局"},
                 {"unit": "火星旗", "indicator": "森林覆盖率", "year": 2019, "value": 16},
                 {"unit": "杭锦旗", "indicator": "不存在的指标", "year": 2019, "value": 16},
                 {"unit": "杭锦旗", "indicator": "森林覆盖率", "year": 1800, "value": 16},
                 {"unit": "杭锦旗", "indicator": "森林覆盖率", "year": 2024, "value": 160},
                 {"unit": "杭锦旗", "indicator": "森林覆盖率", "year": 2025, "value": "=1+2"}]""";
        Response r = json("admin", "POST", "/api/observations", json);
        assertThat(r.status()).isEqualTo(422);
        List<String> where = r.json()
                .get("errors")
                .valueStream()
                .map(e -> e.get("row").asInt() + ":" + e.get("column").asString())
                .toList();
        assertThat(where).containsExactly("2:unit", "3:indicator", "4:year", "5:value", "6:value");
        assertThat(r.json().get("errors").get(3).get("message").asString()).contains("合理范围");
        assertThat(observationsOf("forest_coverage")).isZero();
        // the same, well formed, goes in
        Response ok = json("admin", "POST", "/api/observations", """
                [{"unit": "杭锦旗", "indicator": "森林覆盖率", "year": 2022, "value": 15.39, "source": "林草局"}]""");
        assertThat(ok.status()).isEqualTo(200);
        assertThat(observationsOf("forest_coverage")).isEqualTo(1);
    }

    @Test
    void draftSubmittedApprovedThenLockedRefusesEditsAndKeepsRevisions() {
        Response created = csv("hjq-hr", "unit,indicator,year,value,source,note\n杭锦旗,城镇登记失业率,2023,3.6,人社局,\n");
        assertThat(created.status()).as(created.body()).isEqualTo(200);
        JsonNode o = get("hjq-hr", "/api/observations?unit=杭锦旗&indicator=registered_unemployment_rate&year=2023")
                .json()
                .get(0);
        long id = o.get("id").asLong();
        assertThat(o.get("version").asInt()).isEqualTo(1);

        // the reporter changes it and submits; may not approve
        Response changed = json("hjq-hr", "PUT", "/api/observations/" + id, """
                {"value": 3.7, "version": 1, "reason": "年报更正"}""");
        assertThat(changed.status()).as(changed.body()).isEqualTo(200);
        assertThat(changed.json().get("version").asInt()).isEqualTo(2);
        // a stale version: 409 with the current observation
        Response stale = json("hjq-planner", "PUT", "/api/observations/" + id, """
                {"value": 3.9, "version": 1, "reason": "x"}""");
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.json().get("error").asString()).isEqualTo("conflict");
        assertThat(stale.json().get("current").get("value").decimalValue()).isEqualByComparingTo("3.7");
        assertThat(stale.json().get("current").get("version").asInt()).isEqualTo(2);

        assertThat(call("hjq-hr", "POST", "/api/observations/" + id + "/submit", null, null)
                        .status())
                .isEqualTo(200);
        assertThat(call("hjq-hr", "POST", "/api/observations/" + id + "/approve", null, null)
                        .status())
                .isEqualTo(403);
        // a year with anything unapproved cannot be locked
        assertThat(call("hjq-planner", "POST", "/api/units/" + hangjin + "/locks/2023", null, null)
                        .status())
                .isEqualTo(409);
        Response approved = call("hjq-planner", "POST", "/api/observations/" + id + "/approve", null, null);
        assertThat(approved.json().get("status").asString()).isEqualTo("approved");
        assertThat(approved.json().get("approved_by").asString()).isEqualTo("hjq-planner");
        approveAll(2023);
        assertThat(call("hjq-planner", "POST", "/api/units/" + hangjin + "/locks/2023", null, null)
                        .status())
                .isEqualTo(200);

        Response locked = json("hjq-planner", "PUT", "/api/observations/" + id, """
                {"value": 4.0, "version": 4, "reason": "x"}""");
        assertThat(locked.status()).isEqualTo(409);
        assertThat(locked.json().get("error").asString()).isEqualTo("locked");
        assertThat(locked.json().get("detail").asString()).contains("已锁定");
        Response importLocked = csv("hjq-planner", "unit,indicator,year,value,source,note\n杭锦旗,城镇登记失业率,2023,4.1,,\n");
        assertThat(importLocked.status()).isEqualTo(422);
        assertThat(importLocked.json().get("errors").get(0).get("column").asString())
                .isEqualTo("year");

        JsonNode revisions =
                get("hjq-viewer", "/api/observations/" + id + "/revisions").json();
        assertThat(revisions.valueStream().map(r -> r.get("new_status").asString()))
                .containsExactly("draft", "draft", "submitted", "approved");
        assertThat(revisions.get(1).get("old_value").decimalValue()).isEqualByComparingTo("3.6");
        assertThat(revisions.get(1).get("new_value").decimalValue()).isEqualByComparingTo("3.7");
        assertThat(revisions.get(1).get("reason").asString()).isEqualTo("年报更正");
        assertThat(revisions.get(1).get("changed_by").asString()).isEqualTo("hjq-hr");
        assertThat(observations.series(hangjin, List.of("registered_unemployment_rate"), 2023, true))
                .containsKey("registered_unemployment_rate");
    }

    private void approveAll(int year) {
        for (JsonNode o : get("admin", "/api/observations?unit=" + hangjin + "&year=" + year)
                .json()) {
            long id = o.get("id").asLong();
            if (o.get("status").asString().equals("draft")) {
                call("admin", "POST", "/api/observations/" + id + "/submit", null, null);
            }
            if (!o.get("status").asString().equals("approved")) {
                call("admin", "POST", "/api/observations/" + id + "/approve", null, null);
            }
        }
    }

    @Test
    void scopeDepartmentsAndRoles() {
        String row = "unit,indicator,year,value,source,note\n杭锦旗,基本养老保险参保率,2021,95,,\n";
        // a reporter of another county: the unit is unknown to them
        Response other = csv("wlthq-reporter", row);
        assertThat(other.status()).isEqualTo(422);
        assertThat(other.json().get("errors").get(0).get("column").asString()).isEqualTo("unit");
        // a reporter of the county, but not of the department that reports it (旗人社局)
        Response wrongDepartment = csv("hjq-stats", row);
        assertThat(wrongDepartment.status()).isEqualTo(422);
        assertThat(wrongDepartment.json().get("errors").get(0).get("message").asString())
                .contains("旗人社局");
        // a viewer may not write at all
        assertThat(csv("hjq-viewer", row).status()).isEqualTo(403);
        assertThat(
                        count(
                                "select count(*)::int from monitor.observation where indicator_code = 'pension_insurance_rate'"))
                .isZero();
        assertThat(csv("hjq-hr", row).status()).isEqualTo(200);
        long id = get("hjq-hr", "/api/observations?indicator=pension_insurance_rate")
                .json()
                .get(0)
                .get("id")
                .asLong();
        // out of scope: 404, never 403
        assertThat(get("wlthq-reporter", "/api/observations/" + id).status()).isEqualTo(404);
        assertThat(json("wlthq-planner", "PUT", "/api/observations/" + id, "{\"value\": 90, \"version\": 1}")
                        .status())
                .isEqualTo(404);
        assertThat(get("wlthq-reporter", "/api/observations?indicator=pension_insurance_rate")
                        .json())
                .isEmpty();
        assertThat(json("hjq-viewer", "PUT", "/api/observations/" + id, "{\"value\": 90, \"version\": 1}")
                        .status())
                .isEqualTo(403);
        assertThat(call("hjq-viewer", "POST", "/api/units/" + hangjin + "/locks/2021", null, null)
                        .status())
                .isEqualTo(403);
    }

    @Test
    void aPlannerLinksAnItemToAnotherIndicatorAndSetsAQualitativeStatus() {
        JsonNode links =
                get("admin", "/api/plans/" + hangjinPlan + "/indicators").json();
        JsonNode item = links.valueStream()
                .filter(l -> l.get("item_type").asString().equals("indicator"))
                .findFirst()
                .orElseThrow();
        long itemId = item.get("item_id").asLong();
        Response viewer = json(
                "hjq-viewer",
                "PUT",
                "/api/plans/" + hangjinPlan + "/items/" + itemId + "/indicator",
                "{\"indicator\": \"gdp\"}");
        assertThat(viewer.status()).isEqualTo(403);
        Response linked = json(
                "hjq-planner",
                "PUT",
                "/api/plans/" + hangjinPlan + "/items/" + itemId + "/indicator",
                "{\"indicator\": \"地区生产总值\"}");
        assertThat(linked.status()).as(linked.body()).isEqualTo(200);
        assertThat(linked.json().get("manual").asBoolean()).isTrue();
        assertThat(registry.linkOf(
                        hangjinPlan, "indicator", item.get("item_key").asString(), "whatever"))
                .map(RegisteredIndicator::code)
                .hasValue("gdp");
        Response unlinked = call(
                "hjq-planner", "DELETE", "/api/plans/" + hangjinPlan + "/items/" + itemId + "/indicator", null, null);
        assertThat(unlinked.json().get("manual").asBoolean()).isFalse();

        Response status = json(
                "hjq-planner",
                "PUT",
                "/api/plans/" + hangjinPlan + "/items/" + itemId + "/status",
                "{\"year\": 2024, \"status\": \"on_track\", \"reason\": \"按计划推进\"}");
        assertThat(status.status()).as(status.body()).isEqualTo(200);
        assertThat(get("hjq-viewer", "/api/plans/" + hangjinPlan + "/items/" + itemId + "/status?year=2024")
                        .json()
                        .get("status")
                        .asString())
                .isEqualTo("on_track");
        assertThat(json(
                                "hjq-stats",
                                "PUT",
                                "/api/plans/" + hangjinPlan + "/items/" + itemId + "/status",
                                "{\"year\": 2024, \"status\": \"on_track\", \"reason\": \"x\"}")
                        .status())
                .isEqualTo(403);
        assertThat(get("wlthq-planner", "/api/plans/" + hangjinPlan + "/indicators")
                        .status())
                .isEqualTo(404);
    }
}
