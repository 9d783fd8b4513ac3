package org.parallax.model;

import java.util.Objects;

/**
 * A publication date: an ISO date ({@code 2025-11-01}), how it was found, and the text that shows it.
 */
public record Published(String date, How how, String evidence) {
    public Published {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(how, "how");
    }

    public enum How {
        /** Given with the input (JSON Lines field). */
        GIVEN,
        /** Written in the article or its page metadata. */
        STATED,
        /** Worked out from the article's own dates or from sibling articles. */
        INFERRED;

        @Override
        public String toString() {
            // the contract knows "stated" and "inferred"; given metadata is stated by the caller
            return this == INFERRED ? "inferred" : "stated";
        }
    }
}
