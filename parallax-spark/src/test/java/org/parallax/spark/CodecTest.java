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
        List<org.parallax.model.RawArticle> raws = new ArrayList<>(batch.articles().subList(0, 2));
        // undated: it carries SUTime's reading without a date across the boundary too
        raws.add(new org.parallax.model.RawArticle("u", "u.txt", "Officials met on Saturday. The vote was held on March 11, 2005."));
        List<Article> articles = Parallax.standard().prepare(raws, rejected, done -> { });
        assertThat(articles).hasSize(3);
        assertThat(articles.get(2).undatedTimes().found()).isNotEmpty();
        for (Article a : articles) {
            assertThat(a.sentences()).isNotEmpty();
            assertThat(a.sentences().stream().anyMatch(s -> s.parse() != null)).isTrue();
            Article back = Codec.read(Codec.write(a), Article.class);
            assertThat(back).isEqualTo(a);
        }
    }
}
