package org.parallax.time;

import org.junit.jupiter.api.Test;
import org.parallax.model.Article;
import org.parallax.model.Passage;
import org.parallax.model.Published;
import org.parallax.model.Sentence;
import org.parallax.model.Span;
import org.parallax.model.TimeExpression;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class PublicationDatesTest {
    private static Article article(String id, String date, String text, TimeExpression... times) {
        Span span = new Span(0, text.length());
        Published p = date == null ? null : new Published(date, Published.How.GIVEN, date);
        return new Article(id, id, text, null, null, p, null, null, null, List.of(), List.of(new Passage(0, span)),
                List.of(), List.of(new Sentence(0, 0, 0, text.length(), text, List.of())), List.of(times), List.of(), List.of());
    }

    private static TimeExpression at(String text, String phrase, String value) {
        int s = text.indexOf(phrase);
        return new TimeExpression(phrase, s, s + phrase.length(), value, "DATE");
    }

    private final Article monday = article("m", "2025-03-10", "The strike ended on Monday after union leaders met the board.");
    private final Article friday = article("f", "2025-03-14", "Port traffic was back to normal on Friday, a week after the strike.");

    @Test
    void theLatestDateAnArticleReportsIsItsDateWhenASiblingAgrees() {
        String text = "The union said on March 10 that the strike was over.";
        Optional<Published> p = PublicationDates.infer(article("x", null, text, at(text, "March 10", "XXXX-03-10")),
                List.of(monday, friday));
        assertThat(p).hasValueSatisfying(v -> {
            assertThat(v.date()).isEqualTo("2025-03-10");
            assertThat(v.how()).isEqualTo(Published.How.INFERRED);
            assertThat(v.evidence()).contains("March 10");
        });
    }

    @Test
    void aWeekdayInTheLeadPicksTheSiblingDateOfThatDay() {
        Optional<Published> p = PublicationDates.infer(article("x", null,
                "Union leaders confirmed on Friday that the port had reopened."), List.of(monday, friday));
        assertThat(p).hasValueSatisfying(v -> assertThat(v.date()).isEqualTo("2025-03-14"));
    }

    @Test
    void nothingToGoOnInfersNothing() {
        assertThat(PublicationDates.infer(article("x", null, "Nothing dated here."), List.of())).isEmpty();
    }
}
