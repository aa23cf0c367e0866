package org.lantu.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.lantu.imports.ImportResult;
import org.lantu.imports.ImportService;
import org.lantu.ingest.IngestService;
import org.lantu.plan.PlanService;
import org.lantu.region.RegionService;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chromium.ChromiumNetworkConditions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The UI in headless Chromium (Debian's {@code chromium} and {@code chromium-driver}, never a downloaded
 * browser): import through the file input, read the plan, switch language, follow an item to its source
 * line, correct an item, filter tasks, see the matrix. Screenshots go to {@code target/screenshots/}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WebBrowserIT {

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) {
        TestStore.register(registry, "web-browser");
    }

    @LocalServerPort
    int port;

    @Autowired
    ImportService imports;

    @Autowired
    PlanService plans;

    @Autowired
    RegionService regions;

    @Autowired
    IngestService ingest;

    WebDriver driver;
    WebDriverWait wait;
    Path screenshots;

    /** Each test is skipped, saying why, on a machine without the browser; the first one starts it. */
    @BeforeEach
    void startBrowser() throws IOException {
        HeadlessChromium.assumeInstalled(WebBrowserIT.class);
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

    @Test
    @Order(1)
    void aPlannerImportsTheExampleReadsItInEnglishAndFollowsAHeadingToItsSourceLine() throws IOException {
        driver.get(url("/?lang=zh"));
        // nothing is readable without login: the login page comes first
        assertThat(driver.getCurrentUrl()).contains("/login");
        shot("00-login", true);
        driver.findElement(By.id("username")).sendKeys("admin");
        driver.findElement(By.id("password")).sendKeys(TestStore.ADMIN_PASSWORD);
        driver.findElement(By.cssSelector("form button[type=submit], form input[type=submit]"))
                .click();
        driver.get(url("/?lang=zh"));
        assertThat(driver.getTitle()).isEqualTo("规划一览 · 蓝图");
        assertThat(driver.findElement(By.cssSelector("main")).getText()).contains("还没有规划");
        shot("01-home-empty", true);

        // two files through the file input: the example as text and as a web page
        WebElement input = driver.findElement(By.id("import-file"));
        input.sendKeys(ExamplePlan.TXT.toAbsolutePath() + "\n" + ExamplePlan.HTML.toAbsolutePath());
        assertThat(driver.findElement(By.cssSelector(".dropzone-text")).getText())
                .isEqualTo("shiliqi-urbanization-plan.txt、shiliqi-urbanization-plan.html");
        // a slow uplink, so that the per-file progress bars can be seen
        ChromiumNetworkConditions slow = new ChromiumNetworkConditions();
        slow.setLatency(Duration.ofMillis(20));
        slow.setUploadThroughput(1500);
        slow.setDownloadThroughput(1_000_000);
        ((ChromeDriver) driver).setNetworkConditions(slow);
        driver.findElement(By.cssSelector("#import-form button[type=submit]")).click();
        // one row with its own progress bar per file: the first uploading, the second waiting its turn
        wait.until(
                d -> d.findElements(By.cssSelector("#import-results progress")).size() == 2);
        assertThat(driver.findElements(By.cssSelector("#import-results > li.result-pending .status")))
                .extracting(WebElement::getText)
                .contains("等待上传");
        assertThat(driver.findElement(By.cssSelector("#import-form button[type=submit]"))
                        .isEnabled())
                .isFalse();
        shot("02a-import-progress", false);
        ((ChromeDriver) driver).deleteNetworkConditions();
        wait.until(d -> d.findElements(By.cssSelector("#import-results > li[data-status]"))
                        .size()
                == 2);
        List<WebElement> results = driver.findElements(By.cssSelector("#import-results > li"));
        assertThat(results).extracting(e -> e.getDomAttribute("data-status")).containsExactly("created", "new_version");
        assertThat(results.get(0).getText()).contains("shiliqi-urbanization-plan.txt", "已创建", "示例旗", "第 1 版");
        assertThat(results.get(1).getText()).contains("shiliqi-urbanization-plan.html", "新版本", "第 2 版");
        assertThat(driver.findElements(By.cssSelector("#import-results progress")))
                .isEmpty();
        // the unit tree below shows the new plan without a reload
        wait.until(ExpectedConditions.attributeToBe(By.id("import-form"), "data-tree-refreshed", "true"));
        assertThat(driver.findElement(By.id("unit-tree")).getText()).contains("示例旗", "示例旗推进以县城为重要载体的城镇化建设方案");
        shot("02-import-results", true);

        // the plan page, in Chinese
        results.get(1).findElement(By.cssSelector("a")).click();
        wait.until(ExpectedConditions.titleContains("示例旗推进以县城为重要载体的城镇化建设方案"));
        assertThat(driver.findElement(By.cssSelector("dl.meta")).getText())
                .contains("县城城镇化建设方案", "shiliqi-urbanization-plan.html", "HTML", "第 2 版（共 2 版）");
        driver.findElement(By.cssSelector("details.history > summary")).isDisplayed();
        shot("03-plan-zh", true);

        // switch to English: the same page, the words change
        driver.findElement(By.linkText("English")).click();
        wait.until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", "en"));
        assertThat(driver.findElement(By.cssSelector("nav.tabs a[aria-current=page]"))
                        .getText())
                .startsWith("Structure");
        assertThat(driver.findElement(By.cssSelector("dl.meta")).getText())
                .contains("County-seat urbanization plan", "version 2 of 2");
        assertThat(driver.findElement(By.tagName("h1")).getText()).contains("示例旗推进以县城为重要载体的城镇化建设方案");
        shot("04-plan-en", true);

        // a heading of the structure tab leads to its line in the source, highlighted and in view
        WebElement heading = driver.findElement(By.partialLinkText("畅通县城交通"));
        String href = heading.getDomAttribute("href");
        assertThat(href).matches("/plans/\\d+/source\\?line=\\d+#L\\d+");
        String line = href.substring(href.indexOf("#L") + 2);
        heading.click();
        wait.until(ExpectedConditions.urlContains("/source?line=" + line));
        WebElement target = driver.findElement(By.id("L" + line));
        assertThat(target.getDomAttribute("class")).contains("hl");
        assertThat(target.getText()).contains("畅通县城交通");
        assertThat(driver.findElements(By.cssSelector(".source .line.hl"))).hasSize(1);
        assertThat(inView(target)).as("highlighted line scrolled into view").isTrue();
        assertThat(driver.findElement(By.cssSelector("p.notice")).getText())
                .startsWith("Line " + line + " is highlighted.");
        shot("05-source-highlighted-en", false);

        // the language stays chosen (cookie), and the home page lists the plan in the unit tree
        driver.get(url("/"));
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Plans");
        driver.findElement(By.linkText("中文")).click();
        wait.until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", "zh-CN"));
        assertThat(driver.findElement(By.cssSelector("ul.tree")).getText()).contains("示例旗", "旗县");
        shot("06-home-tree", true);
    }

    @Test
    @Order(2)
    void correctionsTaskFilterMatrixAndUnitPage() throws Exception {
        ImportResult txt =
                imports.importDocument("shiliqi-urbanization-plan.txt", ExamplePlan.bytes(ExamplePlan.TXT), "test");
        long plan = txt.planId();
        long unit = regions.find("示例旗").orElseThrow().id();
        // a new latest version whatever order the first test's two uploads were stored in: the same bytes
        // would be the TXT's version again (a store is idempotent by content), which may not be the latest
        byte[] source = (new String(ExamplePlan.bytes(ExamplePlan.TXT), java.nio.charset.StandardCharsets.UTF_8) + "\n")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        plans.store(ExamplePlan.withItems(ingest), source, unit, "test");

        driver.get(url("/plans/" + plan + "?tab=indicators&lang=zh"));
        List<WebElement> rows = driver.findElements(By.cssSelector("table.items tbody tr[id^=item-]"));
        assertThat(rows).hasSize(3);
        shot("07-indicators", true);

        // correct the first indicator's name, with a reason
        String rowId = rows.get(0).getDomAttribute("id");
        WebElement tools = driver.findElement(By.cssSelector("#" + rowId + " + tr.item-tools"));
        tools.findElement(By.cssSelector("details.correct > summary")).click();
        new Select(tools.findElement(By.name("field"))).selectByValue("name");
        tools.findElement(By.name("value")).sendKeys("地区生产总值（GDP）");
        tools.findElement(By.name("reason")).sendKeys("与统计公报口径一致");
        tools.findElement(By.cssSelector("button[type=submit]")).click();
        wait.until(ExpectedConditions.urlContains("#" + rowId));
        WebElement corrected = driver.findElement(By.id(rowId));
        assertThat(corrected.getDomAttribute("class")).contains("corrected");
        assertThat(corrected.getText()).contains("地区生产总值（GDP）", "已纠正");
        WebElement history = driver.findElement(By.cssSelector("#" + rowId + " + tr.item-tools .history-note"));
        history.findElement(By.tagName("summary")).click();
        assertThat(history.getText()).contains("指标名称", "地区生产总值", "与统计公报口径一致", "admin");
        shot("08-indicator-corrected", true);

        // tasks, filtered by a unit without reloading the page (htmx), the address kept in step
        driver.get(url("/plans/" + plan + "?tab=tasks"));
        assertThat(driver.findElements(By.cssSelector("#tasks-list tr[id^=item-]")))
                .hasSize(2);
        Object marker = ((JavascriptExecutor) driver).executeScript("return window.lantuMarker = 42;");
        assertThat(marker).isNotNull();
        new Select(driver.findElement(By.id("unit-filter"))).selectByVisibleText("旗发改委");
        wait.until(
                d -> d.findElements(By.cssSelector("#tasks-list tr[id^=item-]")).size() == 1);
        wait.until(ExpectedConditions.urlContains("unit="));
        assertThat(((JavascriptExecutor) driver).executeScript("return window.lantuMarker;"))
                .as("the filter swapped the list in place")
                .isEqualTo(42L);
        assertThat(driver.findElement(By.cssSelector("#tasks-list")).getText()).contains("建立旗级工作专班");
        shot("09-tasks-filtered", true);

        // the responsibility matrix, drawn by ECharts from the page's JSON
        driver.get(url("/plans/" + plan + "?tab=matrix"));
        wait.until(ExpectedConditions.attributeToBe(By.id("matrix-chart"), "data-rendered", "true"));
        assertThat(driver.findElements(By.cssSelector("#matrix-chart canvas"))).isNotEmpty();
        shot("10-matrix", true);

        // a responsible unit's page: the tasks it leads and supports, and its matrix
        driver.get(url("/plans/" + plan + "?tab=tasks"));
        driver.findElement(By.cssSelector("#tasks-list td.units a.lead")).click();
        wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "旗住建局"));
        assertThat(driver.findElement(By.id("lead-heading")).getText()).isEqualTo("牵头的任务（1）");
        wait.until(ExpectedConditions.attributeToBe(By.id("matrix-chart"), "data-rendered", "true"));
        shot("11-responsible-unit", true);

        // and a friendly page for what does not exist
        driver.get(url("/plans/987654"));
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("找不到这个页面");
        assertThat(driver.getPageSource()).doesNotContain("Exception");
        shot("12-not-found", true);
    }

    private boolean inView(WebElement e) {
        Object r = ((JavascriptExecutor) driver)
                .executeScript(
                        "const r = arguments[0].getBoundingClientRect(); return r.top >= 0 && r.bottom <= window.innerHeight;",
                        e);
        return Boolean.TRUE.equals(r);
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
        Files.copy(png.toPath(), screenshots.resolve(name + ".png"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        if (full) {
            driver.manage().window().setSize(before);
        }
    }
}
