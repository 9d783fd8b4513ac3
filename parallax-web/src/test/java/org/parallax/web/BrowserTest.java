package org.parallax.web;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.parallax.Parallax;
import org.parallax.cluster.EventGrouper;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The app in a real browser (Debian's chromium and chromedriver, headless): articles added through the
 * upload form, a summary citation that lands on its highlighted passage, a hostile article shown as
 * text. Skips when chromium or chromedriver is not installed. Screenshots go to target/screenshots/.
 */
class BrowserTest {
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path DRIVER = Path.of("/usr/bin/chromedriver");
    static final Path SHOTS = Path.of("target/screenshots");

    static ChromeDriver driver;
    static Path profile;

    @BeforeAll
    static void browser() throws IOException {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER),
                "chromium and chromium-driver are not installed");
        profile = Files.createTempDirectory("parallax-chrome");
        driver = chrome(profile);
        Files.createDirectories(SHOTS);
    }

    /** Debian's chromium, headless, through Debian's chromedriver, with its profile in {@code profile}. */
    static ChromeDriver chrome(Path profile) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--hide-scrollbars", "--user-data-dir=" + profile, "--window-size=1280,2200");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
                .usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(120));
        return driver;
    }

    @AfterAll
    static void quit() throws IOException {
        if (driver != null) {
            driver.quit();
        }
        if (profile != null) {
            try (var files = Files.walk(profile)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    /** The standard pipeline, plus stand-in analysis ({@link FakeAnalysis}) so every section shows. */
    static Parallax withSummary() {
        return new Parallax(Parallax.standardArticlePipeline(), EventGrouper.tuned(),
                Parallax.standardStoryPipeline().then("fake-analysis", FakeAnalysis::apply));
    }

    @Test
    void uploadedArticlesFormAStoryWhoseCitationsHighlightTheirPassage(@TempDir Path data) throws IOException {
        try (TestServer server = new TestServer(WebConfig.local(data, 0), withSummary())) {
            upload(server, TestServer.textFiles(TestServer.fixtures()));
            assertThat(driver.getCurrentUrl()).contains("/stories/");
            assertThat(driver.findElements(By.cssSelector("article.doc"))).hasSize(3);

            WebElement cite = driver.findElement(By.cssSelector("#summary p > a.cite"));
            String target = cite.getAttribute("href").substring(cite.getAttribute("href").indexOf('#') + 1);
            assertThat(target).matches("d\\d+-s\\d+");
            cite.click();
            new WebDriverWait(driver, Duration.ofSeconds(10)).until(
                    ExpectedConditions.attributeContains(By.id(target), "class", "hl"));
            Object targeted = ((JavascriptExecutor) driver).executeScript(
                    "var t = document.querySelector(':target'); return t ? t.id : null;");
            assertThat(targeted).isEqualTo(target);
            // the highlight fades in (a 0.3 s transition on span.s): wait for its colour, not only its class
            new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> !List.of("rgba(0, 0, 0, 0)", "transparent")
                    .contains(d.findElement(By.id(target)).getCssValue("background-color")));
            assertThat(driver.findElement(By.id(target)).getText()).isNotBlank();
            shot("story-citation-highlighted");
            // brought to the middle of the screen first, as a reader scrolls to it: at the top it sits under the sticky header
            // a claim that more than one article states (the matrix orders claims by its own grouping)
            String group = (String) ((JavascriptExecutor) driver).executeScript(
                    "var g = JSON.parse(document.getElementById('px-data').textContent).groups;"
                            + " for (var k in g) { if (k.indexOf('claim:') === 0 && g[k].length > 1) { return k; } } return null;");
            assertThat(group).isNotNull();
            WebElement show = driver.findElement(By.cssSelector("#claims button.claim[data-group='" + group + "']"));
            ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", show);
            show.click();
            assertThat(driver.findElements(By.cssSelector("span.s.hl"))).as("%s", ((JavascriptExecutor) driver).executeScript(
                    "return document.getElementById('px-data').textContent")).hasSizeGreaterThan(1);
            driver.get(driver.getCurrentUrl().replaceAll("#.*", ""));
            shot("story-all-sections");
        }
    }

    @Test
    void hostileArticleRendersAsText(@TempDir Path data) throws IOException {
        try (TestServer server = new TestServer(WebConfig.local(data, 0), Parallax.standard())) {
            driver.get(server.base + "/");
            driver.findElement(By.id("text")).sendKeys(TestServer.hostile().strip());
            driver.findElement(By.cssSelector("section.ingest button[type=submit]")).click();
            new WebDriverWait(driver, Duration.ofSeconds(300)).until(ExpectedConditions.urlContains("/stories/"));
            assertNoAlert();
            String text = driver.findElement(By.tagName("body")).getText();
            assertThat(text).contains("<script>alert('xss')</script>").contains("<img src=x onerror=alert(1)>");
            Object scripts = ((JavascriptExecutor) driver).executeScript(
                    "return Array.from(document.scripts).filter(s => !s.src && s.type !== 'application/json').length;");
            assertThat(scripts).isEqualTo(0L);
            assertThat(driver.findElements(By.tagName("img"))).isEmpty();
            shot("story-hostile");
            driver.get(server.base + "/");
            assertNoAlert();
            assertThat(driver.findElement(By.tagName("body")).getText()).contains("<img src=x onerror=alert('outlet')>");
        }
    }

    @Test
    void seedsUploadedThroughThePageFormOneStory(@TempDir Path data) throws IOException {
        Assumptions.assumeTrue(Files.isDirectory(TestServer.seeds()), "../shared/seeds not present");
        try (TestServer server = new TestServer(WebConfig.local(data, 0), withSummary())) {
            List<Path> seeds = TestServer.textFiles(TestServer.seeds());
            upload(server, seeds);
            assertThat(driver.findElements(By.cssSelector("article.doc"))).hasSize(seeds.size());
            shot("seeds-story");
            driver.findElement(By.cssSelector("#summary p > a.cite")).click();
            shot("seeds-story-citation");
            driver.manage().window().setSize(new Dimension(390, 1600));
            shot("seeds-story-phone");
            driver.get(server.base + "/");
            shot("seeds-home-phone");
            driver.manage().window().setSize(new Dimension(1280, 2200));
            shot("seeds-home");
            driver.get(server.base + "/search?q=ceasefire+Doha");
            assertThat(driver.findElements(By.cssSelector("ol.hits li mark"))).isNotEmpty();
            shot("seeds-search");
        }
    }

    private static void upload(TestServer server, List<Path> files) {
        driver.get(server.base + "/");
        driver.findElement(By.id("files")).sendKeys(files.stream().map(p -> p.toAbsolutePath().toString())
                .collect(Collectors.joining("\n")));
        driver.findElement(By.cssSelector("section.ingest button[type=submit]")).click();
        new WebDriverWait(driver, Duration.ofSeconds(300)).until(ExpectedConditions.urlContains("/stories/"));
    }

    private static void assertNoAlert() {
        assertThatThrownBy(() -> driver.switchTo().alert()).isInstanceOf(NoAlertPresentException.class);
    }

    private static void shot(String name) throws IOException {
        File f = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
        Files.copy(f.toPath(), SHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }
}
