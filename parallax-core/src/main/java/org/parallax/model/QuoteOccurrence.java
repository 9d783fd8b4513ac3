package org.parallax.model;

import java.util.List;
import java.util.Objects;

/**
 * One outlet's rendering of a quote: where it stands, who the outlet says spoke, and how it matches.
 *
 * @param speakerAsWritten the speaker as the outlet names it ("he", "the minister", "security sources")
 * @param speaker          the name the speaker resolves to in this article, or null when unknown
 * @param diff             word-level differences from the quote's canonical text (empty when verbatim)
 */
public record QuoteOccurrence(String document, String text, int start, int end, String speakerAsWritten,
                              Match match, String speaker, List<DiffPart> diff) {
    public QuoteOccurrence {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(match, "match");
        diff = List.copyOf(diff);
    }
}
