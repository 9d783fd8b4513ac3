package org.parallax.time;

import org.junit.jupiter.api.Test;
import org.parallax.model.Article;
import org.parallax.model.Passage;
import org.parallax.model.Published;
import org.parallax.model.Span;
import org.parallax.model.TimeExpression;
import org.parallax.pipeline.StageResult;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** One class loads SUTime (a few seconds); the rules themselves are tested without it in NewsRulesTest. */
class TimeStageTest {
    private static Article article(String date, String text) {
        return new Article("a", "a", text, null, null, date == null ? null : new Published(date, Published.How.GIVEN, date),
                null, null, null, List.of(), text.isEmpty() ? List.of() : List.of(new Passage(0, new Span(0, text.length()))),
                List.of(), List.of(), List.of(), List.of(), List.of());
    }

    @Test
    void resolvesNewsTimesAgainstThePublicationDate() {
        Article a = article("2025-10-29", "Talks began on Saturday in Istanbul. The army said on October 26 that "
                + "two soldiers were killed the day before. Relations soured in 2021.");
        List<TimeExpression> times = new TimeStage().apply(a).result().orElseThrow().times();
        assertThat(times).extracting(TimeExpression::value).contains("2025-10-25", "2025-10-26", "2021");
        assertThat(times).filteredOn(t -> t.text().equals("the day before")).singleElement()
                .satisfies(t -> assertThat(t.value()).isEqualTo("2025-10-25"));
        for (TimeExpression t : times) {
            assertThat(a.original().substring(t.start(), t.end())).isEqualTo(t.text());
        }
    }

    @Test
    void garbageInNeverThrows() {
        for (String text : List.of("", "日本語 العربية Monday ¶ 2025-99-99 the day before", "word ".repeat(20_000))) {
            assertThat(new TimeStage().apply(article(null, text))).isInstanceOf(StageResult.Ok.class);
        }
    }
}
