package org.parallax.model;

/** A kept piece of an article's body: a range of the original text and the paragraph it belongs to. */
public record Passage(int paragraph, Span span) {
}
