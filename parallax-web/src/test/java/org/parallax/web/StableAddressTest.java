package org.parallax.web;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.Parallax;
import org.parallax.model.Article;
import org.parallax.model.Story;
import org.parallax.pipeline.Pipeline;
import org.parallax.pipeline.Stage;
import org.parallax.story.HeadlineStage;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Stable addresses (issue 17): a story keeps its id while it keeps most of its articles; when stories
 * merge, the old id answers with a permanent redirect to the story holding most of its articles, also
 * after a restart. The grouper here sorts by outlet, and the test decides which outlets go together.
 */
class StableAddressTest {
    @TempDir
    Path data;
    final Map<String, String> together = new ConcurrentHashMap<>();

    private Parallax byOutlet() {
        return new Parallax(Parallax.clusterArticlePipeline(), articles -> {
            Map<String, List<Article>> groups = new LinkedHashMap<>();
            for (Article a : articles) {
                groups.computeIfAbsent(together.getOrDefault(a.outlet(), a.outlet()), k -> new ArrayList<>()).add(a);
            }
            return new ArrayList<>(groups.values());
        }, Pipeline.start("headline", (Stage<Story, Story>) new HeadlineStage()));
    }

    private static String articles(String outlet, String... ids) {
        StringBuilder out = new StringBuilder("[");
        for (String id : ids) {
            out.append(out.length() > 1 ? "," : "").append("{\"id\": \"").append(id).append("\", \"outlet\": \"").append(outlet)
                    .append("\", \"text\": \"Report ").append(id).append(" from ").append(outlet)
                    .append(": the council met on Monday and voted on the harbour plan, officials said.\"}");
        }
        return out.append("]").toString();
    }

    private static String storyOf(TestServer server, String article) {
        for (JsonNode s : TestServer.json(server.get("/api/stories")).get("stories")) {
            for (JsonNode d : s.get("documents")) {
                if (d.asText().equals(article)) {
                    return s.get("id").asText();
                }
            }
        }
        throw new AssertionError("no story holds " + article);
    }

    @Test
    void aStoryKeepsItsAddressAsItGrowsAndAMergedOneRedirects() {
        String a;
        String b;
        Parallax parallax = byOutlet();
        try (TestServer server = new TestServer(WebConfig.local(data, 0), parallax)) {
            server.postAndWait(articles("A", "a1", "a2"));
            server.postAndWait(articles("B", "b1", "b2", "b3", "b4"));
            a = storyOf(server, "a1");
            b = storyOf(server, "b1");
            assertThat(a).isNotEqualTo(b);

            server.postAndWait(articles("A", "a3"));
            assertThat(storyOf(server, "a3")).as("grown, same address").isEqualTo(a);
            server.postAndWait(articles("A", "a1", "a2"));
            assertThat(storyOf(server, "a1")).as("the same articles posted again, same address").isEqualTo(a);

            together.put("A", "B");
            JsonNode job = server.postAndWait(articles("B", "b5"));
            assertThat(storyOf(server, "a1")).as("merged into the bigger story").isEqualTo(b);
            assertThat(job.get("stories")).extracting(JsonNode::asText).containsExactly(b);

            HttpResponse<String> page = server.get("/stories/" + a);
            assertThat(page.statusCode()).isEqualTo(301);
            assertThat(page.headers().firstValue("Location")).hasValue("/stories/" + b);
            HttpResponse<String> api = server.get("/api/stories/" + a);
            assertThat(api.statusCode()).isEqualTo(301);
            assertThat(api.headers().firstValue("Location")).hasValue("/api/stories/" + b);
            assertThat(TestServer.json(api).get("moved").asText()).isEqualTo(b);
            assertThat(server.get("/api/stories/" + a + "/status").headers().firstValue("Location"))
                    .hasValue("/api/stories/" + b + "/status");
        }
        try (TestServer again = new TestServer(WebConfig.local(data, 0), parallax)) {
            assertThat(again.get("/stories/" + a).headers().firstValue("Location")).as("after a restart too").hasValue("/stories/" + b);
            WebAppTest.awaitFirstPass(again);
            assertThat(storyOf(again, "a1")).isEqualTo(b);

            together.clear();
            again.postAndWait(articles("A", "a4"));
            assertThat(storyOf(again, "b1")).as("keeps most of its articles, keeps its address").isEqualTo(b);
            String split = storyOf(again, "a1");
            assertThat(split).as("a retired address is never given to another story").isNotIn(a, b);
            assertThat(again.get("/stories/" + a).headers().firstValue("Location")).isPresent();
        }
    }
}
