package org.parallax.model;

import java.util.Objects;

/** A piece of the original text that cleaning took out of the body, and why. */
public record Removed(Reason reason, String text, int start, int end) {
    public Removed {
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(text, "text");
    }

    /** Why a passage left the body; serialised in lower case as the report contract spells it. */
    public enum Reason {
        DUPLICATE, BOILERPLATE, TITLE, METADATA;

        @Override
        public String toString() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }
}
