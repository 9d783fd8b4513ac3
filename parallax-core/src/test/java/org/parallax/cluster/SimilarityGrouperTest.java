package org.parallax.cluster;

import org.junit.jupiter.api.Test;
import org.parallax.Parallax;
import org.parallax.TestData;
import org.parallax.ingest.ArticleReader;
import org.parallax.ingest.Batch;
import org.parallax.model.Article;
import org.parallax.pipeline.Pipeline;
import org.parallax.pipeline.Stage;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SimilarityGrouperTest {
    private static List<Article> clean(Batch batch) {
        Parallax cleanOnly = new Parallax(Parallax.standardArticlePipeline().then("noop", Stage.of(a -> a)),
                SimilarityGrouper.tuned(), Pipeline.start("noop", Stage.of(s -> s)));
        return cleanOnly.prepare(batch.articles(), new ArrayList<>(), n -> { });
    }

    @Test
    void keepsOneEventTogetherAndUnrelatedEventsApart() {
        ArticleReader reader = new ArticleReader();
        Batch batch = reader.readPath(TestData.example("harbour-strike"))
                .plus(reader.readPath(TestData.fixture("jsonld-page.html")))
                .plus(reader.readPath(TestData.fixture("og-only.html")))
                .plus(reader.readPath(TestData.fixture("hard-wrapped.txt")));
        List<List<Article>> groups = SimilarityGrouper.tuned().group(clean(batch));
        assertThat(groups).hasSize(4);
        assertThat(groups.get(0)).extracting(Article::id)
                .containsExactly("01-courier", "02-coastline", "03-nws", "04-harbour-voice", "05-meridian");
    }

    @Test
    void theSeedsAreOneStory() {
        List<List<Article>> groups = SimilarityGrouper.tuned().group(clean(new ArticleReader().readPath(TestData.seeds())));
        assertThat(groups).hasSize(1);
    }

    @Test
    void noArticlesNoStories() {
        assertThat(SimilarityGrouper.tuned().group(List.of())).isEmpty();
    }
}
