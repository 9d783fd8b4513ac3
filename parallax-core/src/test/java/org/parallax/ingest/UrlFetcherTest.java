package org.parallax.ingest;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parallax.TestData;
import org.parallax.model.RawArticle;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

/** Every request goes to a server on the loopback address, started for the test. */
class UrlFetcherTest {
    private HttpServer server;
    private String base;
    private final CountDownLatch release = new CountDownLatch(1);
    private volatile String userAgent;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(Executors.newFixedThreadPool(4));
        byte[] page = Files.readAllBytes(TestData.fixture("jsonld-page.html"));
        server.createContext("/robots.txt", ex -> send(ex, 200, "text/plain", "User-agent: *\nDisallow: /private/\n\nUser-agent: OtherBot\nDisallow: /\n".getBytes()));
        server.createContext("/story", ex -> {
            userAgent = ex.getRequestHeaders().getFirst("User-Agent");
            send(ex, 200, "text/html; charset=utf-8", page);
        });
        server.createContext("/gz", ex -> {
            ByteArrayOutputStream b = new ByteArrayOutputStream();
            try (OutputStream gz = new GZIPOutputStream(b)) {
                gz.write(page);
            }
            ex.getResponseHeaders().add("Content-Encoding", "gzip");
            send(ex, 200, "text/html", b.toByteArray());
        });
        server.createContext("/latin", ex -> send(ex, 200, "text/html; charset=ISO-8859-1",
                "<html><body><article><p>La grève continue au port de Lindmark, où les grues restent immobiles depuis mardi.</p></article></body></html>"
                        .getBytes(Charset.forName("ISO-8859-1"))));
        server.createContext("/moved", ex -> redirect(ex, "/story"));
        server.createContext("/loop", ex -> redirect(ex, "/loop"));
        server.createContext("/to-other-host", ex -> redirect(ex, "http://127.0.0.2:" + server.getAddress().getPort() + "/story"));
        server.createContext("/private/page", ex -> send(ex, 200, "text/html", page));
        server.createContext("/big", ex -> send(ex, 200, "text/html", ("<p>" + "strike ".repeat(100_000) + "</p>").getBytes()));
        server.createContext("/slow", ex -> {
            try {
                release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            send(ex, 200, "text/html", page);
        });
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @AfterEach
    void stop() {
        release.countDown();
        server.stop(0);
        ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
    }

    private static UrlFetcher local(long maxBytes) {
        return new UrlFetcher(Duration.ofSeconds(2), Duration.ofMillis(500), Duration.ofSeconds(5), maxBytes, true);
    }

    @Test
    void fetchesAPageFollowingARedirectWithAClearUserAgent() {
        ArticleReader reader = new ArticleReader(1_000_000, local(1_000_000));
        Batch b = reader.read(List.of(base + "/moved"), System.in);
        assertThat(b.rejected()).isEmpty();
        RawArticle a = b.articles().get(0);
        assertThat(a.source()).isEqualTo(base + "/moved");
        assertThat(a.id()).isEqualTo("127-0-0-1-" + server.getAddress().getPort() + "-story");
        assertThat(a.original()).contains("The temporary flood barrier along the River Alde held overnight");
        assertThat(userAgent).startsWith("Parallax/").contains("robots.txt");
    }

    @Test
    void decompressesGzipAndTakesTheCharsetFromTheHeader() {
        ArticleReader reader = new ArticleReader(1_000_000, local(1_000_000));
        assertThat(reader.readUrl(base + "/gz").articles().get(0).original()).contains("River Alde");
        RawArticle latin = reader.readUrl(base + "/latin").articles().get(0);
        assertThat(latin.original()).contains("La grève continue");
        assertThat(latin.warnings()).isEmpty();
    }

    @Test
    void refusesRedirectLoopsOversizedPagesSlowServersAndWhatRobotsTxtCloses() {
        UrlFetcher f = local(50_000);
        assertThat(f.fetch(base + "/loop").problem()).isEqualTo("more than 5 redirects");
        assertThat(f.fetch(base + "/big").problem()).contains("over the limit of 50000");
        assertThat(f.fetch(base + "/slow").problem()).startsWith("timed out");
        assertThat(f.fetch(base + "/private/page").problem()).contains("robots.txt", "does not allow");
        assertThat(f.fetch(base + "/nothing-here").problem()).isEqualTo("HTTP status 404");
    }

    @Test
    void refusesLoopbackAndPrivateAddressesUnlessAllowed() {
        UrlFetcher strict = new UrlFetcher(Duration.ofSeconds(1), Duration.ofSeconds(1), Duration.ofSeconds(2), 1000, false);
        assertThat(strict.fetch(base + "/story").problem()).contains("loopback, private or reserved address");
        assertThat(strict.fetch("http://10.1.2.3/x").problem()).contains("private");
        assertThat(strict.fetch("http://169.254.169.254/latest/meta-data").problem()).contains("private");
        assertThat(strict.fetch("http://[::1]:80/").problem()).contains("loopback");
        assertThat(strict.fetch("file:///etc/passwd").problem()).contains("only http and https");
    }

    @Test
    void aRedirectIsCheckedAgainSoAnAllowedPageCannotLeadIntoARefusedAddress() {
        // 127.0.0.1 stands for a public host here, the rest of 127/8 for the local network
        UrlFetcher f = new UrlFetcher(Duration.ofSeconds(2), Duration.ofMillis(500), Duration.ofSeconds(5), 1_000_000,
                a -> !a.getHostAddress().equals("127.0.0.1"));
        assertThat(f.fetch(base + "/story").ok()).isTrue();
        String other = "http://127.0.0.2:" + server.getAddress().getPort() + "/story";
        assertThat(f.fetch(base + "/to-other-host").problem()).isEqualTo("redirected to " + other
                + ": 127.0.0.2 is a loopback, private or reserved address (127.0.0.2); --allow-private-addresses fetches it anyway");
    }

    @Test
    void aFailedUrlIsOneRejectedInputAmongGoodOnes() {
        ArticleReader reader = new ArticleReader(1_000_000, local(1_000_000));
        Batch b = reader.read(List.of(base + "/story", base + "/nothing-here"), System.in);
        assertThat(b.articles()).hasSize(1);
        assertThat(b.rejected()).singleElement().satisfies(r -> {
            assertThat(r.source()).isEqualTo(base + "/nothing-here");
            assertThat(r.problem()).isEqualTo("HTTP status 404");
        });
    }

    @Test
    void robotsRulesPickTheLongestMatchAndThisCrawlersGroup() {
        Robots r = Robots.parse("User-agent: *\nDisallow: /news/\nAllow: /news/public/\n\nUser-agent: Parallax\nDisallow: /drafts/*.html$\n", "parallax");
        assertThat(r.allows("/news/x")).isTrue();
        assertThat(r.allows("/drafts/a.html")).isFalse();
        assertThat(r.allows("/drafts/a.html?x=1")).isTrue();
        Robots star = Robots.parse("User-agent: *\nDisallow: /news/\nAllow: /news/public/\n", "parallax");
        assertThat(star.allows("/news/x")).isFalse();
        assertThat(star.allows("/news/public/y")).isTrue();
    }

    private static void send(HttpExchange ex, int status, String type, byte[] body) throws IOException {
        ex.getResponseHeaders().add("Content-Type", type);
        ex.sendResponseHeaders(status, body.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(body);
        }
    }

    private static void redirect(HttpExchange ex, String to) throws IOException {
        ex.getResponseHeaders().add("Location", to);
        ex.sendResponseHeaders(302, -1);
        ex.close();
    }
}
