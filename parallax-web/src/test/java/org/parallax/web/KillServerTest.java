package org.parallax.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.Parallax;
import org.parallax.model.RawArticle;
import org.parallax.store.Store;
import org.parallax.store.TestStores;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The server process killed with SIGKILL while an upload is in flight, or while the background analysis
 * is working: after a restart every acknowledged article is there, no upload is there in part, and the
 * analysis picks up where it was (issue 17).
 */
class KillServerTest {
    static final int BATCH = 5;

    @TempDir
    Path data;

    /** A server process on the test's database, and its address once it printed it. */
    record Child(Process process, String base) implements AutoCloseable {
        static Child start(Path data, String analysis) throws IOException {
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            List<String> command = new ArrayList<>(List.of(java, "-Xmx2g", "-XX:-DontCompileHugeMethods", "-cp",
                    System.getProperty("java.class.path"), ServerMain.class.getName(), analysis));
            command.addAll(TestStores.arguments(data));
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
            String line = out.readLine();
            if (line == null || !line.startsWith("port ")) {
                p.destroyForcibly();
                throw new AssertionError("server did not start: " + line);
            }
            return new Child(p, "http://127.0.0.1:" + line.substring(5).strip());
        }

        void kill() throws InterruptedException {
            process.destroyForcibly(); // SIGKILL on Linux and macOS
            process.waitFor(10, TimeUnit.SECONDS);
        }

        @Override
        public void close() throws InterruptedException {
            kill();
        }
    }

    @Test
    void killNineDuringAnUploadLosesNoAcknowledgedArticleAndShowsNoHalfUpload() throws Exception {
        List<String> acknowledged = new ArrayList<>();
        HttpClient http = HttpClient.newHttpClient();
        try (Child server = Child.start(data, "fast")) {
            for (int b = 0; b < 3; b++) {
                HttpResponse<String> r = http.send(post(server.base(), b), HttpResponse.BodyHandlers.ofString());
                assertThat(r.statusCode()).as(r.body()).isEqualTo(202);
                TestServer.json(r).get("ids").forEach(id -> acknowledged.add(id.asText()));
            }
            CompletableFuture<HttpResponse<String>> inFlight = http.sendAsync(post(server.base(), 3), HttpResponse.BodyHandlers.ofString());
            Thread.sleep(15);
            server.kill();
            try {
                HttpResponse<String> r = inFlight.get(10, TimeUnit.SECONDS);
                if (r.statusCode() == 202) {
                    TestServer.json(r).get("ids").forEach(id -> acknowledged.add(id.asText()));
                }
            } catch (Exception killed) {
                // the connection died with the server: this upload was never acknowledged
            }
        }

        try (TestServer again = TestServer.fast(data)) {
            List<String> ids = again.app.library().articles().stream().map(RawArticle::id).toList();
            assertThat(ids).containsAll(acknowledged);
            assertThat(ids.size() % BATCH).as("no half upload: %s", ids).isZero();
            WebAppTest.awaitFirstPass(again);
            awaitIdle(again);
            JsonNode stories = TestServer.json(again.get("/api/stories")).get("stories");
            List<String> inStories = new ArrayList<>();
            stories.forEach(s -> s.get("documents").forEach(d -> inStories.add(d.asText())));
            assertThat(inStories).containsExactlyInAnyOrderElementsOf(ids);
        }
    }

    @Test
    void killNineDuringBackgroundAnalysisLosesNothingAndTheAnalysisResumes() throws Exception {
        List<String> acknowledged = new ArrayList<>();
        Set<String> jobs = new HashSet<>();
        HttpClient http = HttpClient.newHttpClient();
        try (Child server = Child.start(data, "standard")) {
            for (int b = 0; b < 3; b++) {
                HttpResponse<String> r = http.send(post(server.base(), b), HttpResponse.BodyHandlers.ofString());
                assertThat(r.statusCode()).as(r.body()).isEqualTo(202);
                TestServer.json(r).get("ids").forEach(id -> acknowledged.add(id.asText()));
                jobs.add(TestServer.json(r).get("job").asText());
            }
            // kill while articles are being analysed, after some of their analyses were kept
            long until = System.nanoTime() + TimeUnit.MINUTES.toNanos(4);
            int done = 0;
            while (System.nanoTime() < until && done < 2) {
                Thread.sleep(200);
                JsonNode a = status(http, server.base()).get("analysis");
                done = a.get("phase").asText().equals("articles") ? a.get("articles_done").asInt() : done;
            }
            assertThat(done).as("analysis under way before the kill").isGreaterThanOrEqualTo(2);
            Thread.sleep(2500);
            server.kill();
        }

        try (Store store = TestStores.open(data)) {
            assertThat(store.integrityCheck()).isEqualTo("ok");
            assertThat(store.articles()).extracting(RawArticle::id).containsAll(acknowledged);
        }
        try (TestServer again = TestServer.on(data)) {
            for (String job : jobs) {
                assertThat(again.awaitJob(job).get("state").asText()).isEqualTo("done");
            }
            // a pass marks its jobs done while it publishes, and counts its articles once published
            WebAppTest.awaitFirstPass(again);
            awaitIdle(again);
            JsonNode analysis = TestServer.json(again.get("/api/status")).get("analysis");
            assertThat(analysis.get("loaded_articles").asInt()).as("analyses kept before the kill are loaded: %s", analysis)
                    .isGreaterThanOrEqualTo(2);
            assertThat(analysis.get("loaded_articles").asInt() + analysis.get("analysed_articles").asInt())
                    .isEqualTo(acknowledged.size());
            List<String> inStories = new ArrayList<>();
            TestServer.json(again.get("/api/stories")).get("stories").forEach(s -> s.get("documents").forEach(d -> inStories.add(d.asText())));
            assertThat(inStories).containsExactlyInAnyOrderElementsOf(acknowledged);
        }
    }

    @Test
    void aSecondServerOnTheSameDatabaseRefusesWithAClearMessage() throws Exception {
        try (Child server = Child.start(data, "fast")) {
            assertThatThrownBy(() -> TestServer.fast(data)).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("is in use by another Parallax");
        }
        try (TestServer after = TestServer.fast(data)) {
            assertThat(after.get("/api/stories").statusCode()).isEqualTo(200);
        }
    }

    static JsonNode status(HttpClient http, String base) throws IOException, InterruptedException {
        return TestServer.json(http.send(HttpRequest.newBuilder(URI.create(base + "/api/status")).build(),
                HttpResponse.BodyHandlers.ofString()));
    }

    /** Waits until no job waits and the analysis is idle. */
    static void awaitIdle(TestServer server) throws InterruptedException {
        long until = System.nanoTime() + TimeUnit.MINUTES.toNanos(4);
        while (System.nanoTime() < until) {
            JsonNode s = TestServer.json(server.get("/api/status"));
            if (s.get("queued").asInt() == 0 && s.get("analysis").get("phase").asText().equals("idle")) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("analysis not idle after 4 minutes");
    }

    static HttpRequest post(String base, int batch) {
        ArrayNode body = TestServer.JSON.createArrayNode();
        for (int i = 0; i < BATCH; i++) {
            body.addObject().put("id", "b" + batch + "-" + i).put("outlet", "Outlet " + i)
                    .put("text", ("Dock workers in the northern port walked out on Monday over unpaid wages, union leaders said. "
                            + "Report " + batch + "." + i + " adds that talks with the port authority are set for Thursday.\n\n").repeat(20));
        }
        return HttpRequest.newBuilder(URI.create(base + "/api/articles")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build();
    }

    /**
     * The server process: prints its port, then serves until killed. Arguments: the analysis (fast, standard, or
     * paced: fast with 30 ms more per article, so that the analysis is at work whenever uploads come), then the
     * store's.
     */
    public static final class ServerMain {
        public static void main(String[] args) throws InterruptedException {
            WebConfig config = WebConfig.local(Path.of(args[1]), 0).withStore(TestStores.fromArguments(args, 1));
            java.util.function.Supplier<Parallax> parallax = switch (args[0]) {
                case "fast" -> Parallax::fast;
                case "paced" -> ServerMain::paced;
                default -> Parallax::standard;
            };
            WebApp app = WebApp.start(config, parallax);
            System.out.println("port " + app.port());
            System.out.flush();
            Thread.sleep(Long.MAX_VALUE);
        }

        static Parallax paced() {
            org.parallax.pipeline.Stage<RawArticle, RawArticle> pace = raw -> {
                try {
                    Thread.sleep(30);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return org.parallax.pipeline.StageResult.ok(raw);
            };
            return new Parallax(org.parallax.pipeline.Pipeline.start("pace", pace).then("clean", Parallax.clusterArticlePipeline()),
                    org.parallax.cluster.EventGrouper.tuned(), Parallax.fast().storyPipeline());
        }
    }
}
