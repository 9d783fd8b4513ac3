package org.parallax.ingest;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.junit.jupiter.api.Timeout;
import org.parallax.Spans;
import org.parallax.model.Article;
import org.parallax.model.RawArticle;
import org.parallax.pipeline.StageResult;
import org.parallax.text.SentenceSplitter;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Coverage-guided fuzzing of cleaning (header and footer lines, dates, bylines, credits, repeated
 * passages, the analysis budget) and the sentence split under it: any text gives a result, never an
 * exception, and every span of a cleaned article points at its text ({@link Spans}). Without
 * {@code JAZZER_FUZZ} the seeds in {@code ArticleCleanerFuzzTestInputs} run as regression tests.
 */
class ArticleCleanerFuzzTest {
    private static final ArticleCleaner CLEANER = new ArticleCleaner(new SentenceSplitter());

    @Timeout(60)
    @FuzzTest
    void anyTextCleansWithSpansOnItsText(byte[] bytes) {
        // the bytes as UTF-8, broken sequences replaced, as the readers give text
        String text = new String(bytes, StandardCharsets.UTF_8);
        StageResult<Article> r = CLEANER.apply(new RawArticle("fuzz", "fuzz.txt", text));
        assertThat(r).isNotNull();
        r.result().ifPresent(a -> {
            assertThat(text).startsWith(a.original());
            assertThat(Spans.of(a)).isEmpty();
        });
        if (!(r instanceof StageResult.Ok)) {
            assertThat(r.problem()).isNotBlank();
        }
    }
}
