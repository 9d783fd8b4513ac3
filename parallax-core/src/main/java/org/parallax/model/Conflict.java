package org.parallax.model;

import java.util.List;
import java.util.Objects;

/** Outlets that disagree on one thing (a toll, a duration, a name), each position with its backers. */
public record Conflict(String id, String topic, List<Position> positions, String explanation) {
    public Conflict {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(topic, "topic");
        positions = List.copyOf(positions);
    }

    /**
     * One side of a conflict.
     *
     * @param claim     the claim that states it
     * @param documents the documents behind it
     * @param text      its value as written (distinct wordings joined by " / ")
     * @param sources   who the documents credit with it ("police", "witnesses"); empty when they speak for themselves
     */
    public record Position(String claim, List<String> documents, String text, List<String> sources) {
        public Position {
            documents = List.copyOf(documents);
            sources = List.copyOf(sources);
        }

        public Position(String claim, List<String> documents, String text) {
            this(claim, documents, text, List.of());
        }
    }
}
