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
    void readsTheSyntaxStagesTokensAsItReadsTheText() {
        String text = "ISTANBUL - Talks began on Saturday in Istanbul and were due to end on Monday.\n"
                + "Both delegations said the meeting was useful. The army said on October 26 that two soldiers were "
                + "killed the day before.\nA four-day ceasefire agreed last week held overnight. Relations soured in "
                + "the 1990s and again in 2021, officials said. Nobody would comment.";
        List<TimeExpression> fromTokens = fromTokensAsFromText(text);
        assertThat(fromTokens).extracting(TimeExpression::text).contains("Saturday", "Monday", "October 26", "last week", "2021");
    }

    @Test
    void runsOfCountsAloneAreNotReadButTimesWrittenWithFiguresAre() {
        assertThat(bears("Police said 30 people , including 12 children , were hurt and $ 5 million , or 40 % , lost .")).isFalse();
        assertThat(bears("The fund fell 2.5 % to 1,250 points .")).isFalse();
        assertThat(bears("It was built in 1998 .")).isTrue();
        assertThat(bears("The class of ' 05 met .")).isTrue();
        assertThat(bears("The fire started at 4 p.m and spread .")).isTrue();
        assertThat(bears("They met at 3 pm .")).isTrue();
        assertThat(bears("Trading resumed Feb. 17 .")).isTrue();
        assertThat(bears("The 2008-09 season ended .")).isTrue();
        assertThat(bears("The vote is at 10:30 .")).isTrue();
        assertThat(bears("It happened on 12.03.2009 in Paris .")).isTrue();
        assertThat(bears("The train left at 0930 .")).isTrue();
        assertThat(bears("Doors open at 7.30 and 100,000 came .")).isFalse();
        assertThat(bears("Rome fell in 476 AD .")).isTrue();
        assertThat(TimeResolver.bearsTime(List.of(new org.parallax.model.Token(0, 0, ""), new org.parallax.model.Token(0, 2, "05")), 0, 2))
                .isFalse();

        String text = "Police said 30 people, including 12 children, were hurt and $5 million was lost.\n"
                + "The fire started at about 4 p.m. on Feb. 17 and was out by 8pm, 90 minutes later.\n"
                + "The class of '05 and the 2008-09 team were there. Shares fell 2.5% to 1,250.";
        List<TimeExpression> fromTokens = fromTokensAsFromText(text);
        assertThat(fromTokens).extracting(TimeExpression::text).contains("about 4 p.m. on Feb. 17", "'05", "2008-09");
    }

    /**
     * The times of the text read from the syntax stage's tokens, asserted equal to those SUTime finds in the
     * text itself (split into sentences only).
     */
    private static List<TimeExpression> fromTokensAsFromText(String text) {
        Article split = split(text);
        Article tagged = new org.parallax.text.SyntaxStage(false).apply(split).result().orElseThrow();
        List<TimeExpression> fromText = new TimeStage().apply(split).result().orElseThrow().times();
        List<TimeExpression> fromTokens = new TimeStage().apply(tagged).result().orElseThrow().times();
        assertThat(fromTokens).isEqualTo(fromText);
        return fromTokens;
    }

    /** A dated article of this text, split into sentences. */
    private static Article split(String text) {
        Article bare = article("2025-10-29", text);
        return bare.withSentences(new org.parallax.text.SentenceSplitter().split(text, bare.body()));
    }

    /** Whether a text split at spaces, as tokens, holds a time SUTime could find. */
    private static boolean bears(String tokens) {
        List<org.parallax.model.Token> list = new java.util.ArrayList<>();
        int at = 0;
        for (String w : tokens.split(" ")) {
            list.add(new org.parallax.model.Token(at, at + w.length(), w));
            at += w.length() + 1;
        }
        return TimeResolver.bearsTime(list, 0, list.size());
    }

    @Test
    void labelsTheTokensOfEveryTimeExpressionWithItsType() {
        String text = "Talks began on Saturday in Istanbul, Foreign Minister Hakan Fidan said.\n"
                + "A ceasefire agreed last week held overnight, and the talks could run for two weeks.";
        Article split = split(text);
        Article tagged = new org.parallax.text.SyntaxStage(false).apply(split).result().orElseThrow();
        Article timed = new TimeStage().apply(tagged).result().orElseThrow();
        java.util.Map<String, String> labels = new java.util.HashMap<>();
        timed.sentences().forEach(s -> s.tokens().forEach(t -> labels.put(t.word(), t.ner())));
        assertThat(labels).containsEntry("Saturday", "DATE").containsEntry("last", "DATE").containsEntry("week", "DATE")
                .containsEntry("overnight", "TIME").containsEntry("two", "DURATION").containsEntry("weeks", "DURATION")
                .containsEntry("Istanbul", "LOCATION").containsEntry("Fidan", "PERSON").containsEntry("ceasefire", "O");
        // names and their mentions are untouched: no weekday among the entities' mentions
        Article mentioned = new org.parallax.entities.MentionStage().apply(timed).result().orElseThrow();
        assertThat(mentioned.mentions()).extracting(m -> m.text()).contains("Istanbul", "Hakan Fidan").doesNotContain("Saturday");
    }

    @Test
    void sendsSutimeOnlySentencesWithATimeCue() {
        org.parallax.text.SentenceSplitter splitter = new org.parallax.text.SentenceSplitter();
        assertThat(TimeResolver.hasTimeCue(splitter.tokens("Both delegations said the meeting was useful."))).isFalse();
        assertThat(TimeResolver.hasTimeCue(splitter.tokens("They met again on Tuesdays."))).isTrue();
        assertThat(TimeResolver.hasTimeCue(splitter.tokens("A four-day ceasefire held."))).isTrue();
        assertThat(TimeResolver.hasTimeCue(splitter.tokens("It began in the 1990s."))).isTrue();
        assertThat(TimeResolver.hasTimeCue(splitter.tokens("Over the past centuries, little changed."))).isTrue();
        assertThat(TimeResolver.hasTimeCue("Strike enters third day")).isTrue();
        assertThat(TimeResolver.hasTimeCue("Port strike: union and authority trade figures")).isFalse();
    }

    @Test
    void garbageInNeverThrows() {
        for (String text : List.of("", "日本語 العربية Monday ¶ 2025-99-99 the day before", "word ".repeat(20_000))) {
            assertThat(new TimeStage().apply(article(null, text))).isInstanceOf(StageResult.Ok.class);
        }
    }
}
