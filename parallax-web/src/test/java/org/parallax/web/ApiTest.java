package org.parallax.web;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.Parallax;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The API's answers to good and bad requests: status codes, JSON error bodies, limits, the token. */
class ApiTest {
    @TempDir
    static Path data;
    static TestServer server;

    @BeforeAll
    static void start() {
        server = new TestServer(new WebConfig("127.0.0.1", 0, data, null, 64 * 1024, 16 * 1024), Parallax::fast);
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    static void assertError(HttpResponse<String> r, int status, String message) {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
        JsonNode error = TestServer.json(r).get("error");
        assertThat(error.get("status").asInt()).isEqualTo(status);
        assertThat(error.get("message").asText()).contains(message);
    }

    @Test
    void acceptsOneObjectPrettyPrinted() {
        HttpResponse<String> r = server.postJson("/api/articles", """
                {
                  "id": "single-1",
                  "outlet": "Test Wire",
                  "text": "A council in a small town approved a new bridge on Monday after a long debate."
                }""");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(202);
        assertThat(TestServer.json(r).get("ids").get(0).asText()).isEqualTo("single-1");
        assertThat(r.headers().firstValue("Location")).hasValue("/api/jobs/" + TestServer.json(r).get("job").asText());
    }

    @Test
    void acceptsJsonLines() {
        HttpResponse<String> r = server.post("/api/articles", "application/x-ndjson", """
                {"id": "line-1", "text": "The mayor opened the new library on Friday."}
                {"id": "line-2", "html": "<html><body><article><p>The mayor opened the new library on Friday, officials said.</p></article></body></html>"}
                """.getBytes(StandardCharsets.UTF_8));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(202);
        assertThat(TestServer.json(r).get("ids")).hasSize(2);
    }

    @Test
    void reportsArticlesItCouldNotRead() {
        HttpResponse<String> r = server.postJson("/api/articles", "[{\"id\": \"ok-1\", \"text\": \"Fine text here.\"}, {\"text\": \"no id\"}, 5]");
        assertThat(r.statusCode()).isEqualTo(202);
        JsonNode body = TestServer.json(r);
        assertThat(body.get("ids")).hasSize(1);
        assertThat(body.get("rejected")).hasSize(2);
        assertThat(body.get("rejected").get(0).get("problem").asText()).contains("no \"id\"");
    }

    @Test
    void theSameIdTwiceInOneRequestKeepsTheFirstAndSaysWhyTheSecondWasRefused() {
        HttpResponse<String> r = server.postJson("/api/articles", """
                [{"id": "twice-1", "text": "The ferry to the island was cancelled on Monday because of the storm."},
                 {"id": "twice-1", "text": "A different article that would have replaced the first one silently."}]""");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(202);
        JsonNode body = TestServer.json(r);
        assertThat(body.get("ids")).extracting(JsonNode::asText).containsExactly("twice-1");
        assertThat(body.get("rejected")).singleElement().satisfies(x ->
                assertThat(x.get("problem").asText()).contains("id \"twice-1\" is already used"));
        assertThat(server.app.library().articles()).filteredOn(a -> a.id().equals("twice-1")).singleElement()
                .satisfies(a -> assertThat(a.original()).contains("ferry to the island"));
    }

    @Test
    void idsWithBidiOrZeroWidthCharactersAreRefused() {
        HttpResponse<String> r = server.postJson("/api/articles",
                "[{\"id\": \"ok-bidi\", \"text\": \"Fine text here.\"}, {\"id\": \"evil\u202egnp.txt\", \"text\": \"Fine text.\"}]");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(202);
        assertThat(TestServer.json(r).get("rejected")).singleElement().satisfies(x ->
                assertThat(x.get("problem").asText()).contains("bidi"));
    }

    @Test
    void refusesBrokenOrNonJsonBodies() {
        assertError(server.postJson("/api/articles", "{\"id\": \"x\""), 400, "malformed JSON at line 1");
        assertError(server.postJson("/api/articles", "[{\"id\": \"x\", \"text\": \"y\"},"), 400, "malformed JSON");
        assertError(server.postJson("/api/articles", "{\n  \"id\": \"x\",\n  \"text\": \"y\"\n"), 400, "malformed JSON");
        assertError(server.postJson("/api/articles", "{\"text\": \"an article without its id\"}"), 422, "no article could be read");
        assertError(server.postJson("/api/articles", "just some words"), 400, "expected JSON");
        assertError(server.postJson("/api/articles", "   "), 400, "empty request");
        assertError(server.post("/api/articles", "image/png", new byte[]{1, 2, 3}), 415, "send JSON");
    }

    @Test
    void refusesJsonNestedTooDeepAndMetadataTooLong() {
        assertError(server.postJson("/api/articles", "[".repeat(40) + "]".repeat(40)), 400, "nested deeper than 32");
        assertError(server.postJson("/api/articles", "{\"id\": \"deep\", \"x\": " + "[".repeat(5000) + "]".repeat(5000) + "}"),
                400, "nested deeper");
        HttpResponse<String> r = server.postJson("/api/articles", "[{\"id\": \"long-title\", \"title\": \"" + "t".repeat(1001)
                + "\", \"text\": \"Some text.\"}, {\"id\": \"fine\", \"text\": \"Some other text.\"}]");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(202);
        assertThat(TestServer.json(r).get("rejected")).singleElement().satisfies(x ->
                assertThat(x.get("problem").asText()).contains("\"title\" is 1001 characters, over the limit of 1000"));
        assertError(server.postJson("/api/articles", "[{\"id\": \"" + "i".repeat(201) + "\", \"text\": \"x\"}]"), 422, "no article");
    }

    @Test
    void jobsAnswerWhatBecameOfAnUpload() {
        HttpResponse<String> r = server.postJson("/api/articles",
                "{\"id\": \"job-1\", \"text\": \"The mayor opened the new harbour bridge on Friday, officials said.\"}");
        String job = TestServer.json(r).get("job").asText();
        JsonNode done = server.awaitJob(job);
        assertThat(done.get("state").asText()).isEqualTo("done");
        assertThat(done.get("articles")).extracting(JsonNode::asText).containsExactly("job-1");
        assertThat(done.get("stories")).hasSize(1);
        String story = done.get("stories").get(0).asText();
        assertThat(TestServer.json(server.get("/api/stories/" + story)).get("documents")).extracting(JsonNode::asText).contains("job-1");
        assertError(server.get("/api/jobs/j-none"), 404, "no job j-none");
        assertError(server.get("/api/jobs/" + job + "?wait=1000"), 400, "wait must be");
        assertError(server.get("/api/jobs/%3Cscript%3E"), 404, "no such id");
        assertThat(server.get("/jobs/" + job).body()).contains("Added 1 article");
    }

    @Test
    void httpLayerErrorsAreJsonUnderApiAndCarryTheSecurityHeaders() throws Exception {
        String longPath = "/api/stories/" + "x".repeat(20_000);
        for (String path : new String[]{longPath, "/stories/" + "y".repeat(20_000)}) {
            TestServer.RawResponse raw = server.raw("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
            assertThat(raw.status()).as(raw.head()).isIn(414, 431, 400);
            assertThat(raw.head()).containsIgnoringCase("Content-Security-Policy: default-src 'none'")
                    .containsIgnoringCase("X-Content-Type-Options: nosniff");
            if (path.startsWith("/api/")) {
                assertThat(raw.head()).containsIgnoringCase("Content-Type: application/json");
                assertThat(TestServer.JSON.readTree(raw.body()).get("error").get("status").asInt()).isEqualTo(raw.status());
            }
        }
        TestServer.RawResponse bad = server.raw("GET /api/stories HTTP/1.1\r\nHost: 127.0.0.1\r\nBad Header\r\nConnection: close\r\n\r\n");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.head()).containsIgnoringCase("Content-Security-Policy");
        assertThat(bad.head()).containsIgnoringCase("application/json");
        TestServer.RawResponse header = server.raw("GET /api/stories HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Big: " + "z".repeat(40_000)
                + "\r\nConnection: close\r\n\r\n");
        assertThat(header.status()).isEqualTo(431);
        assertThat(header.head()).containsIgnoringCase("Content-Security-Policy");
    }

    @Test
    void refusesBodiesOverTheLimit() {
        TestServer.RawResponse r = server.announce("/api/articles", "application/json", 100_000);
        assertThat(r.status()).as(r.body()).isEqualTo(413);
        assertThat(r.body()).contains("over the limit");
    }

    @Test
    void refusesArticlesOverTheLimit() {
        String big = "{\"id\": \"big-article\", \"text\": \"" + "word ".repeat(5_000) + "\"}";
        HttpResponse<String> r = server.postJson("/api/articles", big);
        assertThat(r.statusCode()).isEqualTo(422);
        assertThat(TestServer.json(r).get("rejected").get(0).get("problem").asText()).contains("over the limit");
    }

    @Test
    void unknownThingsAreNotFoundInJson() {
        assertError(server.get("/api/stories/none-such"), 404, "no story none-such");
        assertError(server.get("/api/stories/" + "x".repeat(300)), 400, "an id is 1 to 200 characters");
        assertError(server.get("/api/nothing"), 404, "not found");
        assertThat(server.get("/stories/none-such").statusCode()).isEqualTo(404);
    }

    @Test
    void searchNeedsWordsAndTakesAnyText() {
        assertError(server.get("/api/search"), 400, "give the words");
        assertError(server.get("/api/search?q=x&limit=1000"), 400, "limit");
        for (String q : new String[]{"%22", "NEAR%28", "%3Cscript%3E", "%E0%A4%AA", "a*", "%27)%20OR%201%3D1"}) {
            assertThat(server.get("/api/search?q=" + q).statusCode()).isEqualTo(200);
        }
    }

    @Test
    void crossSiteWritesAreRefused() {
        assertError(server.postJson("/api/articles", "{}", "Origin", "http://evil.example"), 403, "cross-site");
        assertError(server.postJson("/api/articles", "{}", "Sec-Fetch-Site", "cross-site"), 403, "cross-site");
    }

    @Test
    void uploadsOfOtherFileTypesAreRefused() {
        String boundary = "----pxtest";
        String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\"../../etc/evil.exe\"\r\n"
                + "Content-Type: application/octet-stream\r\n\r\nMZ...\r\n"
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\"note.txt\"\r\n"
                + "Content-Type: text/plain\r\n\r\nThe harbour master closed the port on Sunday because of the storm.\r\n"
                + "--" + boundary + "--\r\n";
        HttpResponse<String> r = server.post("/ingest", "multipart/form-data; boundary=" + boundary,
                body.getBytes(StandardCharsets.UTF_8));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(303);
        String job = r.headers().firstValue("Location").orElseThrow();
        assertThat(job).startsWith("/jobs/j-");
        HttpResponse<String> page = server.get(job);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("file type .exe is not accepted").contains("Added 1 article");
        assertThat(server.app.library().articles()).anySatisfy(a -> assertThat(a.id()).isEqualTo("note"));
        assertThat(server.app.library().articles()).noneSatisfy(a -> assertThat(a.id()).contains("evil"));
    }

    @Test
    void offLoopbackNeedsAToken() {
        assertThatThrownBy(() -> new WebConfig("0.0.0.0", 0, data, null, 1, 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("--token");
        assertThatThrownBy(() -> new WebConfig("0.0.0.0", 0, data, "short", 1, 1))
                .hasMessageContaining("at least 16");
        assertThat(new WebConfig("0.0.0.0", 0, data, "a-long-enough-secret", 1, 1).loopback()).isFalse();
        assertThat(WebConfig.isLoopback("127.0.0.1")).isTrue();
        assertThat(WebConfig.isLoopback("::1")).isTrue();
        assertThat(WebConfig.isLoopback("example.com")).isFalse();
    }

    @Test
    void aTokenIsCheckedOnEveryRequest(@TempDir Path other) {
        String token = "0123456789abcdef-secret";
        try (TestServer guarded = new TestServer(new WebConfig("127.0.0.1", 0, other, token,
                WebConfig.DEFAULT_MAX_REQUEST, WebConfig.DEFAULT_MAX_ARTICLE), Parallax::fast)) {
            assertError(guarded.get("/api/stories"), 401, "token");
            assertThat(guarded.get("/").statusCode()).isEqualTo(401);
            assertThat(guarded.get("/static/app.js").statusCode()).isEqualTo(401);
            assertError(guarded.get("/api/stories", "Authorization", "Bearer wrong-token-wrong-token"), 401, "token");
            assertThat(guarded.get("/api/stories", "Authorization", "Bearer " + token).statusCode()).isEqualTo(200);
            HttpResponse<String> login = guarded.get("/?token=" + token);
            assertThat(login.statusCode()).isEqualTo(302);
            assertThat(login.headers().firstValue("Location")).hasValue("/");
            HttpResponse<String> deep = guarded.get("/search?q=ferry+kestrel&token=" + token + "&page=2");
            assertThat(deep.headers().firstValue("Location")).as("the rest of the address is kept").hasValue("/search?q=ferry+kestrel&page=2");
            String cookie = login.headers().firstValue("Set-Cookie").orElseThrow();
            assertThat(cookie).contains("HttpOnly").contains("SameSite=Strict");
            assertThat(guarded.get("/", "Cookie", cookie.substring(0, cookie.indexOf(';'))).statusCode()).isEqualTo(200);
        }
    }

    @Test
    void onlyLocalHostNamesAreServedOnLoopback() {
        assertThat(Guard.localHost("127.0.0.1:7878")).isTrue();
        assertThat(Guard.localHost("localhost")).isTrue();
        assertThat(Guard.localHost("[::1]:80")).isTrue();
        assertThat(Guard.localHost("attacker.example:7878")).isFalse();
        assertThat(Guard.localHost("127.0.0.1.attacker.example")).isFalse();
        assertThat(Guard.localHost(null)).isFalse();
    }
}
