package org.parallax;

import org.junit.jupiter.api.Test;
import org.parallax.ingest.ArticleReader;
import org.parallax.model.Article;
import org.parallax.model.RawArticle;
import org.parallax.pipeline.StageResult;

import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Prepared articles stored as bytes come back equal; bytes that are not an analysis give nothing. */
class ArticleCodecTest {
    @Test
    void aPreparedArticleComesBackEqual() {
        List<RawArticle> raws = new ArticleReader().readPath(TestData.example("harbour-strike")).articles();
        assertThat(raws).isNotEmpty();
        for (RawArticle raw : raws.subList(0, 2)) {
            Article a = ((StageResult.Ok<Article>) Parallax.standardArticlePipeline().apply(raw)).value();
            assertThat(a.sentences()).anySatisfy(s -> assertThat(s.parse()).isNotNull());
            byte[] bytes = ArticleCodec.encode(a);
            assertThat(ArticleCodec.decode(bytes, raw)).contains(a);
            int vectors = a.meanings().size() * a.meanings().dimension() * 2;
            assertThat(bytes.length).as("compact").isLessThan(a.original().length() * 4 + vectors);
        }
    }

    @Test
    void anUndatedArticleKeepsItsTimeReadingThroughTheBytes() {
        RawArticle raw = new RawArticle("u", "u.txt", "Officials met on Saturday. The vote was held on March 11, 2005.");
        Article a = ((StageResult.Ok<Article>) Parallax.standardArticlePipeline().apply(raw)).value();
        assertThat(a.published()).isNull();
        assertThat(a.undatedTimes().found()).isNotEmpty();
        Article decoded = ArticleCodec.decode(ArticleCodec.encode(a), raw).orElseThrow();
        assertThat(decoded).isEqualTo(a);
        // a process that loads it and dates it reads what the process that made it would
        java.time.LocalDate date = java.time.LocalDate.of(2025, 5, 7);
        assertThat(new org.parallax.time.TimeResolver().resolve(decoded, date))
                .isEqualTo(new org.parallax.time.TimeResolver().resolve(a, date))
                .anySatisfy(t -> assertThat(t.value()).startsWith("2025-05-"));
    }

    @Test
    void aPreparedArticleCarriesTheVectorsTheStoryStagesWillAskFor() {
        RawArticle raw = new ArticleReader().readPath(TestData.example("harbour-strike")).articles().get(0);
        Article a = ((StageResult.Ok<Article>) Parallax.standardArticlePipeline().apply(raw)).value();
        List<String> compared = org.parallax.claims.ClaimStage.comparedTexts(a);
        assertThat(compared).isNotEmpty();
        assertThat(a.meanings().texts()).containsAll(compared);
        org.parallax.internal.Embeddings.forget();
        for (int i = 0; i < a.meanings().size(); i++) {
            assertThat(org.parallax.internal.Embeddings.embed(a.meanings().texts().get(i)))
                    .as("the model's own vector, to the bit").containsExactly(a.meanings().vector(i));
        }
        Article decoded = ArticleCodec.decode(ArticleCodec.encode(a), raw).orElseThrow();
        assertThat(decoded.meanings()).isEqualTo(a.meanings());
    }

    @Test
    void anArticleCutByTheBudgetKeepsItsShorterText() {
        RawArticle raw = new RawArticle("cut", "test", "The ferry left port on Monday, officials said.\n\nMore words follow here.");
        Article a = ((StageResult.Ok<Article>) Parallax.clusterArticlePipeline().apply(raw)).value();
        Article shorter = new Article(a.id(), a.source(), a.original().substring(0, 47), a.outlet(), a.title(), a.published(),
                a.dateline(), a.author(), a.url(), a.credits(), a.body().subList(0, 1), a.removed(), a.sentences().subList(0, 1),
                a.times(), a.mentions(), List.of("cut"));
        assertThat(ArticleCodec.decode(ArticleCodec.encode(shorter), raw)).contains(shorter);
    }

    @Test
    void damagedOrForeignBytesDecodeToNothing() {
        RawArticle raw = new RawArticle("x", "test", "Some text of an article.");
        Article a = ((StageResult.Ok<Article>) Parallax.clusterArticlePipeline().apply(raw)).value();
        byte[] bytes = ArticleCodec.encode(a);
        assertThat(ArticleCodec.decode(Arrays.copyOf(bytes, bytes.length / 2), raw)).isEmpty();
        assertThat(ArticleCodec.decode(new byte[]{1, 2, 3}, raw)).isEmpty();
        assertThat(ArticleCodec.decode(new byte[0], raw)).isEmpty();
        assertThat(ArticleCodec.decode(bytes, new RawArticle("x", "test", "short"))).as("text shorter than stored").isEmpty();
    }
}
