package org.parallax.model;

/** One token as the tokenizer found it: its offsets into the original text and its word. */
public record Token(int start, int end, String word) {
}
