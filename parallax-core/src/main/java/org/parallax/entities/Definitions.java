package org.parallax.entities;

import org.parallax.model.Article;
import org.parallax.model.Passage;
import org.parallax.model.Span;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names a text itself declares to be the same: an acronym defined in parentheses ("Inter-Services
 * Public Relations (ISPR)", "Jabhat al-Wadi (TTP)") and alias constructions ("TTP, alias Jabhat
 * al-Khawarij", "also known as", "a.k.a."). Pure functions; thread-safe.
 */
final class Definitions {
    /** Two spans of an article's original text that name the same thing. */
    record Pair(Span name, Span alias) {
    }

    /** "(ISPR)", and a company's stock ticker "(NASDAQ: ORBT)". */
    private static final Pattern ACRONYM = Pattern.compile("\\((?:\\p{Lu}{2,7}:\\s*)?([\\p{Lu}][\\p{Lu}0-9&.]{1,7})\\)");
    private static final Pattern ALIAS = Pattern.compile(
            ",?\\s+(?:alias|also known as|better known as|a\\.k\\.a\\.?|aka|also called)\\s+",
            Pattern.CASE_INSENSITIVE);
    private static final int MAX_WORDS = 6;

    private Definitions() {
    }

    static List<Pair> find(Article article) {
        List<Pair> out = new ArrayList<>();
        String text = article.original();
        for (Passage p : article.body()) {
            int lo = p.span().start();
            int hi = p.span().end();
            Matcher m = ACRONYM.matcher(text).region(lo, hi);
            while (m.find()) {
                Span acronym = new Span(m.start(1), m.end(1));
                if (!Names.isAcronym(acronym.of(text))) {
                    continue;
                }
                Span name = trimmed(article, nameBefore(text, lo, m.start()));
                if (name != null && (name.of(text).contains(" ") || Names.initials(name.of(text))
                        .equals(acronym.of(text).replaceAll("[^\\p{Lu}]", ""))
                        || lettersInOrder(acronym.of(text), name.of(text)))) {
                    out.add(new Pair(name, acronym));
                }
            }
            Matcher a = ALIAS.matcher(text).region(lo, hi);
            while (a.find()) {
                int end = a.start();
                // "Tehreek-e-Taliban Pakistan (TTP), alias ...": the alias names the defined thing
                Matcher paren = Pattern.compile("\\(([^()]{2,10})\\)\\s*$").matcher(text.substring(lo, end));
                Span first = paren.find() ? new Span(lo + paren.start(1), lo + paren.end(1))
                        : trimmed(article, nameBefore(text, lo, end));
                Span second = nameAfter(text, a.end(), hi);
                if (first != null && second != null) {
                    out.add(new Pair(first, second));
                }
            }
        }
        return out;
    }

    /** "Orbital (ORBT)": a short form whose letters the name holds in order, from its first letter on. */
    static boolean lettersInOrder(String acronym, String name) {
        String a = acronym.replace(".", "").toLowerCase(java.util.Locale.ROOT);
        String n = name.toLowerCase(java.util.Locale.ROOT);
        if (a.length() < 2 || n.isEmpty() || a.charAt(0) != n.charAt(0)) {
            return false;
        }
        int k = 0;
        for (int i = 0; i < n.length() && k < a.length(); i++) {
            if (n.charAt(i) == a.charAt(k)) {
                k++;
            }
        }
        return k == a.length();
    }

    private static final Pattern TOLD = Pattern.compile("\\b(?:told|telling|said to|speaking to|in an interview with)\\s+(?:the\\s+)?(?=\\p{Lu})");

    /**
     * Who was told: "told Geo News", "told the Associated Press". The tagger often misses the names of
     * outlets there, and they are what a reader wants listed.
     */
    static List<Span> recipients(Article article) {
        List<Span> out = new ArrayList<>();
        String text = article.original();
        for (Passage p : article.body()) {
            Matcher m = TOLD.matcher(text).region(p.span().start(), p.span().end());
            while (m.find()) {
                Span name = nameAfter(text, m.end(), p.span().end());
                if (name != null && name.of(text).contains(" ")) {
                    out.add(name);
                }
            }
        }
        return out;
    }

    /** A run of capitals cut to the tagged name it ends with: "Delegates of the Jamaat-e-Nusrat Sindh" → the name. */
    private static Span trimmed(Article article, Span run) {
        if (run == null) {
            return null;
        }
        for (org.parallax.model.Mention m : article.mentions()) {
            if (m.end() == run.end() && m.start() > run.start()) {
                return new Span(m.start(), run.end());
            }
        }
        return run;
    }

    /** The run of capitalised words (with lower-case particles inside) ending just before {@code end}. */
    static Span nameBefore(String text, int lo, int end) {
        int e = end;
        while (e > lo && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        int s = e;
        int words = 0;
        int firstCapital = -1;
        while (s > lo && words < MAX_WORDS) {
            int ws = s;
            while (ws > lo && !Character.isWhitespace(text.charAt(ws - 1))) {
                ws--;
            }
            String w = text.substring(ws, s);
            if (w.isEmpty() || !nameWord(w) || (s != e && endsWithPunctuation(w)) || w.equals("the")) {
                break; // "Delegates of the Jamaat-e-Nusrat Sindh (JNS)": the name starts after "the"
            }
            if (Character.isUpperCase(w.charAt(0)) && !Set.of("The", "A", "An").contains(w)) {
                firstCapital = ws;
            }
            words++;
            s = ws;
            while (s > lo && Character.isWhitespace(text.charAt(s - 1))) {
                s--;
            }
        }
        if (firstCapital < 0 || firstCapital >= e) {
            return null;
        }
        return new Span(firstCapital, e);
    }

    /** The run of capitalised words starting at {@code start}. */
    static Span nameAfter(String text, int start, int hi) {
        int s = start;
        int e = s;
        int words = 0;
        int lastCapitalEnd = -1;
        while (e < hi && words < MAX_WORDS) {
            int we = e;
            while (we < hi && !Character.isWhitespace(text.charAt(we))) {
                we++;
            }
            String w = text.substring(e, we);
            String bare = w.replaceAll("[,.;:)”\"’']+$", "");
            if (bare.isEmpty() || !nameWord(bare)) {
                break;
            }
            if (Character.isUpperCase(bare.charAt(0)) || bare.contains("-")) {
                lastCapitalEnd = e + bare.length();
            }
            words++;
            if (!bare.equals(w)) {
                break;
            }
            e = we;
            while (e < hi && Character.isWhitespace(text.charAt(e))) {
                e++;
            }
        }
        return lastCapitalEnd > s && Character.isUpperCase(text.charAt(s)) ? new Span(s, lastCapitalEnd) : null;
    }

    /** A word that can stand inside a name: capitalised, a particle, or a particle-prefixed capital (al-Khwarij). */
    private static boolean nameWord(String w) {
        String bare = w.replaceAll("[,;:]+$", "");
        if (bare.isEmpty()) {
            return false;
        }
        if (bare.endsWith("'s") || bare.endsWith("’s")) {
            return false;
        }
        if (Character.isUpperCase(bare.charAt(0))) {
            // "India-backed", "US-led": a capitalised modifier, not part of the name
            int dash = bare.indexOf('-');
            return dash < 0 || dash == bare.length() - 1 || !Character.isLowerCase(bare.charAt(dash + 1))
                    || Names.CONNECTORS.contains(bare.substring(dash + 1).split("-")[0]);
        }
        String lower = bare.toLowerCase();
        if (Names.CONNECTORS.contains(lower)) {
            return true;
        }
        int dash = bare.indexOf('-');
        return dash > 0 && dash + 1 < bare.length() && Names.CONNECTORS.contains(bare.substring(0, dash))
                && Character.isUpperCase(bare.charAt(dash + 1));
    }

    private static boolean endsWithPunctuation(String w) {
        char c = w.charAt(w.length() - 1);
        return c == '.' || c == ',' || c == ';' || c == ':' || c == ')' || c == '”' || c == '"';
    }
}
