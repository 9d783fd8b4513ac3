package org.parallax.spark;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.junit.jupiter.api.Test;
import org.parallax.cluster.EventGrouper;
import org.parallax.cluster.SyntheticCorpus;
import org.parallax.cluster.dedup.CopyFinder;
import org.parallax.ingest.ArticleReader;
import org.parallax.model.Article;
import org.parallax.model.Copy;
import org.parallax.model.RawArticle;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Stories and copies at scale against one process, on articles generated from the dev articles. */
class ScaleClusteringTest {
    private static List<Article> generated(int n) {
        List<String> bases = new ArticleReader().readPath(TestSpark.shared().resolve("data/ecbplus-dev/articles.jsonl"))
                .articles().stream().map(RawArticle::original).toList();
        return new SyntheticCorpus(bases).generate(n, 5);
    }

    private static Dataset<ArticleRow> rows(List<Article> articles) {
        List<ArticleRow> rows = new ArrayList<>();
        for (int i = 0; i < articles.size(); i++) {
            rows.add(ArticleStage.row(i, articles.get(i), false));
        }
        return TestSpark.session().createDataset(rows, Encoders.bean(ArticleRow.class));
    }

    private static List<String> copies(ScaleClustering.Result r) {
        return r.copies().map(CopyRow::getJson).collect().stream().sorted().toList();
    }

    @Test
    void copiesAcrossBlocksAreThoseOfOneProcess() {
        List<Article> articles = generated(1500);
        List<String> expected = new CopyFinder().find(articles).stream().map(Codec::write).sorted().toList();
        ScaleClustering.Result small = ScaleClustering.run(TestSpark.session(), rows(articles),
                new ScaleClustering.Options(150, 5, 7, ScaleClustering.BORDER_SIMILARITY, 4));
        assertThat(small.stats().blocks()).isGreaterThan(5);
        assertThat(small.stats().crossBlockCopyPairs()).isPositive();
        assertThat(expected).hasSizeGreaterThan(50);
        assertThat(copies(small)).isEqualTo(expected);
        // the copy rows name the copying article by index
        Copy first = Codec.read(small.copies().first().getJson(), Copy.class);
        CopyRow row = small.copies().first();
        assertThat(articles.get(row.getCopy()).id()).isEqualTo(first.document());
    }

    @Test
    void oneBlockGivesTheStoriesOfOneProcess() {
        List<Article> articles = generated(1500);
        List<List<Article>> expected = EventGrouper.tuned().group(articles);
        ScaleClustering.Result r = ScaleClustering.run(TestSpark.session(), rows(articles), ScaleClustering.Options.defaults(4));
        assertThat(r.stats().blocks()).isEqualTo(1);
        long[] story = new long[articles.size()];
        r.storyOf().collect().forEach(t -> story[t._1()] = t._2());
        for (int s = 0; s < expected.size(); s++) {
            for (Article a : expected.get(s)) {
                assertThat(story[articles.indexOf(a)]).as(a.id()).isEqualTo(s);
            }
        }
        assertThat(r.stories()).isEqualTo(expected.size());
    }
}
