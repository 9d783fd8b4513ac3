package org.parallax.model;

import java.util.Objects;

/** A passage of one document, quoted as written, with offsets into its original text. */
public record SourceText(String document, String text, int start, int end) {
    public SourceText {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(text, "text");
    }
}
