package org.parallax.model;

import java.util.List;
import java.util.Objects;

/**
 * A sentence of an article's kept text, with offsets into the original text.
 *
 * @param index     position among the article's sentences, from 0
 * @param paragraph index of the paragraph (kept block) it belongs to
 */
public record Sentence(int index, int paragraph, int start, int end, String text, List<Token> tokens) {
    public Sentence {
        Objects.requireNonNull(text, "text");
        tokens = List.copyOf(tokens);
    }

    /** From the position only, not the tokens: see {@link Article#hashCode()}. */
    @Override
    public int hashCode() {
        return (31 * index + start) * 31 + end;
    }

    public Span span() {
        return new Span(start, end);
    }
}
