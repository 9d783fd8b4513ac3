package org.parallax.web;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.parallax.Parallax;
import org.parallax.ingest.ArticleReader;
import org.parallax.ingest.Batch;
import org.parallax.model.Report;
import org.parallax.report.ReportWriter;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The story page a journalist reads, in a real browser at a phone's width (390 px) and a laptop's (1400 px),
 * on the seed story and on a story of 32 articles from 32 outlets ({@link WideStory}), and the static report
 * of that story: the page never scrolls sideways, what is disputed is on the first screen, the charts are
 * there and labelled, every export downloads and parses, and axe-core finds no serious or critical
 * violation. Screenshots of the first screens go to target/screenshots/ ({@code scripts/screenshots.sh}).
 * Prints each page's size. Skips when chromium or chromedriver is not installed.
 */
class StoryPagesBrowserTest {
    static final int[][] SIZES = {{390, 844}, {1400, 900}};
    static final int WIDE = 32;
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    static ChromeDriver driver;
    static Path profile;
    static Path data;
    static TestServer server;
    static TestServer seedsServer;
    static String seedsStory;
    static String wideStory;
    static Path reportDir;
    static String axe;

    @BeforeAll
    @Timeout(value = 30, unit = TimeUnit.MINUTES) // three real analyses, one of 32 articles twice
    static void analyse() throws IOException {
        Assumptions.assumeTrue(Files.isExecutable(BrowserTest.CHROMIUM) && Files.isExecutable(BrowserTest.DRIVER),
                "chromium and chromium-driver are not installed");
        Assumptions.assumeTrue(Files.isDirectory(TestServer.seeds()), "../shared/seeds not present");
        // what is drawn does not depend on the database: drawn and checked once, in the SQLite run
        Assumptions.assumeFalse(org.parallax.store.TestStores.postgres(), "pages are checked in the SQLite run");
        try (InputStream in = StoryPagesBrowserTest.class.getResourceAsStream(
                "/META-INF/resources/webjars/axe-core/4.6.3/axe.min.js")) {
            axe = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        profile = Files.createTempDirectory("parallax-chrome");
        data = Files.createTempDirectory("parallax-pages");
        Files.createDirectories(BrowserTest.SHOTS);
        Parallax parallax = Parallax.standard();
        // the wide story's static report, written as the CLI writes it (exports beside it)
        Path wideFile = Files.writeString(data.resolve("wide.json"), WideStory.json(WIDE));
        Batch wide = new ArticleReader().readPath(wideFile);
        Report report = parallax.analyze(wide);
        assertThat(report.stories()).as("the wide articles are one story").hasSize(1);
        reportDir = data.resolve("report");
        ReportWriter.writeAll(report, reportDir);

        seedsServer = new TestServer(WebConfig.local(data.resolve("seeds"), 0), parallax);
        seedsStory = onlyStory(seedsServer, seedsServer.postAndWait(TestServer.textArticlesAsJson(TestServer.seeds())));
        server = new TestServer(WebConfig.local(data.resolve("wide"), 0), parallax);
        wideStory = onlyStory(server, server.postAndWait(WideStory.json(WIDE)));
        driver = BrowserTest.chrome(profile);
    }

    private static String onlyStory(TestServer server, JsonNode job) {
        assertThat(job.get("stories")).as("job %s; stories %s", job, server.get("/api/stories").body()).hasSize(1);
        return job.get("stories").get(0).asText();
    }

    @AfterAll
    static void quit() throws IOException {
        if (driver != null) {
            driver.quit();
        }
        if (server != null) {
            server.close();
        }
        if (seedsServer != null) {
            seedsServer.close();
        }
        for (Path p : new Path[] {profile, data}) {
            if (p != null) {
                try (var files = Files.walk(p)) {
                    files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
                }
            }
        }
    }

    @Test
    void wideStoryPageReadsAtBothWidths() throws Exception {
        for (int[] size : SIZES) {
            open(server.base + "/stories/" + wideStory, size);
            readable("wide-story", size, 2);
            assertThat(count("article.doc")).isEqualTo(WIDE);
            assertThat(count("#coverage figure.chart > svg")).isEqualTo(1);
            assertThat(count("#timeline figure.chart > svg")).isEqualTo(1);
            downloadsParse(size[0] == 390);
        }
    }

    @Test
    void seedStoryPageReadsAtBothWidths() throws Exception {
        TestServer seeds = seedsServer;
        {
            for (int[] size : SIZES) {
                open(seeds.base + "/stories/" + seedsStory, size);
                readable("seeds-story", size, 2);
                open(seeds.base + "/", size);
                noSidewaysScroll("home");
                assertThat(count("table.stories-index tbody tr")).isEqualTo(1);
                axeFindsNothingSerious("home");
                shot("home", size);
            }
        }
    }

    @Test
    void staticReportReadsAtBothWidths() throws Exception {
        for (int[] size : SIZES) {
            open(reportDir.resolve("report.html").toUri().toString(), size);
            readable("report", size, 2);
            // the report's exports are files beside it, named by its links
            for (WebElement a : driver.findElements(By.cssSelector("ul.exports a[download]"))) {
                String href = a.getAttribute("href");
                String body = Files.readString(Path.of(URI.create(href)));
                parses(href, body);
            }
            assertThat(count("ul.exports a[download]")).isEqualTo(8);
        }
    }

    /** What every story page and report must give, wherever it is read. */
    private static void readable(String name, int[] size, int charts) throws IOException {
        noSidewaysScroll(name);
        WebElement disputed = driver.findElement(By.cssSelector(".glance .disputed"));
        Number top = (Number) driver.executeScript("return arguments[0].getBoundingClientRect().top + window.scrollY;", disputed);
        assertThat(top.doubleValue()).as("%s at %d px: the disputed panel starts on the first screen", name, size[0])
                .isLessThan(size[1]);
        List<WebElement> svgs = driver.findElements(By.cssSelector("figure.chart svg[role=img]"));
        assertThat(svgs).as("%s: charts", name).hasSizeGreaterThanOrEqualTo(charts);
        for (WebElement svg : svgs) {
            assertThat(svg.getAttribute("aria-label")).isNotBlank();
            assertThat(svg.findElements(By.tagName("title"))).isNotEmpty();
            Number width = (Number) driver.executeScript("return arguments[0].getBoundingClientRect().width;", svg);
            assertThat(width.doubleValue()).as("%s: a chart fits the page", name).isLessThanOrEqualTo(size[0]);
        }
        axeFindsNothingSerious(name);
        Object height = driver.executeScript("return document.documentElement.scrollHeight;");
        Object width = driver.executeScript("return document.documentElement.scrollWidth;");
        System.out.printf("page %s at %d px: %s px tall, %s px wide%n", name, size[0], height, width);
        shot(name, size);
    }

    private static void noSidewaysScroll(String name) {
        Map<?, ?> widths = (Map<?, ?>) driver.executeScript("return {scroll: document.documentElement.scrollWidth,"
                + " client: document.documentElement.clientWidth, body: document.body.scrollWidth};");
        long client = ((Number) widths.get("client")).longValue();
        assertThat(((Number) widths.get("scroll")).longValue()).as("%s: page-level horizontal overflow", name)
                .isLessThanOrEqualTo(client);
        assertThat(((Number) widths.get("body")).longValue()).as("%s: body overflow", name).isLessThanOrEqualTo(client);
    }

    /** axe-core from the npm package (as a WebJar), injected into the page; serious and critical violations fail. */
    private static void axeFindsNothingSerious(String name) throws IOException {
        driver.executeScript(axe);
        Object result = driver.executeAsyncScript("var done = arguments[arguments.length - 1];"
                + "axe.run(document, {resultTypes: ['violations']}).then(function (r) {"
                + " done(JSON.stringify(r.violations.filter(function (v) { return v.impact === 'serious' || v.impact === 'critical'; })"
                + " .map(function (v) { return {id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 3).map(function (n) { return n.target.join(' '); })}; })));"
                + "}).catch(function (e) { done('error: ' + e); });");
        JsonNode violations = TestServer.JSON.readTree(String.valueOf(result));
        assertThat(violations).as("%s: axe-core serious or critical violations: %s", name, result).isEmpty();
    }

    /** Every export link answers with an attachment that parses as CSV or JSON, with the same rows. */
    private static void downloadsParse(boolean all) throws Exception {
        List<String> hrefs = new ArrayList<>();
        for (WebElement a : driver.findElements(By.cssSelector("ul.exports a[download]"))) {
            hrefs.add(a.getAttribute("href"));
        }
        assertThat(hrefs).hasSize(8);
        for (String href : all ? hrefs : hrefs.subList(0, 2)) {
            HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(href)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(r.statusCode()).as(href).isEqualTo(200);
            assertThat(r.headers().firstValue("Content-Disposition").orElse("")).startsWith("attachment");
            parses(href, r.body());
        }
    }

    private static void parses(String href, String body) throws IOException {
        if (href.endsWith(".json")) {
            JsonNode json = TestServer.JSON.readTree(body);
            assertThat(json.get("columns").size()).as(href).isGreaterThan(3);
            for (JsonNode row : json.get("rows")) {
                assertThat(row.size()).isEqualTo(json.get("columns").size());
            }
            if (href.contains("claims")) {
                assertThat(json.get("rows")).as("%s: claims", href).isNotEmpty();
                assertThat(json.get("rows").get(0).get("permalink").asText()).contains("#");
            }
        } else {
            List<List<String>> rows = Csv.parse(body);
            assertThat(rows).as(href).isNotEmpty();
            int columns = rows.get(0).size();
            for (List<String> row : rows) {
                assertThat(row).as("%s: a row as wide as the header", href).hasSize(columns);
            }
        }
    }

    private static void open(String url, int[] size) {
        driver.manage().window().setSize(new Dimension(size[0], size[1]));
        driver.get(url);
    }

    private static long count(String css) {
        return driver.findElements(By.cssSelector(css)).size();
    }

    /** The first screens of the page (up to 2,400 px), then back to the size under test. */
    private static void shot(String name, int[] size) throws IOException {
        driver.manage().window().setSize(new Dimension(size[0], 2400));
        driver.executeScript("window.scrollTo(0, 0);");
        byte[] png = driver.getScreenshotAs(OutputType.BYTES);
        Files.write(BrowserTest.SHOTS.resolve(name + "-" + size[0] + ".png"), png);
        driver.manage().window().setSize(new Dimension(size[0], size[1]));
    }

    /** A small RFC 4180 reader: quoted cells with doubled quotes, commas and line breaks inside. */
    static final class Csv {
        private Csv() {
        }

        static List<List<String>> parse(String text) {
            List<List<String>> rows = new ArrayList<>();
            List<String> row = new ArrayList<>();
            StringBuilder cell = new StringBuilder();
            boolean quoted = false;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (quoted) {
                    if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        cell.append('"');
                        i++;
                    } else if (c == '"') {
                        quoted = false;
                    } else {
                        cell.append(c);
                    }
                } else if (c == '"') {
                    quoted = true;
                } else if (c == ',') {
                    row.add(cell.toString());
                    cell.setLength(0);
                } else if (c == '\r') {
                    continue;
                } else if (c == '\n') {
                    row.add(cell.toString());
                    cell.setLength(0);
                    rows.add(row);
                    row = new ArrayList<>();
                } else {
                    cell.append(c);
                }
            }
            if (quoted) {
                throw new IllegalArgumentException("unclosed quote");
            }
            if (cell.length() > 0 || !row.isEmpty()) {
                row.add(cell.toString());
                rows.add(row);
            }
            return rows;
        }
    }
}
