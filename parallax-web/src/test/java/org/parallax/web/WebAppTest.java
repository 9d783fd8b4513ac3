package org.parallax.web;

import com.fasterxml.jackson.databind.JsonNode;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The scripted check: a server on a free port with a temporary data folder; post a story's
 * articles as one JSON array; one story holds them all; its contract object has quotes and claims;
 * pages show a hostile article as text; after a restart every article is still there.
 */
class WebAppTest {
    @TempDir
    Path data;

    @Test
    void seedsBecomeOneStoryThatSurvivesRestart() {
        Assumptions.assumeTrue(Files.isDirectory(TestServer.seeds()), "../shared/seeds not present");
        scriptedCheck(TestServer.seeds());
    }

    @Test
    void fixtureArticlesBecomeOneStoryThatSurvivesRestart() {
        scriptedCheck(TestServer.fixtures());
    }

    /** The analysis status once the first pass after a start is published. */
    static JsonNode awaitFirstPass(TestServer server) {
        long until = System.nanoTime() + java.util.concurrent.TimeUnit.MINUTES.toNanos(3);
        while (System.nanoTime() < until) {
            JsonNode a = TestServer.json(server.get("/api/status")).get("analysis");
            if (a.get("passes").asInt() >= 1) {
                return a;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("no analysis pass within 3 minutes");
    }

    private void scriptedCheck(Path folder) {
        List<String> ids = new ArrayList<>();
        for (Path f : TestServer.textFiles(folder)) {
            String name = f.getFileName().toString();
            ids.add(name.substring(0, name.lastIndexOf('.')));
        }
        String storyId;
        try (TestServer server = TestServer.on(data)) {
            HttpResponse<String> posted = server.postJson("/api/articles", TestServer.textArticlesAsJson(folder));
            assertThat(posted.statusCode()).as(posted.body()).isEqualTo(202);
            assertThat(TestServer.json(posted).get("ids")).extracting(JsonNode::asText).containsExactlyElementsOf(ids);
            JsonNode job = server.awaitJob(TestServer.json(posted).get("job").asText());
            assertThat(job.get("stories")).hasSize(1);

            JsonNode stories = TestServer.json(server.get("/api/stories")).get("stories");
            JsonNode all = null;
            for (JsonNode s : stories) {
                Set<String> docs = new HashSet<>();
                s.get("documents").forEach(d -> docs.add(d.asText()));
                if (docs.containsAll(ids)) {
                    all = s;
                }
            }
            assertThat(all).as("one story holds every article: %s", stories).isNotNull();
            storyId = all.get("id").asText();
            assertThat(all.get("headline").isTextual()).isTrue();

            JsonNode story = TestServer.json(server.get("/api/stories/" + storyId));
            assertThat(story.get("id").asText()).isEqualTo(storyId);
            assertThat(story.get("quotes").isArray()).isTrue();
            assertThat(story.get("claims").isArray()).isTrue();
            assertThat(story.get("documents")).hasSize(ids.size());

            String hostileStory = server.postAndWait(TestServer.hostile()).get("stories").get(0).asText();
            for (String page : List.of("/", "/stories/" + storyId, "/stories/" + hostileStory, "/search?q=ferry+kestrel")) {
                HttpResponse<String> r = server.get(page);
                assertThat(r.statusCode()).isEqualTo(200);
                assertThat(r.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(
                        csp -> assertThat(csp).contains("script-src 'self'").doesNotContain("unsafe-inline"));
                HtmlChecks.assertNoInjectedMarkup(r.body());
            }
            Document page = HtmlChecks.assertNoInjectedMarkup(server.get("/stories/" + hostileStory).body());
            assertThat(page.text()).contains("<script>alert('xss')</script>").contains("onerror=alert(1)");
        }

        try (TestServer again = TestServer.on(data)) {
            // served from the store at once, before any model is loaded or anything analysed
            Set<String> stored = new HashSet<>();
            for (JsonNode s : TestServer.json(again.get("/api/stories")).get("stories")) {
                s.get("documents").forEach(d -> stored.add(d.asText()));
            }
            assertThat(stored).containsAll(ids).contains("hostile-1");
            assertThat(again.app.library().articles()).hasSize(ids.size() + 1);
            assertThat(TestServer.json(again.get("/api/stories/" + storyId)).get("documents").size())
                    .isGreaterThanOrEqualTo(ids.size());
            assertThat(TestServer.json(again.get("/api/search?q=" + "ferry")).get("hits").size()).isPositive();
            assertThat(again.get("/stories/" + storyId).statusCode()).isEqualTo(200);

            JsonNode analysis = awaitFirstPass(again);
            assertThat(analysis.get("analysed_articles").asInt()).as("stored analyses are loaded, not recomputed: %s", analysis)
                    .isZero();
            assertThat(analysis.get("analysed_stories").asInt()).as("%s", analysis).isZero();
            assertThat(analysis.get("loaded_articles").asInt()).isEqualTo(ids.size() + 1);
        }
    }
}
