package org.parallax.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Turns what a user typed into a safe FTS5 query: each word becomes a quoted term, all must match, and
 * a trailing {@code *} on a word keeps prefix search. FTS5 operators and syntax in the input are never
 * interpreted, so no input can make the query fail to parse.
 */
final class SearchQuery {
    static final int MAX_TERMS = 16;

    private SearchQuery() {
    }

    /** The FTS5 query, or empty when the input holds no words. */
    static Optional<String> of(String input) {
        if (input == null) {
            return Optional.empty();
        }
        List<String> terms = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        for (int i = 0; i <= input.length() && terms.size() < MAX_TERMS; i++) {
            char c = i < input.length() ? input.charAt(i) : ' ';
            if (isWordChar(c)) {
                word.append(c);
            } else {
                if (word.length() > 0) {
                    terms.add('"' + word.toString() + '"' + (c == '*' ? "*" : ""));
                    word.setLength(0);
                }
            }
        }
        return terms.isEmpty() ? Optional.empty() : Optional.of(String.join(" ", terms));
    }

    // combining marks belong to the word (Devanagari vowel signs, decomposed accents)
    private static boolean isWordChar(char c) {
        int type = Character.getType(c);
        return Character.isLetterOrDigit(c) || type == Character.NON_SPACING_MARK
                || type == Character.COMBINING_SPACING_MARK;
    }
}
