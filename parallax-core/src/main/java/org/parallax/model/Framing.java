package org.parallax.model;

import java.util.List;
import java.util.Objects;

/** How one document frames the story: loaded words in its own voice, actor labels, unnamed sources. */
public record Framing(String document, List<LoadedTerm> loadedTerms, List<ActorLabel> labels,
                      List<SourceText> anonymousSources) {
    public Framing {
        Objects.requireNonNull(document, "document");
        loadedTerms = List.copyOf(loadedTerms);
        labels = List.copyOf(labels);
        anonymousSources = List.copyOf(anonymousSources);
    }

    /** A loaded word or phrase in the outlet's own voice. */
    public record LoadedTerm(String text, int start, int end, String category) {
    }

    /** How a document names an entity, and how often. */
    public record ActorLabel(String entity, String asWritten, int count) {
    }
}
