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
import org.lantu.monitor.PlanEvaluation;
import org.lantu.monitor.StatusCounts;
import org.lantu.monitor.TargetEvaluation;
import org.lantu.report.internal.ReportModel;
import org.lantu.report.internal.XlsxRenderer;
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
 * 000 (杭锦旗) reported for 2024 over the observations of PlanEvaluationTests: every format opened with its
 * library and checked against the evaluation.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportTests {

    static final String OBSERVATIONS = """
            gdp,2024,190
            urbanization_rate,2024,64.0
            disposable_income_growth,2023,5.5
            disposable_income_growth,2024,5.0
            registered_unemployment_rate,2024,3.9
            pension_insurance_rate,2024,93.5
            forest_coverage,2023,18.1
            forest_coverage,2024,18.5
            """;

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
        for (String line : OBSERVATIONS.strip().split("\n")) {
            String[] f = line.split(",");
            jdbc.sql("""
                            insert into monitor.observation (unit_id, indicator_code, year, value, status, created_by, updated_by)
                            values (?, ?, ?, ?::numeric, 'approved', 'test', 'test')""").params(unit, f[0], Integer.parseInt(f[1]), f[2]).update();
        }
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
        var user = new org.lantu.security.CurrentUser("test", org.lantu.security.Role.ADMIN, null, List.of());
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                        user,
                        null,
                        List.of(new SimpleGrantedAuthority(user.role().authority()))));
        try {
            return keep(reports.planReport(hangjin, ReportRequest.parse(kind, 2024, format, lang))
                    .orElseThrow());
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

    @Test
    void aTextThatLooksLikeAFormulaIsAQuotedTextCell() throws Exception {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(Arrays.asList("旗发改委", "=cmd|' /C calc'!A0 推进县城建设", "+1", "@SUM(A1)", "-2", 3));
        ReportModel m = new ReportModel(
                "t",
                "s",
                List.of(),
                List.of(new ReportModel.Section(
                        "三、重点任务推进情况",
                        "重点任务",
                        List.of(new ReportModel.Table(
                                "表", List.of("a", "b", "c", "d", "e", "f"), List.of(1, 1, 1, 1, 1, 1), rows)))),
                false);
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(XlsxRenderer.render(m)))) {
            Sheet s = wb.getSheet("重点任务");
            Row row = s.getRow(s.getLastRowNum());
            for (int i = 1; i <= 4; i++) {
                Cell c = row.getCell(i);
                assertThat(c.getCellType()).isEqualTo(CellType.STRING);
                assertThat(c.getCellStyle().getQuotePrefixed()).isTrue();
            }
            assertThat(row.getCell(1).getStringCellValue()).startsWith("=cmd|");
            assertThat(row.getCell(0).getCellStyle().getQuotePrefixed()).isFalse();
            assertThat(row.getCell(5).getCellType()).isEqualTo(CellType.NUMERIC);
        }
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
        var league = web.get("/api/units/" + unit + "/report?format=html");
        assertThat(league.status()).isEqualTo(200);
        assertThat(league.body()).contains("旗县比较");
    }
}
