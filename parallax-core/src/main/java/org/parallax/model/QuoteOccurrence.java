package org.parallax.model;

import java.util.Objects;

/** One outlet's rendering of a quote: where it stands, who the outlet says spoke, and how it matches. */
public record QuoteOccurrence(String document, String text, int start, int end, String speakerAsWritten,
                              Match match) {
    public QuoteOccurrence {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(match, "match");
    }
}
