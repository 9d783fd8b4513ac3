package org.parallax.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.Parallax;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A feed served by a local HTTP server is followed: its items become articles in stories, an unchanged
 * feed (304) costs no analysis, a changed one brings its new item, and a failing one is shown with backoff.
 */
class FeedFollowTest {
    @TempDir
    Path data;
    HttpServer feeds;
    final List<String> items = new ArrayList<>();
    volatile String etag = "\"v1\"";
    final AtomicInteger requests = new AtomicInteger();
    final AtomicInteger notModified = new AtomicInteger();

    @BeforeEach
    void serveFeeds() throws IOException {
        items.add(item("ferry-1", "Ferry runs aground off Kestrel Bay",
                "A passenger ferry ran aground off Kestrel Bay on Tuesday; all 40 passengers were rescued, the coastguard said."));
        items.add(item("ferry-2", "Coastguard rescues 40 from stranded ferry",
                "The coastguard rescued all 40 passengers of a ferry that ran aground in fog off Kestrel Bay on Tuesday."));
        feeds = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        feeds.createContext("/news.rss", x -> {
            requests.incrementAndGet();
            String tag = etag;
            if (tag.equals(x.getRequestHeaders().getFirst("If-None-Match"))) {
                notModified.incrementAndGet();
                x.getResponseHeaders().add("ETag", tag);
                x.sendResponseHeaders(304, -1);
                x.close();
                return;
            }
            byte[] body = rss().getBytes(StandardCharsets.UTF_8);
            x.getResponseHeaders().add("Content-Type", "application/rss+xml; charset=utf-8");
            x.getResponseHeaders().add("ETag", tag);
            x.sendResponseHeaders(200, body.length);
            try (OutputStream out = x.getResponseBody()) {
                out.write(body);
            }
        });
        feeds.createContext("/broken.rss", x -> {
            x.sendResponseHeaders(500, -1);
            x.close();
        });
        feeds.start();
    }

    @AfterEach
    void stop() {
        feeds.stop(0);
    }

    private String url(String path) {
        return "http://127.0.0.1:" + feeds.getAddress().getPort() + path;
    }

    private static String item(String id, String title, String text) {
        return "<item><title>" + title + "</title><link>https://news.example/" + id + "</link><pubDate>Tue, 03 Mar 2026 08:00:00 GMT</pubDate>"
                + "<description>" + text + "</description><content:encoded><![CDATA[<p>" + text + "</p><p>" + text
                + " Officials said an inquiry would follow.</p>]]></content:encoded></item>";
    }

    private synchronized String rss() {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\" xmlns:content=\"http://purl.org/rss/1.0/modules/content/\">"
                + "<channel><title>Kestrel Wire</title><link>https://news.example/</link><description>News</description>"
                + String.join("", items) + "</channel></rss>";
    }

    private TestServer server(boolean allowPrivate) {
        return new TestServer(WebConfig.local(data, 0).withFeeds(allowPrivate, Duration.ofSeconds(1)), Parallax::fast);
    }

    static JsonNode feed(TestServer server, String id) {
        for (JsonNode f : TestServer.json(server.get("/api/feeds")).get("feeds")) {
            if (f.get("id").asText().equals(id)) {
                return f;
            }
        }
        throw new AssertionError("no feed " + id);
    }

    static JsonNode await(TestServer server, String id, Predicate<JsonNode> done) throws InterruptedException {
        long until = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
        JsonNode f = feed(server, id);
        while (!done.test(f)) {
            if (System.nanoTime() > until) {
                throw new AssertionError("feed never got there: " + f);
            }
            Thread.sleep(100);
            f = feed(server, id);
        }
        return f;
    }

    static List<String> storyDocuments(TestServer server) {
        List<String> out = new ArrayList<>();
        TestServer.json(server.get("/api/stories")).get("stories").forEach(s -> s.get("documents").forEach(d -> out.add(d.asText())));
        return out;
    }

    @Test
    void aFollowedFeedsItemsBecomeStoriesAndAnUnchangedFeedCostsNoAnalysis() throws Exception {
        try (TestServer server = server(true)) {
            HttpResponse<String> added = server.postJson("/api/feeds", "{\"url\": \"" + url("/news.rss") + "\", \"interval\": 1}");
            assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
            String id = TestServer.json(added).get("id").asText();

            JsonNode f = await(server, id, x -> x.get("articles").asInt() == 2);
            assertThat(f.get("title").asText()).isEqualTo("Kestrel Wire");
            assertThat(f.get("last_status").asText()).contains("2 new");
            KillServerTest.awaitIdle(server);
            List<String> inStories = storyDocuments(server);
            assertThat(inStories).hasSize(2).allSatisfy(d -> assertThat(d).startsWith(id + "-"));

            JsonNode before = TestServer.json(server.get("/api/status")).get("analysis");
            int polls = notModified.get();
            await(server, id, x -> notModified.get() >= polls + 2);
            JsonNode unchanged = await(server, id, x -> x.get("last_status").asText().equals("not modified"));
            assertThat(unchanged.get("failures").asInt()).isZero();
            JsonNode after = TestServer.json(server.get("/api/status")).get("analysis");
            assertThat(after.get("analysed_articles").asInt()).as("a 304 costs no analysis").isEqualTo(before.get("analysed_articles").asInt());
            assertThat(after.get("passes").asInt()).as("nor a pass").isEqualTo(before.get("passes").asInt());
            assertThat(TestServer.json(server.get("/api/status")).get("queued").asInt()).isZero();

            synchronized (this) {
                items.add(item("ferry-3", "Ferry captain questioned after grounding",
                        "Investigators questioned the captain of the ferry that ran aground off Kestrel Bay, with all 40 passengers rescued."));
                etag = "\"v2\"";
            }
            await(server, id, x -> x.get("articles").asInt() == 3);
            KillServerTest.awaitIdle(server);
            assertThat(storyDocuments(server)).hasSize(3);
            JsonNode changed = TestServer.json(server.get("/api/status")).get("analysis");
            assertThat(changed.get("analysed_articles").asInt()).as("only the new item is analysed")
                    .isEqualTo(before.get("analysed_articles").asInt() + 1);

            assertThat(server.get("/feeds").body()).contains("Kestrel Wire").contains(url("/news.rss"));
            assertThat(server.get("/api/feeds").statusCode()).isEqualTo(200);
        }
    }

    @Test
    void aFailingFeedIsShownAndTriedLaterAndLater() throws Exception {
        try (TestServer server = server(true)) {
            String id = TestServer.json(server.postJson("/api/feeds", "{\"url\": \"" + url("/broken.rss") + "\", \"interval\": 1}"))
                    .get("id").asText();
            JsonNode f = await(server, id, x -> x.get("failures").asInt() >= 2);
            assertThat(f.get("last_error").asText()).contains("HTTP status 500");
            long wait = java.time.Instant.parse(f.get("next_poll").asText()).getEpochSecond()
                    - java.time.Instant.parse(f.get("last_poll").asText()).getEpochSecond();
            assertThat(wait).as("backoff: the interval doubles with each failure").isGreaterThanOrEqualTo(4);
            assertThat(server.get("/feeds").body()).contains("HTTP status 500");
        }
    }

    @Test
    void aFeedOnAPrivateAddressIsRefusedUnlessAllowed() throws Exception {
        try (TestServer server = server(false)) {
            String id = TestServer.json(server.postJson("/api/feeds", "{\"url\": \"" + url("/news.rss") + "\"}")).get("id").asText();
            JsonNode f = await(server, id, x -> x.get("failures").asInt() >= 1);
            assertThat(f.get("last_error").asText()).contains("loopback, private or reserved address");
            assertThat(requests.get()).isZero();
        }
    }

    @Test
    void feedRequestsAreChecked() {
        try (TestServer server = server(true)) {
            ApiTest.assertError(server.postJson("/api/feeds", "{\"url\": \"file:///etc/passwd\"}"), 400, "http or https");
            ApiTest.assertError(server.postJson("/api/feeds", "{\"url\": 5}"), 400, "send {");
            ApiTest.assertError(server.postJson("/api/feeds", "not json"), 400, "malformed JSON");
            ApiTest.assertError(server.post("/api/feeds/f-none/poll", "application/json", new byte[0]), 404, "no feed");
            HttpResponse<String> form = server.post("/feeds", "application/x-www-form-urlencoded",
                    ("url=" + java.net.URLEncoder.encode(url("/news.rss"), StandardCharsets.UTF_8) + "&interval=15")
                            .getBytes(StandardCharsets.UTF_8));
            assertThat(form.statusCode()).isEqualTo(303);
            assertThat(server.get("/feeds").body()).contains(url("/news.rss"));
        }
    }
}
