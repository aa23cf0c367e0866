package org.lantu.monitor;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.lantu.web.TestStore;
import tools.jackson.databind.JsonNode;

/** The Excel template round trip, task progress and projects. */
class TemplateAndWorkTests extends MonitorTestSupport {

    private static final Set<String> USED_ELSEWHERE = Set.of(
            "urbanization_rate",
            "registered_unemployment_rate",
            "forest_coverage",
            "pension_insurance_rate",
            // ObservationPageTests
            "new_urban_jobs",
            "skills_training",
            "urban_green_coverage",
            "retail_sales");

    private byte[] download(String user, String path) throws Exception {
        String password = user.equals("admin") ? TestStore.ADMIN_PASSWORD : PASSWORD;
        HttpResponse<byte[]> r = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                                .header(
                                        "Authorization",
                                        "Basic "
                                                + Base64.getEncoder()
                                                        .encodeToString((user + ":" + password)
                                                                .getBytes(StandardCharsets.UTF_8)))
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray());
        assertThat(r.statusCode()).isEqualTo(200);
        return r.body();
    }

    private Response upload(String user, String path, byte[] xlsx) {
        String boundary = "lantu-" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"t.xlsx\""
                        + "\r\nContent-Type: application/octet-stream\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.writeBytes(xlsx);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return call(user, "POST", path, "multipart/form-data; boundary=" + boundary, body.toByteArray());
    }

    private static byte[] bytes(Workbook wb) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        wb.write(out);
        return out.toByteArray();
    }

    private static int column(Sheet sheet, int year) {
        for (Cell c : sheet.getRow(0)) {
            if (c.getCellType() == CellType.NUMERIC && (int) c.getNumericCellValue() == year) {
                return c.getColumnIndex();
            }
        }
        throw new AssertionError("no column for " + year);
    }

    @Test
    void theTemplateIsDownloadedFilledAndUploadedBackAndABadCellRejectsIt() throws Exception {
        byte[] template = download("hjq-planner", "/api/units/" + hangjin + "/observations/template.xlsx?year=2024");
        List<Integer> rows = new ArrayList<>();
        List<String> codes = new ArrayList<>();
        byte[] filled;
        byte[] bad;
        try (Workbook wb = new XSSFWorkbook(new ByteArrayInputStream(template))) {
            assertThat(wb.getSheetName(0)).isEqualTo(ObservationTemplates.DATA);
            assertThat(wb.getSheet(ObservationTemplates.HELP)).isNotNull();
            Sheet sheet = wb.getSheetAt(0);
            assertThat(sheet.isColumnHidden(0)).isTrue();
            assertThat(sheet.getDataValidations()).isNotEmpty();
            List<String> all = new ArrayList<>();
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                String code = sheet.getRow(r).getCell(0).getStringCellValue();
                all.add(code);
                if (!USED_ELSEWHERE.contains(code) && rows.size() < 2) {
                    rows.add(r);
                    codes.add(code);
                }
            }
            assertThat(all).contains("urbanization_rate", "forest_coverage").doesNotHaveDuplicates();
            assertThat(rows).hasSize(2);
            int col2024 = column(sheet, 2024);
            for (int r : rows) {
                sheet.getRow(r).createCell(col2024).setCellValue(50);
            }
            sheet.getRow(rows.get(0)).createCell(col2024 + 1).setCellValue("=cmd|' /C calc'!A0");
            filled = bytes(wb);
            Row first = sheet.getRow(rows.get(0));
            first.createCell(col2024 - 1).setCellValue("五十");
            first.createCell(col2024 - 2).setCellFormula("1+2");
            bad = bytes(wb);
        }
        // a bad cell: nothing applied, every bad cell named
        Response rejected = upload("hjq-planner", "/api/units/" + hangjin + "/observations/template", bad);
        assertThat(rejected.status()).as(rejected.body()).isEqualTo(422);
        List<String> cells = rejected.json()
                .get("errors")
                .valueStream()
                .map(e -> e.get("sheet").asString() + "!" + e.get("cell").asString())
                .toList();
        int excelRow = rows.get(0) + 1;
        assertThat(cells)
                .as(rejected.body())
                .hasSize(2)
                .allMatch(c -> c.startsWith("数据填报!") && c.endsWith(String.valueOf(excelRow)));
        for (String code : codes) {
            assertThat(count("select count(*)::int from monitor.observation where indicator_code = ?", code))
                    .isZero();
        }

        Response ok = upload("hjq-planner", "/api/units/" + hangjin + "/observations/template", filled);
        assertThat(ok.status()).as(ok.body()).isEqualTo(200);
        assertThat(ok.json().get("created").asInt()).isEqualTo(2);
        JsonNode stored = get("hjq-planner", "/api/observations?unit=" + hangjin + "&indicator=" + codes.get(0))
                .json();
        assertThat(stored).hasSize(1);
        assertThat(stored.get(0).get("year").asInt()).isEqualTo(2024);
        // the text that looks like a formula is kept as text (the source column)
        assertThat(stored.get(0).get("source").asString()).startsWith("=cmd");
        Response again = upload("hjq-planner", "/api/units/" + hangjin + "/observations/template", filled);
        // the template came pre-filled: every value is as stored
        assertThat(again.json().get("created").asInt()).isZero();
        assertThat(again.json().get("changed").asInt()).isZero();
        assertThat(again.json().get("unchanged").asInt())
                .isEqualTo(again.json().get("rows").asInt());

        // the downloaded template now has the values, and the source as a text cell
        try (Workbook wb = new XSSFWorkbook(new ByteArrayInputStream(
                download("hjq-planner", "/api/units/" + hangjin + "/observations/template.xlsx?year=2024")))) {
            Sheet sheet = wb.getSheetAt(0);
            Row row = sheet.getRow(rows.get(0));
            assertThat(row.getCell(column(sheet, 2024)).getNumericCellValue()).isEqualTo(50);
            assertThat(row.getCell(column(sheet, 2024) + 1).getCellType()).isEqualTo(CellType.STRING);
        }
        // a department's template holds only what it reports
        try (Workbook wb = new XSSFWorkbook(new ByteArrayInputStream(download(
                "hjq-stats", "/api/units/" + hangjin + "/observations/template.xlsx?year=2024&department=旗统计局")))) {
            Sheet sheet = wb.getSheetAt(0);
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                assertThat(sheet.getRow(r).getCell(3).getStringCellValue()).isEqualTo("旗统计局");
            }
        }
        assertThat(get("wlthq-reporter", "/api/units/" + hangjin + "/observations/template.xlsx?year=2024")
                        .status())
                .isEqualTo(404);
    }

    @Test
    void theLeadUnitReportsOnATaskAndASupportingUnitComments() {
        JsonNode tasks = get("hjq-viewer", "/api/plans/" + hangjinPlan + "/tasks?year=2024")
                .json();
        JsonNode task = tasks.valueStream()
                .filter(t -> "旗住建局".equals(t.get("lead_unit").asString(null))
                        && t.get("supporting_units").toString().contains("旗水利局"))
                .findFirst()
                .orElseThrow();
        assertThat(task.get("latest").isNull()).isTrue();
        assertThat(task.get("years_without_report").asInt()).isGreaterThanOrEqualTo(2);
        String base =
                "/api/plans/" + hangjinPlan + "/tasks/" + task.get("item_id").asLong();
        String report = """
                {"year": 2024, "status": "in_progress", "percent": 60, "narrative": "管网改造完成六成",
                 "evidence_url": "https://example.org/report.pdf"}""";
        assertThat(json("hjq-water", "POST", base + "/reports", report).status())
                .isEqualTo(403);
        assertThat(json("hjq-hr", "POST", base + "/reports", report.replace("https://", "javascript://"))
                        .status())
                .isEqualTo(400);
        Response created = json("hjq-hr", "POST", base + "/reports", report);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.json().get("unit").asString()).isEqualTo("旗住建局");
        Response replaced = json(
                "hjq-hr", "POST", base + "/reports", report.replace("60", "70").replace("}", ", \"version\": 1}"));
        assertThat(replaced.json().get("version").asInt()).isEqualTo(2);
        assertThat(json("hjq-hr", "POST", base + "/reports", report.replace("}", ", \"version\": 1}"))
                        .status())
                .isEqualTo(409);
        assertThat(get("hjq-viewer", base + "/reports").json()).hasSize(1);

        Response comment = json("hjq-water", "POST", base + "/comments", "{\"body\": \"水利局已完成配套管线\"}");
        assertThat(comment.status()).as(comment.body()).isEqualTo(201);
        assertThat(comment.json().get("unit").asString()).isEqualTo("旗水利局");
        assertThat(json("hjq-stats", "POST", base + "/comments", "{\"body\": \"x\"}")
                        .status())
                .isEqualTo(403);
        assertThat(get("hjq-viewer", base + "/comments").json()).hasSize(1);
        assertThat(get("wlthq-reporter", base + "/reports").status()).isEqualTo(404);

        JsonNode after = get("hjq-viewer", "/api/plans/" + hangjinPlan + "/tasks?year=2024")
                .json();
        JsonNode same = after.valueStream()
                .filter(t ->
                        t.get("item_key").asString().equals(task.get("item_key").asString()))
                .findFirst()
                .orElseThrow();
        assertThat(same.get("latest").get("percent").asInt()).isEqualTo(70);
        assertThat(same.get("years_without_report").asInt()).isZero();
    }

    @Test
    void projectsFromThePlansBoxesAndTheirInvestment() {
        JsonNode fromUrad =
                get("wlthq-planner", "/api/plans/" + uradPlan + "/projects").json();
        JsonNode fromHangjin =
                get("hjq-viewer", "/api/plans/" + hangjinPlan + "/projects").json();
        assertThat(fromUrad.size() + fromHangjin.size()).isPositive();
        int stored = count("select count(*)::int from monitor.project where item_key is not null");
        get("wlthq-planner", "/api/plans/" + uradPlan + "/projects");
        assertThat(count("select count(*)::int from monitor.project where item_key is not null"))
                .isEqualTo(stored);

        Response created = json("hjq-planner", "POST", "/api/projects", """
                {"plan_id": %d, "name": "锡尼镇污水管网改造", "category": "基础设施类", "lead_unit": "旗住建局",
                 "total_investment": 2.5, "start_year": 2023, "end_year": 2025,
                 "investments": [{"year": 2024, "planned": 1.0, "completed": 0.5}]}""".formatted(hangjinPlan));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        long id = created.json().get("id").asLong();
        assertThat(json(
                                "hjq-viewer",
                                "PUT",
                                "/api/projects/" + id + "/investment/2024",
                                "{\"completed\": 0.9, \"version\": 1}")
                        .status())
                .isEqualTo(403);
        Response updated = json(
                "hjq-planner",
                "PUT",
                "/api/projects/" + id + "/investment/2024",
                "{\"completed\": 0.7, \"version\": 1}");
        assertThat(updated.status()).as(updated.body()).isEqualTo(200);
        assertThat(updated.json().get("version").asInt()).isEqualTo(2);
        Response stale = json(
                "hjq-planner",
                "PUT",
                "/api/projects/" + id + "/investment/2024",
                "{\"completed\": 0.8, \"version\": 1}");
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.json().get("current").get("version").asInt()).isEqualTo(2);

        JsonNode progress = get("hjq-viewer", "/api/plans/" + hangjinPlan + "/projects/progress?year=2024")
                .json();
        JsonNode mine = progress.valueStream()
                .filter(p -> p.get("project_id").asLong() == id)
                .findFirst()
                .orElseThrow();
        assertThat(mine.get("ratio").asDouble()).isEqualTo(0.7);
        assertThat(mine.get("behind").asBoolean()).isTrue();
        JsonNode rollup = get("hjq-viewer", "/api/plans/" + hangjinPlan + "/projects/rollup?year=2024")
                .json();
        JsonNode infra = rollup.valueStream()
                .filter(r -> r.get("by").asString().equals("lead_unit")
                        && r.get("key").asString().equals("旗住建局"))
                .findFirst()
                .orElseThrow();
        assertThat(infra.get("planned").decimalValue()).isEqualByComparingTo("1");
        assertThat(infra.get("completed").decimalValue()).isEqualByComparingTo("0.7");
        assertThat(get("wlthq-reporter", "/api/projects/" + id).status()).isEqualTo(404);
    }

    @Test
    void theEntryPageAddsSubmitsAndApprovesAValueWithCsrfTokens() {
        org.lantu.web.WebClient web = new org.lantu.web.WebClient(port).login("hjq-planner", PASSWORD);
        String page = "/units/" + hangjin + "/observations";
        org.jsoup.nodes.Document doc = web.get(page).doc();
        assertThat(doc.select("form[method=post] input[name=_csrf]")).isNotEmpty();
        assertThat(doc.select("a[href*=template.xlsx]")).isNotEmpty();
        assertThat(doc.select("script:not([src])")).isEmpty();
        org.lantu.web.WebClient.Page saved = web.postForm(
                page,
                java.util.Map.of("indicator", "urbanization_rate", "year", "2018", "value", "55.5", "source", "年鉴"));
        assertThat(saved.status()).isEqualTo(302);
        org.jsoup.nodes.Document after = web.follow(saved).doc();
        assertThat(after.select("p.notice").text()).isEqualTo("已保存。");
        JsonNode o = get("hjq-planner", "/api/observations?unit=" + hangjin + "&indicator=urbanization_rate&year=2018")
                .json()
                .get(0);
        long id = o.get("id").asLong();
        web.follow(web.postForm(page + "/" + id + "/submit", java.util.Map.of("version", "1")));
        web.follow(web.postForm(page + "/" + id + "/approve", java.util.Map.of("version", "2")));
        assertThat(get("hjq-planner", "/api/observations/" + id)
                        .json()
                        .get("status")
                        .asString())
                .isEqualTo("approved");
        // a refusal comes back as a message: a stale version
        org.lantu.web.WebClient.Page stale = web.postForm(
                page,
                java.util.Map.of("observation", String.valueOf(id), "version", "1", "value", "56", "reason", "x"));
        assertThat(web.follow(stale).doc().select("p.error").text()).contains("已被他人修改");
        assertThat(new org.lantu.web.WebClient(port)
                        .login("wlthq-planner", PASSWORD)
                        .get(page)
                        .status())
                .isEqualTo(404);
    }
}
