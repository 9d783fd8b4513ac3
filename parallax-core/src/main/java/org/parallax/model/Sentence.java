package org.parallax.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A sentence of an article's kept text, with offsets into the original text.
 *
 * @param index     position among the article's sentences, from 0
 * @param paragraph index of the paragraph (kept block) it belongs to
 * @param parse     its dependency tree, or null when the syntax stage did not parse it (see {@link #parsed()})
 */
public record Sentence(int index, int paragraph, int start, int end, String text, List<Token> tokens, Parse parse) {
    public Sentence {
        Objects.requireNonNull(text, "text");
        tokens = List.copyOf(tokens);
        if (parse != null && parse.size() != tokens.size()) {
            throw new IllegalArgumentException("a parse of " + parse.size() + " tokens for a sentence of " + tokens.size());
        }
    }

    /** A sentence before tagging and parsing. */
    public Sentence(int index, int paragraph, int start, int end, String text, List<Token> tokens) {
        this(index, paragraph, start, end, text, tokens, null);
    }

    /** The dependency tree, when the sentence was parsed. */
    public Optional<Parse> parsed() {
        return Optional.ofNullable(parse);
    }

    public Sentence withSyntax(List<Token> value, Parse tree) {
        return new Sentence(index, paragraph, start, end, text, value, tree);
    }

    /** From the position only, not the tokens: see {@link Article#hashCode()}. */
    @Override
    public int hashCode() {
        return (31 * index + start) * 31 + end;
    }

    public Span span() {
        return new Span(start, end);
    }

    /** The text of tokens {@code from..to} (inclusive), as written. */
    public String textOf(int from, int to) {
        return text.substring(tokens.get(from).start() - start, tokens.get(to).end() - start);
    }
}
