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

    private void scriptedCheck(Path folder) {
        List<String> ids = new ArrayList<>();
        for (Path f : TestServer.textFiles(folder)) {
            String name = f.getFileName().toString();
            ids.add(name.substring(0, name.lastIndexOf('.')));
        }
        String storyId;
        try (TestServer server = TestServer.on(data)) {
            HttpResponse<String> posted = server.postJson("/api/articles", TestServer.textArticlesAsJson(folder));
            assertThat(posted.statusCode()).as(posted.body()).isEqualTo(201);
            assertThat(TestServer.json(posted).get("ids")).extracting(JsonNode::asText).containsExactlyElementsOf(ids);

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

            HttpResponse<String> hostile = server.postJson("/api/articles", TestServer.hostile());
            assertThat(hostile.statusCode()).isEqualTo(201);
            String hostileStory = TestServer.json(hostile).get("stories").get(0).asText();
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
            Set<String> stored = new HashSet<>();
            for (JsonNode s : TestServer.json(again.get("/api/stories")).get("stories")) {
                s.get("documents").forEach(d -> stored.add(d.asText()));
            }
            assertThat(stored).containsAll(ids).contains("hostile-1");
            assertThat(again.app.library().articles()).hasSize(ids.size() + 1);
            assertThat(TestServer.json(again.get("/api/stories/" + storyId)).get("documents").size())
                    .isGreaterThanOrEqualTo(ids.size());
            assertThat(TestServer.json(again.get("/api/search?q=" + "ferry")).get("hits").size()).isPositive();
        }
    }
}
