package org.parallax.report;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.parallax.Parallax;
import org.parallax.TestData;
import org.parallax.ingest.ArticleReader;
import org.parallax.model.RawArticle;
import org.parallax.model.Report;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ReportsTest {
    private static final String HOSTILE = "<script>alert('x')</script> Breaking\n\n"
            + "Officials said <img src=x onerror=alert(1)> the vote was delayed until Friday, \"pending review\" & more.";

    private static Report hostileReport() {
        return Parallax.standard().analyze(new org.parallax.ingest.Batch(
                List.of(new RawArticle("<b>id</b>", "<i>src</i>", HOSTILE)), List.of()));
    }

    @Test
    void htmlEscapesEveryPieceOfArticleText() {
        String html = HtmlReport.write(hostileReport());
        assertThat(html).doesNotContain("<script>alert", "<img src=x", "<b>id</b>", "<i>src</i>")
                .contains("&lt;img src=x onerror=alert(1)&gt;").contains("&lt;b&gt;id&lt;/b&gt;");
        assertThat(html).contains("Content-Security-Policy");
    }

    @Test
    void markdownNeutralisesMarkup() {
        assertThat(MarkdownReport.write(hostileReport())).doesNotContain("<img", "<script");
    }

    @Test
    void jsonHasEveryContractSectionForTheExampleStory() {
        Report report = Parallax.standard().analyze(new ArticleReader().readPath(TestData.example("harbour-strike")));
        JsonNode root = JsonReport.toTree(report);
        assertThat(root.get("generator").asText()).isEqualTo("parallax 0.1.0");
        assertThat(root.get("documents")).hasSize(5);
        JsonNode doc = root.get("documents").get(1);
        assertThat(doc.fieldNames()).toIterable().contains("id", "source", "outlet", "title", "published", "dateline",
                "text", "removed", "times");
        assertThat(doc.get("published").get("how").asText()).isEqualTo("stated");
        assertThat(doc.get("removed").get(0).fieldNames()).toIterable().contains("reason", "text", "start", "end");
        assertThat(root.get("stories")).hasSize(1);
        JsonNode story = root.get("stories").get(0);
        assertThat(story.fieldNames()).toIterable().contains("id", "headline", "documents", "entities", "quotes", "claims",
                "conflicts", "timeline", "framing", "coverage", "summary");
        assertThat(story.get("documents")).hasSize(5);
        assertThat(root.get("rejected")).isEmpty();
    }
}
