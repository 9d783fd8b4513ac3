package org.parallax.model;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/** A dated event of a story, citing the documents and claims that date it. */
public record TimelineEvent(String date, Precision precision, String text, List<String> documents,
                            List<String> claims) {
    public TimelineEvent {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(precision, "precision");
        documents = List.copyOf(documents);
        claims = List.copyOf(claims);
    }

    public enum Precision {
        DAY, MONTH, YEAR;

        @Override
        public String toString() {
            return name().toLowerCase(Locale.ROOT);
        }
    }
}
