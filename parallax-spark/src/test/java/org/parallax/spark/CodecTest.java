package org.parallax.spark;

import org.junit.jupiter.api.Test;
import org.parallax.Parallax;
import org.parallax.ingest.ArticleReader;
import org.parallax.model.Article;
import org.parallax.model.Rejected;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CodecTest {
    @Test
    void analysedArticleRoundTripsExactly() {
        var batch = new ArticleReader().readPath(Path.of("../examples/harbour-strike"));
        List<Rejected> rejected = new ArrayList<>();
        List<Article> articles = Parallax.standard().prepare(batch.articles().subList(0, 2), rejected, done -> { });
        assertThat(articles).hasSize(2);
        for (Article a : articles) {
            assertThat(a.sentences()).isNotEmpty();
            assertThat(a.sentences().stream().anyMatch(s -> s.parse() != null)).isTrue();
            Article back = Codec.read(Codec.write(a), Article.class);
            assertThat(back).isEqualTo(a);
        }
    }
}
