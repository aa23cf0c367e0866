package org.lantu.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.lantu.Seeds;
import org.lantu.imports.ImportResult;
import org.lantu.imports.ImportService;
import org.lantu.monitor.EvaluatedTarget;
import org.lantu.monitor.EvaluationService;
import org.lantu.monitor.HangjinObservations;
import org.lantu.monitor.PlanEvaluation;
import org.lantu.monitor.StatusCounts;
import org.lantu.monitor.TargetEvaluation;
import org.lantu.web.TestStore;
import org.lantu.web.WebClient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * 000 (杭锦旗) reported for 2024 over the observations of {@link HangjinObservations}: every format opened
 * with its library and checked against the evaluation; the example plan with formula-like text imported;
 * the fictional region of {@code lantu demo} for the trajectory charts.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportTests {

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) {
        TestStore.register(registry, "report");
    }

    @LocalServerPort
    int port;

    @Autowired
    ImportService imports;

    @Autowired
    EvaluationService evaluations;

    @Autowired
    ReportService reports;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    org.lantu.demo.DemoGenerator demo;

    @Autowired
    org.lantu.region.RegionService regions;

    @Autowired
    org.lantu.plan.PlanService planService;

    long hangjin;
    long unit;
    PlanEvaluation evaluation;
    TargetEvaluation gdp;

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
        evaluation = evaluations.evaluate(hangjin, 2024).orElseThrow();
        gdp = evaluation.targets().stream()
                .filter(t -> t.target().spec().indicator().equals("地区生产总值"))
                .map(EvaluatedTarget::evaluation)
                .findFirst()
                .orElseThrow();
        assertThat(gdp.latest()).isNotNull();
    }

    /** With LANTU_REPORT_SAMPLES=DIR in the environment the reports are written there too, to look at. */
    private static Report keep(Report r) {
        String dir = System.getenv("LANTU_REPORT_SAMPLES");
        if (dir != null) {
            try {
                Files.createDirectories(java.nio.file.Path.of(dir));
                Files.write(java.nio.file.Path.of(dir, r.fileName()), r.bytes());
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        return r;
    }

    private Report report(String kind, String format, String lang) {
        return keep(asAdmin(() -> reports.planReport(hangjin, ReportRequest.parse(kind, 2024, format, lang))
                .orElseThrow()));
    }

    private static <T> T asAdmin(java.util.function.Supplier<T> work) {
        var user = new org.lantu.security.CurrentUser("test", org.lantu.security.Role.ADMIN, null, List.of());
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                        user,
                        null,
                        List.of(new SimpleGrantedAuthority(user.role().authority()))));
        try {
            return work.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private static String latest(TargetEvaluation e) {
        return e.latest().value().stripTrailingZeros().toPlainString();
    }

    @Test
    void docxHasHeadingStylesATocFieldTablesAndTheGdpRow() throws Exception {
        Report r = report("annual", "docx", "zh");
        assertThat(r.fileName()).endsWith(".docx");
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(r.bytes()))) {
            assertThat(doc.getStyles().getStyle("Heading1").getName()).isEqualTo("heading 1");
            assertThat(doc.getStyles().getStyle("Heading2")).isNotNull();
            List<String> h1 = doc.getParagraphs().stream()
                    .filter(p -> "Heading1".equals(p.getStyle()))
                    .map(XWPFParagraph::getText)
                    .toList();
            assertThat(h1)
                    .containsSubsequence(
                            "一、总体情况", "二、主要指标完成情况", "三、重点任务推进情况", "四、重大项目进展", "五、审查发现", "六、存在问题", "七、下一步工作建议");
            assertThat(doc.getDocument().xmlText()).contains("TOC \\o");
            assertThat(doc.getFooterList().get(0)._getHdrFtr().xmlText()).contains("PAGE");
            assertThat(doc.getAllPictures()).isNotEmpty();
            // 表1: the counts of the evaluation
            StatusCounts c = evaluation.counts();
            XWPFTable counts = doc.getTables().get(0);
            assertThat(counts.getRow(0).getTableCells().get(0).getText()).isEqualTo("进展状态");
            assertThat(counts.getRow(0).isRepeatHeader()).isTrue();
            assertThat(column(counts, 1))
                    .containsExactly(
                            "目标数（项）",
                            "" + c.achieved(),
                            "" + c.onTrack(),
                            "" + c.atRisk(),
                            "" + c.offTrack(),
                            "" + c.noData(),
                            "" + c.total());
            XWPFTableRow row = doc.getTables().stream()
                    .flatMap(t -> t.getRows().stream())
                    .filter(x -> x.getTableCells().size() > 8
                            && x.getCell(1).getText().equals("地区生产总值"))
                    .findFirst()
                    .orElseThrow();
            // columns as wide as the model says, in a grid every word processor reads (LibreOffice drew equal ones)
            XWPFTable indicators = doc.getTables().stream()
                    .filter(x -> x.getRows().contains(row))
                    .findFirst()
                    .orElseThrow();
            assertThat(indicators.getCTTbl().getTblPr().getTblLayout().getType().toString())
                    .isEqualTo("fixed");
            List<java.math.BigInteger> grid = indicators.getCTTbl().getTblGrid().getGridColList().stream()
                    .map(g -> (java.math.BigInteger) g.getW())
                    .toList();
            int sum = grid.stream().mapToInt(java.math.BigInteger::intValue).sum();
            assertThat(grid).hasSize(10);
            assertThat(grid.get(1).intValue())
                    .isGreaterThan(sum / 5)
                    .isGreaterThan(2 * grid.get(4).intValue());
            assertThat(row.getCell(1).getWidth()).isEqualTo(grid.get(1).intValue());
            assertThat(row.getCell(6).getText()).isEqualTo(latest(gdp));
            assertThat(row.getCell(7).getText()).isEqualTo("" + gdp.latest().year());
            assertThat(row.getCell(8).getText()).isEqualTo(gdp.status().zh());
            assertThat(row.getCell(9).getText()).isEqualTo(gdp.method().zh());
            String all =
                    doc.getParagraphs().stream().map(XWPFParagraph::getText).reduce("", String::concat);
            assertThat(all).contains("系统生成的建议，供参考");
        }
    }

    private static List<String> column(XWPFTable t, int i) {
        List<String> out = new ArrayList<>();
        for (XWPFTableRow r : t.getRows()) {
            out.add(r.getCell(i).getText());
        }
        return out;
    }

    @Test
    void pdfTextIsSelectableChineseWithTheGdpRowAndPageNumbers() throws Exception {
        Report r = report("midterm", "pdf", "zh");
        try (PDDocument pdf = Loader.loadPDF(r.bytes())) {
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text).contains("一、总体情况", "二、主要指标完成情况", "七、下一步工作建议", "附录");
            assertThat(text).contains("时间进度");
            assertThat(text).contains("第 1 页 / 共 " + pdf.getNumberOfPages() + " 页");
            String gdpLine = Arrays.stream(text.split("\n"))
                    .filter(l -> l.contains("地区生产总值") && l.contains(gdp.status().zh()))
                    .findFirst()
                    .orElseThrow();
            assertThat(gdpLine).contains(latest(gdp), "" + gdp.latest().year());
            assertThat(text.replace("\n", "")).contains(gdp.method().zh());
            StatusCounts c = evaluation.counts();
            assertThat(text.replace("\n", "")).contains("纳入监测的目标共" + c.total() + "项，其中已实现" + c.achieved() + "项");
            assertThat(pdf.getPage(0).getResources().getFontNames()).isNotEmpty();
            assertThat(pdf.getDocumentCatalog().getDocumentOutline().children()).isNotEmpty();
        }
    }

    @Test
    void xlsxHasASheetPerSectionNumbersAsNumbersAndFrozenHeaders() throws Exception {
        Report r = report("annual", "xlsx", "zh");
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(r.bytes()))) {
            assertThat(wb.getSheet("总体情况")).isNotNull();
            Sheet indicators = wb.getSheet("主要指标");
            assertThat(indicators.getPaneInformation().isFreezePane()).isTrue();
            Row gdpRow = null;
            for (Row row : indicators) {
                Cell name = row.getCell(1);
                if (name != null
                        && name.getCellType() == CellType.STRING
                        && name.getStringCellValue().equals("地区生产总值")) {
                    gdpRow = row;
                }
            }
            assertThat(gdpRow).isNotNull();
            assertThat(gdpRow.getCell(6).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(BigDecimal.valueOf(gdpRow.getCell(6).getNumericCellValue()))
                    .isEqualByComparingTo(gdp.latest().value());
            assertThat(gdpRow.getCell(7).getNumericCellValue())
                    .isEqualTo(gdp.latest().year());
            assertThat(gdpRow.getCell(8).getStringCellValue())
                    .isEqualTo(gdp.status().zh());
            Sheet overall = wb.getSheet("总体情况");
            boolean found = false;
            for (Row row : overall) {
                Cell a = row.getCell(0);
                if (a != null
                        && a.getCellType() == CellType.STRING
                        && a.getStringCellValue().equals("合计")) {
                    assertThat(row.getCell(1).getNumericCellValue())
                            .isEqualTo(evaluation.counts().total());
                    found = true;
                }
            }
            assertThat(found).isTrue();
        }
    }

    /**
     * The example plan imported with a task paragraph and project names that begin as formulas would
     * (=, +, -, @): in the workbook they are text cells, quote-prefixed, and no cell anywhere is a formula.
     */
    @Test
    void importedTextThatLooksLikeAFormulaStaysText() throws Exception {
        String plan = Files.readString(java.nio.file.Path.of("examples", "shiliqi-urbanization-plan.txt"));
        String task = "建立旗级工作专班";
        assertThat(plan).contains(task, "示例旗县城道路改造工程", "示例旗老化管网更新项目", "示例旗社区托育中心建设项目");
        String poisoned = plan.replace(task, "=HYPERLINK(\"http://example.invalid\",\"x\")" + task)
                .replace("示例旗县城道路改造工程", "+示例旗县城道路改造工程")
                .replace("示例旗老化管网更新项目", "-示例旗老化管网更新项目")
                .replace("示例旗社区托育中心建设项目", "@示例旗社区托育中心建设项目");
        ImportResult r = imports.importDocument(
                "formula-plan.txt", poisoned.replace("示例旗", "公式旗").getBytes(StandardCharsets.UTF_8), "test");
        assertThat(r.failed()).isFalse();
        Report x = asAdmin(() -> reports.planReport(r.planId(), ReportRequest.parse("annual", 2025, "xlsx", "zh"))
                .orElseThrow());
        List<String> starts = List.of("=HYPERLINK", "+公式旗县城道路改造工程", "-公式旗老化管网更新项目", "@公式旗社区托育中心建设项目");
        List<String> seen = new ArrayList<>();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(keep(x).bytes()))) {
            for (Sheet sheet : wb) {
                for (Row row : sheet) {
                    for (Cell c : row) {
                        assertThat(c.getCellType())
                                .as(sheet.getSheetName() + "!" + c.getAddress())
                                .isNotEqualTo(CellType.FORMULA);
                        if (c.getCellType() == CellType.STRING) {
                            String v = c.getStringCellValue();
                            for (String start : starts) {
                                if (v.startsWith(start)) {
                                    assertThat(c.getCellStyle().getQuotePrefixed())
                                            .as(v)
                                            .isTrue();
                                    seen.add(start);
                                }
                            }
                        }
                    }
                }
            }
        }
        // the task (重点任务) and the three projects (重大项目) came through the import into the workbook
        assertThat(seen).containsAll(starts);
    }

    /**
     * Every indicator below on track that has a baseline and a level target gets its trajectory, however
     * many there are: in the fictional region one county has more than eight, 常住人口城镇化率 among them
     * (progress limited), which a cap of eight binding-first charts once left out.
     */
    @Test
    void everyIndicatorBelowPaceHasItsTrajectory() {
        demo.generate(10, 2021, 2025, 1);
        long region = regions.find(org.lantu.demo.DemoGenerator.REGION_CODE)
                .orElseThrow()
                .id();
        List<org.lantu.plan.PlanSummary> plans = planService.plansOfUnits(regions.withDescendants(region));
        assertThat(plans).hasSize(10);
        int most = 0;
        boolean urbanization = false;
        for (PlanEvaluation e : evaluations.evaluateAll(plans, null)) {
            List<String> expected = e.targets().stream()
                    .filter(t -> t.evaluation().status().belowOnTrack()
                            && t.target().indicatorCode() != null
                            && t.target().spec().baseline() != null
                            && t.target().spec().target() != null
                            && t.target().spec().kind() == org.lantu.plan.TargetKind.LEVEL)
                    .map(t -> t.target().spec().indicator())
                    .distinct()
                    .toList();
            if (expected.size() <= most) {
                continue;
            }
            most = expected.size();
            Report r = asAdmin(() -> reports.planReport(e.planId(), ReportRequest.parse("annual", null, "html", "zh"))
                    .orElseThrow());
            List<String> captions = java.util.regex.Pattern.compile("<figcaption>([^<]*)</figcaption>")
                    .matcher(new String(r.bytes(), StandardCharsets.UTF_8))
                    .results()
                    .map(m -> m.group(1))
                    .filter(c -> c.startsWith("图2-"))
                    .toList();
            assertThat(captions).hasSameSizeAs(expected);
            for (String name : expected) {
                assertThat(captions).as(e.unitName()).anyMatch(c -> c.contains(" " + name + "："));
            }
            urbanization |= expected.contains("常住人口城镇化率");
        }
        assertThat(most).as("a county with more than eight targets below pace").isGreaterThan(8);
        assertThat(urbanization).isTrue();
    }

    @Test
    void htmlIsAStandalonePageWithoutScripts() {
        Report r = report("annual", "html", "en");
        String html = new String(r.bytes(), StandardCharsets.UTF_8);
        assertThat(html).doesNotContainIgnoringCase("<script");
        assertThat(html).contains("1. Overall progress", "data:image/png;base64,");
        assertThat(html).contains("<td class=\"n\">" + latest(gdp) + "</td>");
    }

    @Test
    void theApiAnswersWithinScopeAndRefusesBadParameters() throws Exception {
        WebClient web = new WebClient(port);
        web.login("admin", TestStore.ADMIN_PASSWORD);
        var ok = web.get("/api/plans/" + hangjin + "/report?kind=annual&year=2024&format=xlsx");
        assertThat(ok.status()).isEqualTo(200);
        assertThat(ok.header("Content-Disposition")).contains("attachment");
        var bad = web.getJson("/api/plans/" + hangjin + "/report?kind=weekly&format=pdf");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body()).contains("kind must be annual or midterm");
        assertThat(web.getJson("/api/plans/999999/report").status()).isEqualTo(404);
        // the plan page's form: a browser asks for text/html and gets the message, not a 500
        for (String query : List.of("format=foo", "year=abc", "kind=weekly", "lang=xx", "year=3000")) {
            var page = web.get("/api/plans/" + hangjin + "/report?" + query);
            assertThat(page.status()).as(query).isEqualTo(400);
            assertThat(page.header("Content-Type")).as(query).startsWith("text/html");
            assertThat(page.body()).as(query).contains(query.substring(0, query.indexOf('=')));
        }
        var foo = web.get("/api/plans/" + hangjin + "/report?kind=annual&year=&format=foo&lang=zh");
        assertThat(foo.body()).contains("format must be docx, pdf, html or xlsx, not &#39;foo&#39;");
        var json = web.getJson("/api/plans/" + hangjin + "/report?year=abc");
        assertThat(json.status()).isEqualTo(400);
        assertThat(json.body()).contains("\"error\"", "year must be a number");
        assertThat(web.get("/api/plans/999999/report").status()).isEqualTo(404);
        var league = web.get("/api/units/" + unit + "/report?format=html");
        assertThat(league.status()).isEqualTo(200);
        assertThat(league.body()).contains("旗县比较");
    }

    /** The paragraphs of a section of an HTML report, as the reader sees them. */
    private static List<String> paragraphs(Report r, String section) {
        org.jsoup.nodes.Document doc = org.jsoup.Jsoup.parse(new String(r.bytes(), StandardCharsets.UTF_8));
        org.jsoup.nodes.Element h2 = doc.select("section > h2").stream()
                .filter(h -> h.text().equals(section))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no section " + section));
        return h2.parent().select("p").eachText();
    }

    /** The indicator an item of 存在问题 or of the suggestions names: "3. 【约束性】森林覆盖率：…" → 森林覆盖率. */
    private static String named(String item) {
        return item.replaceFirst("^\\d+\\. (【约束性】)?", "").replaceFirst("：.*", "");
    }

    private static List<EvaluatedTarget> belowPace(PlanEvaluation e, String code) {
        return e.targets().stream()
                .filter(t -> t.evaluation().status().belowOnTrack()
                        && code.equals(t.target().indicatorCode()))
                .toList();
    }

    /**
     * 000 states 森林覆盖率 in its indicator table and again in its prose, and 常住人口城镇化率 three times (the
     * table, the prose, 全旗常住人口城镇化率): each is one problem and one suggestion, with every source line;
     * 002 has two different targets of 常住人口城镇化率, and its one item tells both, each with its figures.
     */
    @Test
    void eachIndicatorBelowPaceIsOneProblemWithEveryTargetOfIt() throws Exception {
        List<EvaluatedTarget> forest = belowPace(evaluation, "forest_coverage");
        List<EvaluatedTarget> urbanization = belowPace(evaluation, "urbanization_rate");
        assertThat(forest).hasSize(2);
        assertThat(urbanization).hasSize(3);
        long indicators = evaluation.targets().stream()
                .filter(t -> t.evaluation().status().belowOnTrack())
                .map(t -> t.target().indicatorCode())
                .distinct()
                .count();
        Report r = report("annual", "html", "zh");
        List<String> problems = paragraphs(r, "六、存在问题").stream()
                .filter(p -> p.matches("\\d+\\. .*"))
                .toList();
        assertThat(problems).hasSize((int) indicators);
        assertThat(problems.stream().map(ReportTests::named)).doesNotHaveDuplicates();
        String forestItem = problems.stream()
                .filter(p -> named(p).equals("森林覆盖率"))
                .findFirst()
                .orElseThrow();
        assertThat(forestItem)
                .startsWith(
                        "1. 【约束性】森林覆盖率：" + forest.get(0).evaluation().status().zh() + "。")
                .contains(forest.get(0).evaluation().explanation())
                .endsWith("（原文第"
                        + Math.min(
                                forest.get(0).target().line(),
                                forest.get(1).target().line()) + "、"
                        + Math.max(
                                forest.get(0).target().line(),
                                forest.get(1).target().line()) + "行）");
        String urbanizationItem = problems.stream()
                .filter(p -> named(p).contains("城镇化率"))
                .findFirst()
                .orElseThrow();
        assertThat(problems.stream().filter(p -> named(p).contains("城镇化率"))).hasSize(1);
        for (EvaluatedTarget t : urbanization) {
            assertThat(urbanizationItem).contains("" + t.target().line());
        }
        List<String> suggestions = paragraphs(r, "七、下一步工作建议").stream()
                .filter(p -> p.matches("\\d+\\. .*") && !p.matches("\\d+\\. \\d+项.*"))
                .toList();
        assertThat(suggestions.stream().map(ReportTests::named))
                .doesNotHaveDuplicates()
                .hasSize((int) indicators);

        // the county's report (旗县比较 …): one warning row per county and indicator
        var rows = org.jsoup.Jsoup.parse(new String(
                        asAdmin(() -> reports.regionReport(
                                        "杭锦旗",
                                        List.of(planService.plan(hangjin).orElseThrow()),
                                        ReportRequest.parse("annual", 2024, "html", "zh")))
                                .bytes(),
                        StandardCharsets.UTF_8))
                .select("table")
                .stream()
                .filter(t -> t.select("caption").text().startsWith("表4"))
                .findFirst()
                .orElseThrow()
                .select("tbody tr");
        List<String> warned = rows.stream()
                .map(tr -> tr.child(0).text() + "/" + tr.child(1).text())
                .toList();
        assertThat(warned).isNotEmpty().doesNotHaveDuplicates();
        assertThat(warned.stream().filter(w -> w.contains("森林覆盖率"))).containsExactly("杭锦旗/【约束性】森林覆盖率");

        // 002: 常住人口城镇化率 to 67% (the table and the prose, from different baselines) and to 70%
        ImportResult urad =
                imports.importDocument("002.txt", Files.readAllBytes(Seeds.path(Seeds.URAD_REAR_FYP)), "test");
        assertThat(urad.failed()).isFalse();
        long uradUnit = jdbc.sql("select unit_id from plan.plan where id = ?")
                .param(urad.planId())
                .query(Long.class)
                .single();
        HangjinObservations.approve(jdbc, uradUnit);
        PlanEvaluation uradEvaluation =
                evaluations.evaluate(urad.planId(), 2024).orElseThrow();
        List<EvaluatedTarget> uradUrbanization = belowPace(uradEvaluation, "urbanization_rate");
        List<String> said = uradUrbanization.stream()
                .map(t -> t.evaluation().status().zh() + "。" + t.evaluation().explanation())
                .distinct()
                .toList();
        assertThat(said).as("the targets of 002 say different things").hasSizeGreaterThan(1);
        Report uradReport =
                asAdmin(() -> reports.planReport(urad.planId(), ReportRequest.parse("annual", 2024, "html", "zh"))
                        .orElseThrow());
        List<String> uradProblems = paragraphs(uradReport, "六、存在问题").stream()
                .filter(p -> named(p).contains("城镇化率") && !named(p).contains("户籍"))
                .toList();
        assertThat(uradProblems).hasSize(1);
        String item = uradProblems.get(0);
        for (int i = 0; i < said.size(); i++) {
            assertThat(item).contains("（" + (i + 1) + "）目标", said.get(i));
        }
        assertThat(item).doesNotContain("（" + (said.size() + 1) + "）");
        for (EvaluatedTarget t : uradUrbanization) {
            assertThat(item)
                    .contains("目标" + t.target().spec().target().year() + "年"
                            + t.target()
                                    .spec()
                                    .target()
                                    .value()
                                    .stripTrailingZeros()
                                    .toPlainString() + "%");
        }
    }
}
