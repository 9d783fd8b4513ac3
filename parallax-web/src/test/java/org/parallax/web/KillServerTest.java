package org.parallax.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.Parallax;
import org.parallax.model.RawArticle;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The server process killed with SIGKILL while an upload is in flight: after a restart every
 * acknowledged upload is there, and no upload is there in part.
 */
class KillServerTest {
    static final int BATCH = 5;

    @TempDir
    Path data;

    @Test
    void killNineDuringAnUploadLosesNoAcknowledgedArticleAndShowsNoHalfUpload() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process server = new ProcessBuilder(java, "-Xmx1g", "-cp", System.getProperty("java.class.path"),
                ServerMain.class.getName(), data.toString()).redirectErrorStream(true).start();
        List<String> acknowledged = new ArrayList<>();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8));
            String line = out.readLine();
            assertThat(line).as("server start line").startsWith("port ");
            String base = "http://127.0.0.1:" + line.substring(5).strip();
            HttpClient http = HttpClient.newHttpClient();
            for (int b = 0; b < 3; b++) {
                HttpResponse<String> r = http.send(post(base, b), HttpResponse.BodyHandlers.ofString());
                assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
                TestServer.json(r).get("ids").forEach(id -> acknowledged.add(id.asText()));
            }
            CompletableFuture<HttpResponse<String>> inFlight = http.sendAsync(post(base, 3), HttpResponse.BodyHandlers.ofString());
            Thread.sleep(15);
            server.destroyForcibly();
            server.waitFor(10, TimeUnit.SECONDS);
            try {
                HttpResponse<String> r = inFlight.get(10, TimeUnit.SECONDS);
                if (r.statusCode() == 201) {
                    TestServer.json(r).get("ids").forEach(id -> acknowledged.add(id.asText()));
                }
            } catch (Exception killed) {
                // the connection died with the server: this upload was never acknowledged
            }
        } finally {
            server.destroyForcibly();
        }

        try (TestServer again = TestServer.on(data)) {
            List<String> ids = again.app.library().articles().stream().map(RawArticle::id).toList();
            assertThat(ids).containsAll(acknowledged);
            assertThat(ids.size() % BATCH).as("no half upload: %s", ids).isZero();
            JsonNode stories = TestServer.json(again.get("/api/stories")).get("stories");
            List<String> inStories = new ArrayList<>();
            stories.forEach(s -> s.get("documents").forEach(d -> inStories.add(d.asText())));
            assertThat(inStories).containsExactlyInAnyOrderElementsOf(ids);
        }
    }

    @Test
    void aSecondServerOnTheSameDataFolderRefusesWithAClearMessage() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process server = new ProcessBuilder(java, "-Xmx1g", "-cp", System.getProperty("java.class.path"),
                ServerMain.class.getName(), data.toString()).redirectErrorStream(true).start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8));
            assertThat(out.readLine()).as("server start line").startsWith("port ");
            assertThatThrownBy(() -> TestServer.on(data)).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("is in use by another Parallax process");
        } finally {
            server.destroyForcibly();
            server.waitFor(10, TimeUnit.SECONDS);
        }
        try (TestServer after = TestServer.on(data)) {
            assertThat(after.get("/api/stories").statusCode()).isEqualTo(200);
        }
    }

    private static HttpRequest post(String base, int batch) {
        ArrayNode body = TestServer.JSON.createArrayNode();
        for (int i = 0; i < BATCH; i++) {
            body.addObject().put("id", "b" + batch + "-" + i).put("outlet", "Outlet " + i)
                    .put("text", ("Dock workers in the northern port walked out on Monday over unpaid wages, union leaders said. "
                            + "Report " + batch + "." + i + " adds that talks with the port authority are set for Thursday.\n\n").repeat(20));
        }
        return HttpRequest.newBuilder(URI.create(base + "/api/articles")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build();
    }

    /** The server process: prints its port, then serves until killed. */
    public static final class ServerMain {
        public static void main(String[] args) throws InterruptedException {
            WebApp app = WebApp.start(WebConfig.local(Path.of(args[0]), 0), Parallax.standard());
            System.out.println("port " + app.port());
            System.out.flush();
            Thread.sleep(Long.MAX_VALUE);
        }
    }
}
