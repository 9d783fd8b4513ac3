package org.parallax.model;

import java.util.List;
import java.util.Objects;

/** Outlets that disagree on one slot (a toll, a duration, who did what), each position with its backers. */
public record Conflict(String id, String topic, List<Position> positions, String explanation) {
    public Conflict {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(topic, "topic");
        positions = List.copyOf(positions);
    }

    /** One side of a conflict: the claim, the documents behind it and its wording. */
    public record Position(String claim, List<String> documents, String text) {
        public Position {
            documents = List.copyOf(documents);
        }
    }
}
