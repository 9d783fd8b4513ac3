package org.parallax.model;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A check-worthy statement grouped across a story's articles.
 *
 * @param independentSources how many independent outlets state it (copies of one wire story count once)
 * @param sourcing           the chain of sourcing: each independent origin and the documents behind it
 */
public record Claim(String id, String text, List<SourceText> sources, List<Quantity> quantities,
                    List<String> dates, int independentSources, Status status, List<Sourcing> sourcing) {
    public Claim {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(status, "status");
        sources = List.copyOf(sources);
        quantities = List.copyOf(quantities);
        dates = List.copyOf(dates);
        sourcing = List.copyOf(sourcing);
    }

    public Claim withStatus(Status value) {
        return new Claim(id, text, sources, quantities, dates, independentSources, value, sourcing);
    }

    public enum Status {
        CORROBORATED, SINGLE_SOURCE, DISPUTED;

        @Override
        public String toString() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }
}
