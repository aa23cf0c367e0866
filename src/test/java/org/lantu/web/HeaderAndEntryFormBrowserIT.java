package org.lantu.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.lantu.Seeds;
import org.lantu.imports.ImportResult;
import org.lantu.imports.ImportService;
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
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * In headless Chromium: the header's tagline is shown whole, in Chinese and English, at a desktop width and at
 * narrow ones (with an admin's full header: audit log, log out, log out everywhere); the observation entry
 * form is a form of labelled fields on more than one line. Screenshots in {@code target/screenshots/h-*}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HeaderAndEntryFormBrowserIT {

    private static final String PASSWORD = "Header-Browser-Passw0rd";
    private static final Map<String, String> TAGLINE =
            Map.of("zh", "旗县规划的结构化、追溯与落实", "en", "County plans, structured, traceable and carried out");

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) {
        TestStore.register(registry, "header-browser");
    }

    @LocalServerPort
    int port;

    @Autowired
    ImportService imports;

    @Autowired
    RegionService regions;

    @Autowired
    UserService users;

    @Autowired
    JdbcClient jdbc;

    WebDriver driver;
    WebDriverWait wait;
    Path screenshots;
    long hangjinUnit;

    @BeforeAll
    void seed() throws IOException {
        Path path = Seeds.path(Seeds.HANGJIN_URBANIZATION);
        ImportResult r = imports.importDocument(path.getFileName().toString(), Files.readAllBytes(path), "test");
        assertThat(r.failed()).isFalse();
        hangjinUnit = regions.find("150625").orElseThrow().id();
        users.create(new CreateUser("hdr-reporter", PASSWORD, "reporter", "杭锦旗", List.of("旗人社局")), null);
        // a draft and an approved figure of the reporter's department, a draft of another one
        observe("registered_unemployment_rate", 2024, "3.8", "draft");
        observe("pension_insurance_rate", 2024, "93.5", "approved");
        observe("gdp", 2024, "190", "draft");
    }

    private void observe(String code, int year, String value, String status) {
        jdbc.sql("""
                        insert into monitor.observation (unit_id, indicator_code, year, value, source, status, created_by, updated_by)
                        values (?, ?, ?, ?::numeric, '部门年报', ?, 'test', 'test')""").params(hangjinUnit, code, year, value, status).update();
    }

    @BeforeEach
    void startBrowser() throws IOException {
        HeadlessChromium.assumeInstalled(HeaderAndEntryFormBrowserIT.class);
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

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private void login(String user, String password) {
        driver.manage().deleteAllCookies();
        driver.get(url("/login"));
        driver.findElement(By.id("username")).sendKeys(user);
        driver.findElement(By.id("password")).sendKeys(password);
        driver.findElement(By.cssSelector("form button[type=submit], form input[type=submit]"))
                .click();
        wait.until(d -> !d.getCurrentUrl().contains("/login"));
    }

    private Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    @Test
    void theTaglineIsShownWholeInBothLanguagesAtDesktopAndNarrowWidths() throws IOException {
        login("admin", TestStore.ADMIN_PASSWORD);
        for (int width : List.of(1280, 1024, 760, 390)) {
            driver.manage().window().setSize(new Dimension(width, 900));
            for (String lang : List.of("zh", "en")) {
                driver.get(url("/?lang=" + lang));
                wait.until(ExpectedConditions.attributeToBe(
                        By.tagName("html"), "lang", lang.equals("en") ? "en" : "zh-CN"));
                WebElement tagline = driver.findElement(By.cssSelector("header.site .tagline"));
                String where = lang + " at " + width + "px";
                assertThat(tagline.isDisplayed()).as(where).isTrue();
                assertThat(tagline.getText()).as(where).isEqualTo(TAGLINE.get(lang));
                // whole: nothing of it clipped, no ellipsis
                assertThat((Boolean) js(
                                "const e = arguments[0]; return e.scrollWidth <= e.clientWidth + 1"
                                        + " && getComputedStyle(e).textOverflow !== 'ellipsis';",
                                tagline))
                        .as(where)
                        .isTrue();
                // and within the page: no sideways scrolling
                assertThat((Boolean) js(
                                "return document.documentElement.scrollWidth <= document.documentElement.clientWidth;"))
                        .as(where)
                        .isTrue();
                shot("h-header-" + lang + "-" + width);
            }
        }
        driver.manage().window().setSize(new Dimension(1280, 900));
    }

    @Test
    void theEntryFormIsLabelledFieldsOnGroupedLines() throws IOException {
        login("hdr-reporter", PASSWORD);
        driver.manage().window().setSize(new Dimension(1280, 900));
        for (String lang : List.of("zh", "en")) {
            driver.get(url("/units/" + hangjinUnit + "/observations?lang=" + lang));
            WebElement form =
                    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("form#observation-form")));
            for (String name : List.of("indicator", "year", "value", "source", "note")) {
                WebElement field = form.findElement(By.name(name));
                // each field inside its label, the label's text above it
                WebElement label = field.findElement(By.xpath("./ancestor::label"));
                WebElement caption = label.findElement(By.cssSelector("span"));
                assertThat(caption.getText()).as(name).isNotBlank();
                assertThat(caption.getRect().getY())
                        .as(name)
                        .isLessThan(field.getRect().getY());
            }
            WebElement indicator = form.findElement(By.name("indicator"));
            WebElement year = form.findElement(By.name("year"));
            WebElement value = form.findElement(By.name("value"));
            WebElement note = form.findElement(By.name("note"));
            // the indicator's names are long, a year is four digits
            assertThat(indicator.getRect().getWidth()).isGreaterThan(300);
            assertThat(year.getRect().getWidth()).isBetween(80, 160);
            // grouped lines: indicator and year, then value and source, then the note
            assertThat(year.getRect().getY()).isEqualTo(indicator.getRect().getY());
            assertThat(value.getRect().getY()).isGreaterThan(indicator.getRect().getY());
            assertThat(note.getRect().getY()).isGreaterThan(value.getRect().getY());
            assertThat(driver.findElement(By.id("add-heading")).getText()).isNotBlank();
            scrollTo(form);
            shot("h-observations-form-" + lang);
        }
        // the list: 修改 on the reporter's own figures (the approved one too: the server takes the change, back
        // to draft), none on another department's
        driver.get(url("/units/" + hangjinUnit + "/observations?lang=zh"));
        List<WebElement> rows = driver.findElements(By.cssSelector("table.items tbody tr[id^=observation-]"));
        assertThat(rows).hasSize(3);
        for (WebElement row : rows) {
            String text = row.getText();
            boolean own = !text.startsWith("地区生产总值");
            assertThat(row.findElements(By.cssSelector("details.correct")))
                    .as(text)
                    .hasSize(own ? 1 : 0);
        }
        shot("h-observations-list-zh");
        driver.manage().window().setSize(new Dimension(390, 900));
        driver.get(url("/units/" + hangjinUnit + "/observations?lang=en"));
        scrollTo(driver.findElement(By.id("observation-form")));
        shot("h-observations-form-en-390");
        driver.manage().window().setSize(new Dimension(1280, 900));
    }

    private void scrollTo(WebElement e) {
        js("arguments[0].scrollIntoView({block: 'start'});", e);
    }

    private void shot(String name) throws IOException {
        File png = ((ChromeDriver) driver).getScreenshotAs(OutputType.FILE);
        Files.copy(png.toPath(), screenshots.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }
}
