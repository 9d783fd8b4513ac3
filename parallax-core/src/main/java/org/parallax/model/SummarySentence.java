package org.parallax.model;

import java.util.List;
import java.util.Objects;

/** One sentence of a story's neutral summary and the documents it rests on. */
public record SummarySentence(String text, List<String> citations) {
    public SummarySentence {
        Objects.requireNonNull(text, "text");
        citations = List.copyOf(citations);
    }
}
