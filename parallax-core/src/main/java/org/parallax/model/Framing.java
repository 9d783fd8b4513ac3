package org.parallax.model;

import java.util.List;
import java.util.Objects;

/**
 * How one document frames the story: loaded words in its own voice, actor labels, and its sourcing.
 *
 * @param namedSources   attributions to a named person or body ("Qureshi said")
 * @param agencies       news agencies the document credits or cites ("AP", "Reuters")
 * @param anonymousShare unnamed attributions among all attributions, 0 when there are none
 */
public record Framing(String document, List<LoadedTerm> loadedTerms, List<ActorLabel> labels,
                      List<SourceText> anonymousSources, List<SourceText> namedSources, List<String> agencies,
                      double anonymousShare) {
    public Framing {
        Objects.requireNonNull(document, "document");
        loadedTerms = List.copyOf(loadedTerms);
        labels = List.copyOf(labels);
        anonymousSources = List.copyOf(anonymousSources);
        namedSources = List.copyOf(namedSources);
        agencies = List.copyOf(agencies);
    }

    /** A loaded word or phrase in the outlet's own voice. */
    public record LoadedTerm(String text, int start, int end, String category) {
    }

    /** How a document names an entity, and how often. */
    public record ActorLabel(String entity, String asWritten, int count) {
    }
}
