package org.parallax.model;

import java.util.List;
import java.util.Objects;

/** One statement across a story: its speaker, its fullest verbatim wording, and every occurrence. */
public record Quote(String id, Speaker speaker, String text, List<QuoteOccurrence> occurrences) {
    public Quote {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        occurrences = List.copyOf(occurrences);
    }
}
