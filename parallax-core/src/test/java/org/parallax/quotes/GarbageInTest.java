package org.parallax.quotes;

import org.junit.jupiter.api.Test;
import org.parallax.entities.EntityStage;
import org.parallax.entities.MentionStage;
import org.parallax.model.Article;
import org.parallax.model.Story;
import org.parallax.pipeline.StageResult;

import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** Every stage of this feature returns a result, never an exception, whatever the text. */
class GarbageInTest {
    private static String random(int length, long seed) {
        Random r = new Random(seed);
        String alphabet = "abc XYZ “”\"'‘’,.;:!?()—\n\n\u0627\u0644\u4e2d\u6587 said he “ she told";
        StringBuilder out = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            out.append(alphabet.charAt(r.nextInt(alphabet.length())));
        }
        return out.toString();
    }

    private static List<String> inputs() {
        String quoteHeavy = "“Yes,” he said. “No.” ".repeat(3_000);
        return List.of("", " ", "“", "”””“““", "\"unclosed quote that never ends and runs on",
                "Mixed scripts: «Это цитата,» сказал он. 「引用」と彼は言った。 \u0627\u0644\u0633\u0644\u0627\u0645 “said” he.",
                random(3_000, 1), random(20_000, 2), quoteHeavy);
    }

    @Test
    void stagesReturnResultsOnGarbage() {
        int n = 0;
        for (String text : inputs()) {
            Article a = Stories.articleOrRaw("g" + n++, text);
            StageResult<Article> mentions = new MentionStage().apply(new org.parallax.text.SyntaxStage().apply(a).result().orElseThrow());
            assertThat(mentions).isNotNull();
            Story story = Story.of("s", null, List.of(mentions.result().orElse(a)));
            StageResult<Story> entities = new EntityStage().apply(story);
            assertThat(entities).isInstanceOf(StageResult.Ok.class);
            StageResult<Story> quotes = new QuoteStage().apply(entities.result().orElseThrow());
            assertThat(quotes).isInstanceOf(StageResult.Ok.class);
            for (var q : quotes.result().orElseThrow().quotes()) {
                for (var o : q.occurrences()) {
                    assertThat(a.original().substring(o.start(), o.end())).isEqualTo(o.text());
                }
            }
        }
    }

    @Test
    void anEmptyStoryHasNoQuotesOrEntities() {
        Story empty = Story.of("s", null, List.of());
        Story out = new QuoteStage().apply(new EntityStage().apply(empty).result().orElseThrow()).result().orElseThrow();
        assertThat(out.entities()).isEmpty();
        assertThat(out.quotes()).isEmpty();
    }
}
