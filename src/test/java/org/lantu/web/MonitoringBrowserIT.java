package org.lantu.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.lantu.Seeds;
import org.lantu.imports.ImportResult;
import org.lantu.imports.ImportService;
import org.lantu.monitor.EvaluationService;
import org.lantu.monitor.PlanTarget;
import org.lantu.plan.PlanService;
import org.lantu.region.RegionService;
import org.lantu.security.CreateUser;
import org.lantu.security.UserService;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The monitoring pages in headless Chromium (Debian's {@code chromium} and {@code chromium-driver}): a reporter
 * enters a value, the planner approves it, the indicator's status and chart change; then every monitoring
 * page in Chinese and English, with screenshots in {@code target/screenshots/}.
 *
 * <p>The value goes through the pages as people use them: the reporter fills the form of {@code
 * /units/{id}/observations} and submits (报送) the draft, the planner approves it on the same page.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MonitoringBrowserIT {

    private static final String PASSWORD = "Monitoring-Browser-Passw0rd";

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) {
        TestStore.register(registry, "monitoring-browser");
    }

    @LocalServerPort
    int port;

    @Autowired
    ImportService imports;

    @Autowired
    EvaluationService evaluations;

    @Autowired
    PlanService plans;

    @Autowired
    RegionService regions;

    @Autowired
    UserService users;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    org.lantu.monitor.TaskProgressService progress;

    WebDriver driver;
    WebDriverWait wait;
    Path screenshots;
    long hangjin;
    long hangjinUnit;
    long ordos;
    PlanTarget vegetation;
    PlanTarget gdp;
    org.lantu.monitor.TaskStatusView task;
    long taskLead;

    @BeforeAll
    void seeds() throws IOException {
        hangjin = importSeed(Seeds.HANGJIN_URBANIZATION);
        importSeed(Seeds.OTOG_FYP);
        importSeed(Seeds.URAD_REAR_FYP);
        hangjinUnit = regions.find("150625").orElseThrow().id();
        ordos = regions.find("150600").orElseThrow().id();
        org.lantu.monitor.HangjinObservations.approve(jdbc, hangjinUnit);
        List<PlanTarget> targets = evaluations.targets(hangjin);
        vegetation = targets.stream()
                .filter(t ->
                        t.itemType().equals("indicator") && t.spec().indicator().equals("植被覆盖度"))
                .findFirst()
                .orElseThrow();
        gdp = targets.stream()
                .filter(t ->
                        t.itemType().equals("indicator") && t.spec().indicator().equals("地区生产总值"))
                .findFirst()
                .orElseThrow();
        String department = vegetation.reportingUnit() != null ? vegetation.reportingUnit() : "旗林草局";
        users.create(new CreateUser("hjq-reporter", PASSWORD, "reporter", "杭锦旗", List.of(department)), null);
        users.create(new CreateUser("hjq-planner", PASSWORD, "planner", "杭锦旗", null), null);
        java.util.Map<String, Long> registry = plans.responsibleUnitIds(hangjinUnit);
        task = progress.tasksOf(hangjin, 2025).stream()
                .filter(t -> t.leadUnit() != null && registry.containsKey(t.leadUnit()))
                .findFirst()
                .orElseThrow();
        taskLead = registry.get(task.leadUnit());
        users.create(new CreateUser("hjq-task-lead", PASSWORD, "reporter", "杭锦旗", List.of(task.leadUnit())), null);
    }

    private long importSeed(String number) throws IOException {
        Path path = Seeds.path(number);
        ImportResult r = imports.importDocument(path.getFileName().toString(), Files.readAllBytes(path), "test");
        assertThat(r.failed()).isFalse();
        return r.planId();
    }

    @BeforeEach
    void startBrowser() throws IOException {
        HeadlessChromium.assumeInstalled(MonitoringBrowserIT.class);
        if (driver != null) {
            return;
        }
        screenshots = HeadlessChromium.screenshots();
        driver = HeadlessChromium.start();
        wait = new WebDriverWait(driver, Duration.ofSeconds(60));
    }

    @AfterAll
    void stopBrowser() {
        if (driver != null) {
            driver.quit();
        }
    }

    String url(String path) {
        return "http://localhost:" + port + path;
    }

    private void login(String user, String password) {
        driver.get(url("/login"));
        driver.findElement(By.id("username")).sendKeys(user);
        driver.findElement(By.id("password")).sendKeys(password);
        driver.findElement(By.cssSelector("form button[type=submit], form input[type=submit]"))
                .click();
        wait.until(d -> !d.getCurrentUrl().contains("/login"));
    }

    private void logout() {
        driver.findElement(By.cssSelector("form.account button[type=submit]")).click();
        wait.until(ExpectedConditions.urlContains("/login"));
    }

    private String indicatorPage(PlanTarget t) {
        return "/plans/" + hangjin + "/indicators/" + t.itemId();
    }

    /** The values of a series of the indicator chart, as ECharts holds them. */
    @SuppressWarnings("unchecked")
    private List<Object> chartSeries(int index) {
        return (List<Object>) ((JavascriptExecutor) driver)
                .executeScript(
                        "return echarts.getInstanceByDom(document.getElementById('trajectory-chart')).getOption().series[arguments[0]].data;",
                        index);
    }

    /** The observations page's row of an indicator and year (the list holds every figure of the unit). */
    private WebElement observationRow(String indicator, String year) {
        return wait.until(d -> d.findElements(By.cssSelector("table.items tbody tr[id^=observation-]")).stream()
                .filter(tr -> tr.findElement(By.cssSelector("td")).getText().startsWith(indicator)
                        && tr.findElements(By.cssSelector("td"))
                                .get(1)
                                .getText()
                                .equals(year))
                .findFirst()
                .orElse(null));
    }

    @Test
    @Order(1)
    void aReporterEntersAValueThePlannerApprovesItAndTheStatusAndChartChange() throws Exception {
        login("hjq-planner", PASSWORD);
        driver.get(url(indicatorPage(vegetation) + "?year=2024&lang=zh"));
        assertThat(driver.findElement(By.cssSelector("h1 .status-badge")).getText())
                .isEqualTo("数据不足");
        wait.until(ExpectedConditions.attributeToBe(By.id("trajectory-chart"), "data-rendered", "true"));
        shot("m01-indicator-before", true);
        logout();

        // the reporter (旗林草局 …) enters 75.5 for 2024 in the form of the unit's observations page
        login("hjq-reporter", PASSWORD);
        String observations = "/units/" + hangjinUnit + "/observations";
        driver.get(url(observations + "?lang=zh"));
        WebElement form = wait.withMessage(
                        () -> "no entry form at " + driver.getCurrentUrl() + " («" + driver.getTitle() + "»)")
                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("form#observation-form")));
        new Select(form.findElement(By.name("indicator"))).selectByValue(vegetation.indicatorCode());
        WebElement year = form.findElement(By.name("year"));
        year.clear();
        year.sendKeys("2024");
        form.findElement(By.name("value")).sendKeys("75.5");
        form.findElement(By.name("source")).sendKeys("林草局年报");
        shot("m01a-observations-form", true);
        form.findElement(By.cssSelector("button[type=submit]")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("p.notice")));
        assertThat(driver.findElement(By.cssSelector("p.notice")).getText()).isEqualTo("已保存。");
        assertThat(driver.findElements(By.cssSelector("p.error"))).isEmpty();
        WebElement row = observationRow("植被覆盖度", "2024");
        assertThat(row.getText()).contains("75.5", "林草局年报", "草稿");
        shot("m01b-observations-draft", true);

        // a draft is not shown to the planner's evaluation; the reporter submits it (报送)
        row.findElement(By.cssSelector("form[action$=submit] button")).click();
        wait.until(ExpectedConditions.textToBe(By.cssSelector("p.notice"), "已报送。"));
        row = observationRow("植被覆盖度", "2024");
        assertThat(row.getText()).contains("75.5", "已报送");
        // a reporter cannot approve: no button for it
        assertThat(row.findElements(By.cssSelector("form[action$=approve]"))).isEmpty();
        shot("m01c-observations-submitted", true);
        logout();

        // submitted, not yet approved: on the indicator page and in the chart, not in the evaluation
        login("hjq-planner", PASSWORD);
        driver.get(url(indicatorPage(vegetation) + "?year=2024&lang=zh"));
        wait.until(ExpectedConditions.attributeToBe(By.id("trajectory-chart"), "data-rendered", "true"));
        assertThat(driver.findElement(By.cssSelector("table.observations tbody tr"))
                        .getText())
                .contains("2024", "75.5", "已报送");
        assertThat(driver.findElement(By.cssSelector("h1 .status-badge")).getText())
                .isEqualTo("数据不足");
        assertThat(chartSeries(1)).contains(75.5);
        shot("m02-indicator-submitted", true);

        // the planner approves it on the observations page, once in English
        driver.get(url(observations + "?lang=en"));
        row = observationRow("植被覆盖度", "2024");
        assertThat(row.getText()).contains("75.5", "Submitted");
        shot("m02a-observations-planner-en", true);
        row.findElement(By.cssSelector("form[action$=approve] button")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("p.notice")));
        assertThat(driver.findElements(By.cssSelector("p.error"))).isEmpty();
        assertThat(observationRow("植被覆盖度", "2024").getText()).contains("Approved");
        shot("m02b-observations-approved-en", true);
        driver.get(url(observations + "?lang=zh"));
        assertThat(observationRow("植被覆盖度", "2024").getText()).contains("已审核");

        // achieved, the value on the observed line
        driver.get(url(indicatorPage(vegetation) + "?year=2024&lang=zh"));
        wait.until(ExpectedConditions.attributeToBe(By.id("trajectory-chart"), "data-rendered", "true"));
        assertThat(driver.findElement(By.cssSelector("h1 .status-badge")).getText())
                .isEqualTo("已实现");
        assertThat(driver.findElement(By.cssSelector("table.observations tbody tr"))
                        .getText())
                .contains("已审核");
        assertThat(chartSeries(0)).contains(75.5);
        shot("m03-indicator-approved", true);

        // and on the plan's tab
        driver.get(url("/plans/" + hangjin + "?tab=monitoring&year=2024"));
        wait.until(ExpectedConditions.attributeToBe(By.id("status-chart"), "data-rendered", "true"));
        String rowStatus = (String)
                ((JavascriptExecutor) driver)
                        .executeScript(
                                "return [...document.querySelectorAll('tr.target-row')].find(r => r.querySelector('td a').textContent === '植被覆盖度').dataset.status;");
        assertThat(rowStatus).isEqualTo("achieved");
        shot("m04-plan-tab-approved", true);
        logout();
    }

    @Test
    @Order(2)
    void everyMonitoringPageInChineseAndEnglish() throws Exception {
        login("admin", TestStore.ADMIN_PASSWORD);
        // a department that reports one of 000's indicators, if its tasks name one
        java.util.Map<String, Long> registry = plans.responsibleUnitIds(hangjinUnit);
        long department = evaluations.targets(hangjin).stream()
                .map(PlanTarget::reportingUnit)
                .filter(u -> u != null && registry.containsKey(u))
                .map(registry::get)
                .findFirst()
                .orElseGet(() -> registry.values().iterator().next());
        List<String[]> pages = List.of(
                new String[] {"plan-tab", "/plans/" + hangjin + "?tab=monitoring&year=2024", "status-chart"},
                new String[] {"indicator", indicatorPage(gdp) + "?year=2024", "trajectory-chart"},
                new String[] {"unit", "/units/" + hangjinUnit + "/monitoring?year=2024", "status-chart"},
                new String[] {"league", "/units/" + ordos + "/monitoring?year=2024", "status-bars"},
                new String[] {"comparison", "/units/" + ordos + "/comparison?year=2024", "status-bars"},
                new String[] {
                    "comparison-gdp", "/units/" + ordos + "/comparison?indicator=gdp&year=2024", "indicator-bars"
                },
                new String[] {"warnings", "/warnings?year=2024", null},
                new String[] {"overview", "/monitoring?year=2024", null},
                new String[] {"department", "/responsible-units/" + department, null});
        for (String lang : List.of("zh", "en")) {
            for (String[] p : pages) {
                driver.get(url(p[1] + (p[1].contains("?") ? "&" : "?") + "lang=" + lang));
                wait.until(ExpectedConditions.attributeToBe(
                        By.tagName("html"), "lang", lang.equals("en") ? "en" : "zh-CN"));
                if (p[2] != null) {
                    wait.until(ExpectedConditions.attributeToBe(By.id(p[2]), "data-rendered", "true"));
                    assertThat(driver.findElements(By.cssSelector("#" + p[2] + " canvas")))
                            .isNotEmpty();
                }
                assertThat(driver.getPageSource()).doesNotContain("??mon.");
                shot("m-" + p[0] + "-" + lang, true);
            }
        }
        driver.get(url("/?lang=zh"));
        assertThat(driver.findElement(By.id("nav-monitoring")).getText()).isEqualTo("监测");
        assertThat(driver.findElement(By.id("nav-warnings")).getText()).isEqualTo("预警");
        driver.findElement(By.id("nav-warnings")).click();
        wait.until(ExpectedConditions.titleContains("预警"));
        assertThat(driver.findElements(By.cssSelector("ul.warnings li"))).isNotEmpty();
    }

    @Test
    @Order(3)
    void theLeadUnitReportsATasksProgressFromItsDepartmentPage() throws Exception {
        driver.manage().deleteAllCookies();
        login("hjq-task-lead", PASSWORD);
        driver.get(url("/responsible-units/" + taskLead + "?lang=zh"));
        String page = "/plans/" + hangjin + "/tasks/" + task.itemId();
        driver.findElement(By.cssSelector("a.task-link[href='" + page + "']")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("report-form")));
        assertThat(driver.findElement(By.cssSelector(".task-text")).getText()).isEqualTo(task.text());
        WebElement form = driver.findElement(By.id("report-form"));
        new Select(form.findElement(By.name("status"))).selectByValue("in_progress");
        form.findElement(By.name("percent")).sendKeys("60");
        form.findElement(By.name("narrative")).sendKeys("已完成可研批复，正在施工招标。");
        form.findElement(By.name("evidence")).sendKeys("ftp://files.example.org/a.pdf");
        shot("m05-task-form", true);
        form.findElement(By.cssSelector("button[type=submit]")).click();
        // an address the browser takes but the server does not: the form comes back with the message
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("p.error[role=alert]")));
        assertThat(driver.findElement(By.cssSelector("#report-form input[name=evidence]"))
                        .getAttribute("aria-invalid"))
                .isEqualTo("true");
        assertThat(driver.findElement(By.id("report-form")).getText())
                .contains("佐证材料链接须为以 http:// 或 https:// 开头的完整网址。");
        shot("m05a-task-form-refused", true);
        WebElement evidence = driver.findElement(By.cssSelector("#report-form input[name=evidence]"));
        evidence.clear();
        evidence.sendKeys("https://files.example.org/a.pdf");
        driver.findElement(By.cssSelector("#report-form button[type=submit]")).click();
        wait.until(ExpectedConditions.textToBe(By.cssSelector("p.notice"), "进展已保存。"));
        assertThat(driver.findElement(By.cssSelector("table.task-reports tbody tr"))
                        .getText())
                .contains("推进中", "60%", "已完成可研批复");
        shot("m05b-task-reported", true);
        driver.get(url(page + "?lang=en"));
        assertThat(driver.findElement(By.cssSelector("table.task-reports tbody tr"))
                        .getText())
                .contains("In progress", "60%");
        shot("m05c-task-en", true);
        driver.get(url("/responsible-units/" + taskLead + "?lang=zh"));
        assertThat(driver.findElement(By.cssSelector("a.task-link[href='" + page + "']"))
                        .findElement(By.xpath("./ancestor::tr"))
                        .getText())
                .contains("推进中");
        shot("m05d-department-after", true);
        logout();
    }

    /** Saves a screenshot; {@code full} grows the window to the page's height first. */
    private void shot(String name, boolean full) throws IOException {
        Dimension before = driver.manage().window().getSize();
        if (full) {
            Number height = (Number)
                    ((JavascriptExecutor) driver).executeScript("return document.documentElement.scrollHeight;");
            driver.manage()
                    .window()
                    .setSize(new Dimension(1280, Math.min(4000, Math.max(900, height.intValue() + 140))));
        }
        File png = ((ChromeDriver) driver).getScreenshotAs(OutputType.FILE);
        Files.copy(png.toPath(), screenshots.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        if (full) {
            driver.manage().window().setSize(before);
        }
    }
}
