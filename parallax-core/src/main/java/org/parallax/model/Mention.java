package org.parallax.model;

import java.util.Objects;

/** A named-entity mention inside one article, with offsets into its original text. */
public record Mention(String text, int start, int end, EntityType type) {
    public Mention {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(type, "type");
    }
}
