package org.parallax.model;

import java.util.List;
import java.util.Objects;

/** Which of a story's claims one document reports alone, and which corroborated ones it leaves out. */
public record Coverage(String document, List<String> exclusiveClaims, List<String> missingClaims) {
    public Coverage {
        Objects.requireNonNull(document, "document");
        exclusiveClaims = List.copyOf(exclusiveClaims);
        missingClaims = List.copyOf(missingClaims);
    }
}
