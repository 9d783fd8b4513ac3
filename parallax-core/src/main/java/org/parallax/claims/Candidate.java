package org.parallax.claims;

import org.parallax.model.Article;
import org.parallax.model.Sentence;

import java.util.List;

/** One check-worthy sentence of one article, before claims are grouped across articles. */
record Candidate(Article article, Sentence sentence, List<Quantities.Found> quantities, List<String> dates,
                 boolean negated) {
    Candidate {
        quantities = List.copyOf(quantities);
        dates = List.copyOf(dates);
    }

    String document() {
        return article.id();
    }

    String text() {
        return sentence.text();
    }
}
