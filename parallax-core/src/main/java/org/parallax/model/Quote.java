package org.parallax.model;

import java.util.List;
import java.util.Objects;

/**
 * One statement across a story: its speaker, its fullest verbatim wording, and every occurrence.
 *
 * @param speakerDisputed true when the occurrences give the statement to different speakers
 */
public record Quote(String id, Speaker speaker, String text, List<QuoteOccurrence> occurrences,
                    boolean speakerDisputed) {
    public Quote {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        occurrences = List.copyOf(occurrences);
    }
}
