package org.parallax.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.model.RawArticle;
import org.parallax.store.Store;
import org.parallax.store.TestStores;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The fault suite (issue 18): in a bounded loop, a server process is killed with SIGKILL at a random moment
 * while two clients upload and the background analysis works; after each kill the database is checked
 * (integrity, every acknowledged article there, no upload there in part) and the next round's server must
 * publish an analysis pass before it is killed again, so the analysis resumes after every kill. A last
 * server left alone puts every stored article in a story and finishes every job. The server runs the fast
 * analysis with a pace per article (the storage and orchestration are what is under test, not the stages).
 */
class FaultSuiteTest {
    static final int ROUNDS = Integer.getInteger("parallax.faults.rounds", 20);
    static final int BATCH = 5;

    @TempDir
    Path data;

    @Test
    @Timeout(value = 40, unit = TimeUnit.MINUTES) // 20 server starts, each bounded below; 5 min on a quiet machine
    void killsAtRandomMomentsLoseNothingAcknowledgedKeepTheDatabaseSoundAndTheAnalysisResumes() throws Exception {
        Random random = new Random(18);
        Set<String> acknowledged = ConcurrentHashMap.newKeySet();
        AtomicInteger batches = new AtomicInteger();
        List<String> failures = new java.util.concurrent.CopyOnWriteArrayList<>();
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        int killedDuringAnalysis = 0;
        for (int round = 0; round < ROUNDS; round++) {
            String phaseAtKill;
            try (KillServerTest.Child server = KillServerTest.Child.start(data, "paced")) {
                awaitPass(http, server.base());
                AtomicBoolean stop = new AtomicBoolean();
                List<Thread> clients = new ArrayList<>();
                for (int c = 0; c < 2; c++) {
                    Thread t = new Thread(() -> {
                        while (!stop.get()) {
                            int b = batches.incrementAndGet();
                            try {
                                HttpResponse<String> r = http.send(upload(server.base(), b), HttpResponse.BodyHandlers.ofString());
                                if (r.statusCode() == 202) {
                                    TestServer.json(r).get("ids").forEach(id -> acknowledged.add(id.asText()));
                                } else if (r.statusCode() != 429) {
                                    failures.add(r.statusCode() + ": " + r.body());
                                }
                                // a pause as a client would make (longer when told to wait), so the store grows
                                // by some hundred articles a round and the analysis can keep up between kills
                                Thread.sleep(r.statusCode() == 429 ? 500 : 40 + ThreadLocalRandom.current().nextInt(80));
                            } catch (IOException e) {
                                return; // the server is gone: this upload was never acknowledged
                            } catch (InterruptedException e) {
                                return;
                            }
                        }
                    }, "fault-client-" + c);
                    t.setDaemon(true);
                    t.start();
                    clients.add(t);
                }
                Thread.sleep(200 + random.nextInt(2300));
                JsonNode status = KillServerTest.status(http, server.base());
                String phase = status.get("analysis").get("phase").asText();
                phaseAtKill = phase;
                killedDuringAnalysis += phase.equals("articles") || phase.equals("stories") || phase.equals("publishing") ? 1 : 0;
                server.kill();
                stop.set(true);
                for (Thread t : clients) {
                    t.join(TimeUnit.SECONDS.toMillis(30));
                }
            }
            try (Store store = TestStores.open(data)) {
                assertThat(store.integrityCheck()).as("round %d", round).isEqualTo("ok");
                Set<String> stored = new HashSet<>();
                store.articles().forEach(a -> stored.add(a.id()));
                assertThat(stored).as("round %d: every acknowledged article", round).containsAll(acknowledged);
                Map<String, Integer> perBatch = new HashMap<>();
                stored.forEach(id -> perBatch.merge(id.substring(0, id.lastIndexOf('-')), 1, Integer::sum));
                assertThat(perBatch.values()).as("round %d: no upload stored in part", round).allMatch(n -> n == BATCH);
                System.out.printf("fault round %d: killed while %s; %d articles acknowledged, %d stored, database ok%n",
                        round + 1, phaseAtKill, acknowledged.size(), stored.size());
            }
        }
        assertThat(failures).as("uploads answered other than 202 or 429").isEmpty();
        assertThat(killedDuringAnalysis).as("kills that hit the analysis at work").isPositive();

        try (TestServer last = new TestServer(WebConfig.local(data, 0), KillServerTest.ServerMain::paced)) {
            KillServerTest.awaitIdle(last);
            List<String> inStories = new ArrayList<>();
            TestServer.json(last.get("/api/stories")).get("stories").forEach(s -> s.get("documents").forEach(d -> inStories.add(d.asText())));
            List<String> stored = last.app.library().articles().stream().map(RawArticle::id).toList();
            assertThat(inStories).as("every stored article in exactly one story").containsExactlyInAnyOrderElementsOf(stored);
            assertThat(stored).containsAll(acknowledged);
            assertThat(TestServer.json(last.get("/api/status")).get("queued").asInt()).as("every job done").isZero();
        }
    }

    /** Waits for the first analysis pass a server publishes after it starts: the analysis has resumed. */
    private static void awaitPass(HttpClient http, String base) throws IOException, InterruptedException {
        long until = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
        while (KillServerTest.status(http, base).get("analysis").get("passes").asInt() < 1) {
            if (System.nanoTime() > until) {
                throw new AssertionError("no analysis pass after a restart");
            }
            Thread.sleep(50);
        }
    }

    private static HttpRequest upload(String base, int batch) {
        ArrayNode body = TestServer.JSON.createArrayNode();
        for (int i = 0; i < BATCH; i++) {
            body.addObject().put("id", "f" + batch + "-" + i).put("outlet", "Outlet " + i)
                    .put("text", "The council of town " + batch + " met on Monday and voted on the harbour plan, officials said. "
                            + "Report " + i + " adds that the vote in town " + batch + " was close.");
        }
        return HttpRequest.newBuilder(URI.create(base + "/api/articles")).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body.toString())).build();
    }
}
