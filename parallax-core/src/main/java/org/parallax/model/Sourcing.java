package org.parallax.model;

import java.util.List;
import java.util.Objects;

/**
 * One independent origin of a claim and the documents that carry it: a wire story copied by several
 * outlets, a press statement quoted by several, or one outlet's own reporting.
 *
 * @param origin who the documents got it from ("Reuters", "a shared wire text", or the outlet itself)
 * @param how    what shows it ("according to Reuters", "copied passage", "own reporting")
 */
public record Sourcing(String origin, String how, List<String> documents) {
    public Sourcing {
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(how, "how");
        documents = List.copyOf(documents);
    }
}
