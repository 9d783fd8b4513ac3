package org.parallax.time;

import org.junit.jupiter.api.Test;
import org.parallax.Parallax;
import org.parallax.model.Article;
import org.parallax.model.GivenMetadata;
import org.parallax.model.RawArticle;
import org.parallax.model.TimeExpression;
import org.parallax.model.UndatedTimes;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Resolving an undated article again against an inferred date reads again only the sentences whose
 * no-date reading could change; the answer is the one a full reading against that date gives.
 */
class ReanchoringTest {
    private static Article prepared(String id, String text, String date) {
        return Parallax.standardArticlePipeline().apply(new RawArticle(id, id + ".txt", text,
                new GivenMetadata(null, null, date, null, null), List.of())).result().orElseThrow();
    }

    @Test
    void readingAgainOnlyWhatADateChangesGivesTheFullReading() {
        String text = "Protesters gathered at dawn outside the ministry.\n\n"
                + "The law was passed on March 11, 2005, after 40 hours of debate.\n\n"
                + "The minister will speak on Saturday, his office said.\n\n"
                + "About 300 people signed the petition.";
        LocalDate anchor = LocalDate.of(2025, 5, 7);
        // read with no date first (as the times stage does for an undated article), then against a date
        Article undated = prepared("u", text, null);
        List<TimeExpression> again = new TimeResolver().resolve(undated, anchor);
        // the same text, dated from the start: it keeps no reading without a date, so SUTime reads it all
        List<TimeExpression> full = prepared("o", text, anchor.toString()).times();
        assertThat(again).extracting(TimeExpression::text, TimeExpression::value)
                .isEqualTo(full.stream().map(t -> tuple(t.text(), t.value())).toList());
        assertThat(again).extracting(TimeExpression::value).contains("2005-03-11", "PT40H");
        assertThat(again).anySatisfy(t -> assertThat(t.text()).isEqualTo("Saturday"));
    }

    @Test
    void anUndatedArticleKeepsItsReadingAndADateLaterReadsAgainOnlyTheSentencesItChanges() {
        String text = "The law was passed on March 11, 2005, after 40 hours of debate.\n\n"
                + "The minister will speak on Saturday, his office said.";
        Article undated = prepared("u", text, null);
        assertThat(undated.undatedTimes().sentences()).hasSize(2);
        assertThat(undated.undatedTimes().found()).extracting(TimeExpression::text, TimeExpression::value)
                .contains(tuple("March 11, 2005", "2005-03-11"), tuple("Saturday", "XXXX-WXX-6"));
        // the kept reading is what a later date starts from, in any process: mark the settled sentence's
        // date, and the mark comes back; the weekday's sentence is read again against the date
        List<TimeExpression> marked = undated.undatedTimes().found().stream()
                .map(t -> t.value() != null && t.value().equals("2005-03-11")
                        ? new TimeExpression(t.text(), t.start(), t.end(), "2005-03-12", t.type()) : t)
                .toList();
        Article kept = undated.withUndatedTimes(new UndatedTimes(undated.undatedTimes().sentences(), marked));
        List<TimeExpression> dated = new TimeResolver().resolve(kept, LocalDate.of(2025, 5, 7));
        assertThat(dated).extracting(TimeExpression::value).contains("2005-03-12").doesNotContain("2005-03-11", "XXXX-WXX-6");
        assertThat(dated).filteredOn(t -> t.text().equals("Saturday")).extracting(TimeExpression::value)
                .singleElement().asString().startsWith("2025-05-");
        // a dated article keeps none; one the story dates drops its own once read against that date
        assertThat(prepared("d", text, "2025-05-07").undatedTimes().sentences()).isEmpty();
        Article sibling = prepared("s", "The minister spoke on Saturday, May 10, 2025. " + text, "2025-05-10");
        List<Article> story = new PublicationDates().apply(org.parallax.model.Story.of("s", null, List.of(sibling, undated)))
                .result().orElseThrow().articles();
        assertThat(story.get(1).published()).isNotNull();
        assertThat(story.get(1).undatedTimes()).isEqualTo(UndatedTimes.NONE);
    }
}
