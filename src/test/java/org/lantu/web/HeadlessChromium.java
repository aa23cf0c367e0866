package org.lantu.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's headless Chromium for the browser tests ({@code -Dlantu.chromium=…} / {@code -Dlantu.chromedriver=…}
 * point elsewhere), and the folder their screenshots go to ({@code -Dlantu.screenshots}, default {@code
 * target/screenshots}).
 */
final class HeadlessChromium {

    static final Path CHROMIUM = Path.of(System.getProperty("lantu.chromium", "/usr/bin/chromium"));
    static final Path CHROMEDRIVER = Path.of(System.getProperty("lantu.chromedriver", "/usr/bin/chromedriver"));

    private HeadlessChromium() {}

    /** Skips the calling test where the browser or its driver is missing, saying why (also on stderr). */
    static void assumeInstalled(Class<?> test) {
        boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        String why = "browser tests skipped: they need Debian's chromium and chromium-driver (" + CHROMIUM + ", "
                + CHROMEDRIVER + "): apt-get install chromium chromium-driver";
        if (!installed) {
            System.err.println(test.getSimpleName() + ": " + why);
        }
        Assumptions.assumeTrue(installed, why);
    }

    /** A new browser, 1280×900, in Chinese, with a profile of its own. */
    static ChromeDriver start() throws IOException {
        Path profile = Files.createTempDirectory("lantu-chromium-");
        // a driver path given means Selenium Manager has nothing to look up or download
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                "--user-data-dir=" + profile,
                "--window-size=1280,900",
                "--lang=zh-CN");
        return new ChromeDriver(service, options);
    }

    static Path screenshots() throws IOException {
        return Files.createDirectories(Path.of(System.getProperty("lantu.screenshots", "target/screenshots")));
    }
}
