package org.parallax.pipeline;

import org.junit.jupiter.api.Test;
import org.parallax.Parallax;
import org.parallax.ingest.ArticleCleaner;
import org.parallax.model.Article;
import org.parallax.model.RawArticle;
import org.parallax.model.Rejected;
import org.parallax.text.SentenceSplitter;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 18: an article whose analysis never ends is given up on after the limit, named, and the batch
 * goes on. The stuck stage waits on a latch the test opens at the end; no assertion is about how long
 * anything took.
 */
class TimeBoxedTest {
    private static final String TEXT = "Cranes stood still at Lindmark port on Tuesday as dockworkers walked out.";

    @Test
    void aStuckArticleIsSkippedWithALineAndTheRestOfTheBatchFinishes() {
        CountDownLatch never = new CountDownLatch(1);
        AtomicBoolean interrupted = new AtomicBoolean();
        // the other articles do no real work, so that only the stuck one can reach the limit on a busy machine
        Pipeline<RawArticle, Article> pipeline = Pipeline.start("make", (RawArticle raw) -> StageResult.ok(new Article(
                raw.id(), raw.source(), raw.original(), null, null, null, null, null, null, List.of(), List.of(),
                List.of(), List.of(), List.of(), List.of(), List.of()))).then("stuck", article -> {
            if (article.id().equals("stuck")) {
                try {
                    never.await(); // CoreNLP on a pathological sentence, as far as the batch can tell
                } catch (InterruptedException e) {
                    interrupted.set(true); // told, and may stop; a library that ignores it is abandoned anyway
                    Thread.currentThread().interrupt();
                }
            }
            return StageResult.ok(article);
        });
        List<RawArticle> raws = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            raws.add(new RawArticle(i == 2 ? "stuck" : "a" + i, "in/" + i + ".txt", TEXT));
        }
        List<Rejected> rejected = new ArrayList<>();
        List<Integer> progress = new ArrayList<>();
        try {
            List<Article> done = Parallax.prepare(pipeline, raws, rejected, progress::add, Duration.ofSeconds(1));
            assertThat(done).extracting(Article::id).containsExactly("a0", "a1", "a3", "a4", "a5");
            assertThat(rejected).singleElement().satisfies(r -> {
                assertThat(r.source()).isEqualTo("in/2.txt");
                assertThat(r.problem()).isEqualTo("article: analysis took longer than the limit of 1 s: skipped");
            });
            assertThat(progress).containsExactly(1, 2, 3, 4, 5, 6);
        } finally {
            never.countDown();
        }
    }

    @Test
    void underTheLimitArticlesRunAndFailAsWithout() {
        Pipeline<RawArticle, Article> pipeline = Pipeline.start("clean", new ArticleCleaner(new SentenceSplitter()));
        List<Rejected> rejected = new ArrayList<>();
        List<Article> done = Parallax.prepare(pipeline, List.of(new RawArticle("a", "a.txt", TEXT),
                new RawArticle("b", "b.txt", "   ")), rejected, n -> { }, Duration.ofMinutes(2));
        assertThat(done).extracting(Article::id).containsExactly("a");
        assertThat(rejected).singleElement().satisfies(r -> assertThat(r.problem()).isEqualTo("clean: no text"));
    }

    @Test
    void aStageThatThrowsIsThatInputsFailureOnly() {
        TimeBoxed<String, String> boxed = new TimeBoxed<>("upper", s -> {
            if (s.isEmpty()) {
                throw new IllegalStateException("empty");
            }
            return StageResult.ok(s.toUpperCase());
        }, 2, Duration.ofMinutes(1));
        List<StageResult<String>> out = boxed.applyAll(List.of("a", "", "c"), n -> { });
        assertThat(out.get(0).result()).contains("A");
        assertThat(out.get(1).problem()).startsWith("upper: internal error: java.lang.IllegalStateException: empty");
        assertThat(out.get(2).result()).contains("C");
        assertThat(boxed.abandoned()).isZero();
    }
}
