package org.parallax.claims;

import org.parallax.model.Sentence;

import java.util.List;
import java.util.Objects;

/**
 * One check-worthy sentence of one article, before claims are grouped across articles.
 *
 * @param document  the article's id
 * @param published the article's publication day (TIMEX3) or null
 * @param figures   the figures it states
 * @param dates     the calendar dates it gives (TIMEX3, day, month or year)
 * @param negated   it denies rather than asserts
 */
record Candidate(String document, String published, Sentence sentence, List<Figure> figures, List<String> dates,
                 boolean negated) {
    Candidate {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(sentence, "sentence");
        figures = List.copyOf(figures);
        dates = List.copyOf(dates);
    }

    String text() {
        return sentence.text();
    }

    /** One sentence of one document: position is identity (the record's lists would make hashing cost their size). */
    @Override
    public boolean equals(Object o) {
        return o instanceof Candidate c && c.document.equals(document) && c.sentence.index() == sentence.index();
    }

    @Override
    public int hashCode() {
        return 31 * document.hashCode() + sentence.index();
    }
}
