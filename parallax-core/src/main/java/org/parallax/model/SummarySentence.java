package org.parallax.model;

import java.util.List;
import java.util.Objects;

/**
 * One sentence of a story's neutral summary and the documents it rests on.
 *
 * @param passages the cited passage of each cited document, so a reader can jump to it
 */
public record SummarySentence(String text, List<String> citations, List<SourceText> passages) {
    public SummarySentence {
        Objects.requireNonNull(text, "text");
        citations = List.copyOf(citations);
        passages = List.copyOf(passages);
    }
}
