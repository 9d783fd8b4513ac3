package org.parallax.model;

/**
 * One token as the tokenizer found it: its offsets into the original text and its word, and once the
 * syntax stage has run, its part of speech (Penn tag), lemma and named-entity label ({@code O} outside
 * names). Before that stage the three tags are null.
 */
public record Token(int start, int end, String word, String tag, String lemma, String ner) {

    /** A token before tagging. */
    public Token(int start, int end, String word) {
        this(start, end, word, null, null, null);
    }

    public Token withTags(String tag, String lemma, String ner) {
        return new Token(start, end, word, tag, lemma, ner);
    }

    /** The lemma, or the lower-cased word before tagging. */
    public String lemmaOrWord() {
        return lemma != null ? lemma : word.toLowerCase(java.util.Locale.ROOT);
    }

    public boolean isTag(String prefix) {
        return tag != null && tag.startsWith(prefix);
    }
}
