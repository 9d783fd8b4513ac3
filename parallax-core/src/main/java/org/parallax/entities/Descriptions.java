package org.parallax.entities;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Short descriptions of people from the text around a mention of them: a title before the name
 * ("Pakistan's Information Minister Farid Qureshi", "U.S. President Donald Trump") or an apposition
 * after it ("Abdul Mateen Qani, spokesman for the Interior Ministry, said"). A description must
 * contain a role word, so "On Tuesday, Smith" yields nothing. Pure functions; thread-safe.
 */
public final class Descriptions {
    /** Nouns that name what a person does; also how a text refers back to a person ("the minister"). */
    public static final Set<String> ROLES = org.parallax.internal.WordLists.set(Descriptions.class, "roles.txt");

    /** Honorifics and abbreviated titles before names, lower-cased, with the gender they state: 1 male, -1 female, 0 none. */
    public static final java.util.Map<String, Integer> HONORIFICS = genders(Descriptions.class, "honorifics.tsv");

    /** Common nouns for people, with the gender the noun states: 1 male, -1 female, 0 none ("mother", "neighbour"). */
    public static final java.util.Map<String, Integer> PERSONS = genders(Descriptions.class, "person-nouns.tsv");

    private static final int WINDOW = 120;
    private static final int MAX_LENGTH = 90;

    private Descriptions() {
    }

    /** A table of word (tab) m|f|- as word to 1, -1 or 0. */
    public static java.util.Map<String, Integer> genders(Class<?> owner, String resource) {
        java.util.Map<String, Integer> out = new java.util.HashMap<>();
        for (String[] cells : org.parallax.internal.WordLists.pairs(owner, resource)) {
            out.put(cells[0].toLowerCase(Locale.ROOT), switch (cells[1]) {
                case "m" -> 1;
                case "f" -> -1;
                default -> 0;
            });
        }
        return java.util.Map.copyOf(out);
    }

    /** True when the phrase holds a role word. */
    public static boolean hasRole(String phrase) {
        for (String w : phrase.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
            if (ROLES.contains(w) || (w.endsWith("s") && ROLES.contains(w.substring(0, w.length() - 1)))) {
                return true;
            }
        }
        return false;
    }

    /** The description of the name at {@code [start, end)} of {@code text}: a title before it, else an apposition after it. */
    public static Optional<String> around(String text, int start, int end) {
        Optional<String> title = before(text, start);
        return title.isPresent() ? title : after(text, end);
    }

    static Optional<String> before(String text, int start) {
        String window = text.substring(Math.max(0, start - WINDOW), start).stripTrailing();
        if (window.endsWith(",")) {
            window = window.substring(0, window.length() - 1).stripTrailing();
        }
        String[] words = window.split("\\s+");
        int first = words.length;
        for (int i = words.length - 1; i >= 0; i--) {
            String w = words[i];
            boolean last = i == words.length - 1;
            if (w.isEmpty() || (!last && endsClause(w))) {
                break;
            }
            // "CBS anchor Norah Vance", "Academy spokeswoman Leslie Unger": role words are often lower case
            if (Character.isUpperCase(w.charAt(0)) || Set.of("of", "for", "and").contains(w)
                    || ROLES.contains(w.toLowerCase(Locale.ROOT))) {
                first = i;
            } else {
                break;
            }
        }
        while (first < words.length && Set.of("of", "for", "and", "The").contains(words[first])) {
            first++;
        }
        if (first >= words.length) {
            return Optional.empty();
        }
        String phrase = String.join(" ", java.util.Arrays.copyOfRange(words, first, words.length));
        return phrase.length() <= MAX_LENGTH && hasRole(phrase) ? Optional.of(phrase) : Optional.empty();
    }

    static Optional<String> after(String text, int end) {
        String window = text.substring(end, Math.min(text.length(), end + WINDOW));
        if (!window.startsWith(", ")) {
            return Optional.empty();
        }
        int stop = window.length();
        for (int i = 2; i < window.length(); i++) {
            char c = window.charAt(i);
            if (c == ',' || c == ';' || c == '(' || c == '“' || c == '"' || c == '\n'
                    || (c == '.' && (i + 1 >= window.length() || Character.isWhitespace(window.charAt(i + 1))))) {
                stop = i;
                break;
            }
        }
        String phrase = window.substring(2, stop).strip();
        if (phrase.isEmpty() || phrase.length() > MAX_LENGTH || !hasRole(phrase)) {
            return Optional.empty();
        }
        return Optional.of(phrase.replaceFirst("^(the|a|an) ", ""));
    }

    private static boolean endsClause(String w) {
        char c = w.charAt(w.length() - 1);
        if (w.matches("(\\p{Lu}\\.)+")) {
            return false; // U.S., U.K.
        }
        return c == '.' || c == ',' || c == ';' || c == ':' || c == '!' || c == '?' || c == ')' || c == '”'
                || c == '"';
    }
}
