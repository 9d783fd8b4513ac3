package org.parallax.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Turns what a user typed into a safe full-text query: the words are taken alone (letters, digits and
 * combining marks), all must match, and a trailing {@code *} on a word keeps prefix search. Search syntax in
 * the input (FTS5's or PostgreSQL's) is never interpreted, so no input can make the query fail to parse.
 */
final class SearchQuery {
    static final int MAX_TERMS = 16;

    /** One word, matched whole or as a prefix. */
    record Term(String word, boolean prefix) {
    }

    private SearchQuery() {
    }

    static List<Term> terms(String input) {
        List<Term> terms = new ArrayList<>();
        if (input == null) {
            return terms;
        }
        StringBuilder word = new StringBuilder();
        for (int i = 0; i <= input.length() && terms.size() < MAX_TERMS; i++) {
            char c = i < input.length() ? input.charAt(i) : ' ';
            if (isWordChar(c)) {
                word.append(c);
            } else if (word.length() > 0) {
                terms.add(new Term(word.toString(), c == '*'));
                word.setLength(0);
            }
        }
        return terms;
    }

    /** The FTS5 query (each word a quoted term), or empty when the input holds no words. */
    static Optional<String> of(String input) {
        List<Term> terms = terms(input);
        return terms.isEmpty() ? Optional.empty() : Optional.of(terms.stream()
                .map(t -> '"' + t.word() + '"' + (t.prefix() ? "*" : "")).collect(Collectors.joining(" ")));
    }

    /** The PostgreSQL tsquery text (each word a quoted lexeme, all joined by AND), or empty. */
    static Optional<String> tsquery(String input) {
        List<Term> terms = terms(input);
        // words hold no quote or backslash (letters, digits and marks only), so quoting cannot be escaped
        return terms.isEmpty() ? Optional.empty() : Optional.of(terms.stream()
                .map(t -> "'" + t.word() + "'" + (t.prefix() ? ":*" : "")).collect(Collectors.joining(" & ")));
    }

    // combining marks belong to the word (Devanagari vowel signs, decomposed accents)
    private static boolean isWordChar(char c) {
        int type = Character.getType(c);
        return Character.isLetterOrDigit(c) || type == Character.NON_SPACING_MARK
                || type == Character.COMBINING_SPACING_MARK;
    }
}
