package org.parallax.web;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.Parallax;
import org.parallax.cluster.EventGrouper;
import org.parallax.model.RawArticle;
import org.parallax.model.Story;
import org.parallax.pipeline.Pipeline;
import org.parallax.pipeline.Stage;
import org.parallax.pipeline.StageResult;
import org.parallax.story.HeadlineStage;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An article that is analysed slowly blocks neither other uploads, nor their analysis, nor a restart
 * (issue 18); a full queue answers 429 with Retry-After (issue 17).
 */
class SlowArticleTest {
    @TempDir
    Path data;
    final CountDownLatch release = new CountDownLatch(1);

    /** The fast pipelines, except that an article saying SLOWLY waits for {@code release}. */
    private Parallax slow() {
        Stage<RawArticle, RawArticle> wait = raw -> {
            if (raw.original().contains("SLOWLY")) {
                try {
                    release.await(2, TimeUnit.MINUTES);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            return StageResult.ok(raw);
        };
        return new Parallax(Pipeline.start("wait", wait).then("clean", Parallax.clusterArticlePipeline()), EventGrouper.tuned(),
                Pipeline.start("headline", (Stage<Story, Story>) new HeadlineStage()));
    }

    private WebConfig config() {
        return WebConfig.local(data, 0).withAnalysis(1, Duration.ofSeconds(1)).withQueue(3);
    }

    private static String article(String id, String words) {
        return "{\"id\": \"" + id + "\", \"text\": \"" + words + " The council met on Monday and voted on the harbour plan.\"}";
    }

    @Test
    void aSlowArticleHoldsUpNothingElseAndAFullQueueSaysWhenToComeBack() throws Exception {
        Parallax parallax = slow();
        String slowJob;
        try (TestServer server = new TestServer(config(), parallax)) {
            slowJob = TestServer.json(server.postJson("/api/articles", article("slow-1", "SLOWLY written."))).get("job").asText();
            JsonNode quick = server.postAndWait(article("quick-1", "Quickly written."));
            assertThat(quick.get("stories")).hasSize(1);
            assertThat(TestServer.json(server.get("/api/jobs/" + slowJob)).get("state").asText())
                    .as("the quick article was done while the slow one still waits").isNotEqualTo("done");

            // the slow article still waits: two more fill the queue of three, and the next is told to come back
            server.postJson("/api/articles", article("slow-2", "SLOWLY again."));
            server.postJson("/api/articles", article("slow-3", "SLOWLY once more."));
            HttpResponse<String> full = server.postJson("/api/articles", article("one-too-many", "Quickly."));
            ApiTest.assertError(full, 429, "waiting for analysis");
            assertThat(full.headers().firstValue("Retry-After")).hasValueSatisfying(s -> assertThat(Long.parseLong(s)).isBetween(5L, 600L));
        }
        // a restart while the slow article still cannot finish: the server answers, and its stories are there
        try (TestServer again = new TestServer(config(), parallax)) {
            assertThat(again.get("/api/stories").statusCode()).isEqualTo(200);
            WebAppTest.awaitFirstPass(again);
            assertThat(FeedFollowTest.storyDocuments(again)).contains("quick-1");
            release.countDown();
            assertThat(again.awaitJob(slowJob).get("stories")).hasSize(1);
        }
    }
}
