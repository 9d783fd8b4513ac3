package org.parallax.model;

import java.util.Objects;

/**
 * One piece of a word-level diff of a quote occurrence against the story's fullest verbatim form:
 * {@code same} words, words the outlet {@code ins}erted, or canonical words it {@code del}eted.
 */
public record DiffPart(String kind, String text) {
    public DiffPart {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
    }
}
