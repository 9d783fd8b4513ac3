package org.parallax.claims;

import org.parallax.model.Article;
import org.parallax.model.Passage;
import org.parallax.model.Published;
import org.parallax.model.Sentence;
import org.parallax.model.Span;
import org.parallax.model.TimeExpression;

import java.util.ArrayList;
import java.util.List;

/** Small articles composed for the claims tests: one sentence per line, no models needed. */
final class Fixtures {
    private Fixtures() {
    }

    /** An article whose body is these sentences, one paragraph each, with the given times. */
    static Article article(String id, String outlet, String date, List<TimeExpression> times, String... sentences) {
        String original = String.join("\n\n", sentences);
        List<Passage> body = new ArrayList<>();
        List<Sentence> split = new ArrayList<>();
        int at = 0;
        for (int i = 0; i < sentences.length; i++) {
            Span span = new Span(at, at + sentences[i].length());
            body.add(new Passage(i, span));
            split.add(new Sentence(i, i, span.start(), span.end(), sentences[i], List.of()));
            at = span.end() + 2;
        }
        Published published = date == null ? null : new Published(date, Published.How.GIVEN, date);
        return new Article(id, id + ".txt", original, outlet, null, published, null, null, null, List.of(), body,
                List.of(), split, times, List.of(), List.of());
    }

    /** The candidate made of one sentence of an article, with these dates. */
    static Candidate candidate(String id, String sentence, String... dates) {
        Article a = article(id, id.toUpperCase(), "2025-10-29", List.of(), sentence);
        boolean negated = sentence.matches("(?i).*\\b(not|no|never|denied)\\b.*");
        return new Candidate(a, a.sentences().get(0), Quantities.find(sentence), List.of(dates), negated);
    }
}
