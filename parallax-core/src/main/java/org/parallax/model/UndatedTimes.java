package org.parallax.model;

import java.util.List;

/**
 * SUTime's reading of an undated article without a date: the sentences it read (those with a time cue) and
 * the expressions it found in them, before the news conventions are applied. The article keeps it so that
 * a publication date found later (story stage "published") sends to SUTime again only the sentences whose
 * reading depends on a date ("Saturday", "the next day"), in whichever process analyses the story: the
 * article's own pipeline, a server restarted since, or a Spark executor. {@link #NONE} for a dated article.
 *
 * @param sentences the sentences read, by span
 * @param found     the expressions SUTime found in them, offsets into the article's original text
 */
public record UndatedTimes(List<Span> sentences, List<TimeExpression> found) {
    /** Nothing read: a dated article, or one SUTime read as plain text (not through its tokens). */
    public static final UndatedTimes NONE = new UndatedTimes(List.of(), List.of());

    public UndatedTimes {
        sentences = List.copyOf(sentences);
        found = List.copyOf(found);
    }
}
