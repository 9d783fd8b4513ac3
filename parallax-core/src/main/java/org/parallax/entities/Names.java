package org.parallax.entities;

import org.parallax.text.Normalizer;

import java.util.List;
import java.util.Set;

/**
 * String similarity for names: spelling and transliteration variants (Attaullah / Ataullah, Tehrik /
 * Tehreek, Turkey / Türkiye), initials for acronyms, and the connector words names carry. Pure
 * functions; thread-safe.
 */
public final class Names {
    /** Lower-case particles inside names that do not count for initials or for a surname. */
    public static final Set<String> CONNECTORS = Set.of("e", "al", "el", "ul", "of", "the", "and", "for", "de", "da",
            "di", "du", "la", "le", "van", "von", "bin", "ibn", "der", "des", "y", "i", "a", "o");

    private Names() {
    }

    /**
     * The words of a name for matching: folded, letters and digits only, initials written with points run
     * together ("Tehrik-e-Taliban" → tehrik e taliban, "P.J. Carlesimo" → pj carlesimo, "U.S." → us).
     */
    public static List<String> words(String name) {
        String w = key(name);
        return w.isEmpty() ? List.of() : List.of(w.split(" "));
    }

    /** A matching key for a whole name: its words, space-separated. */
    public static String key(String name) {
        String w = Normalizer.wordsOnly(name);
        if (w.isEmpty() || name.indexOf('.') < 0) {
            return w;
        }
        // "P.J." and "PJ", "U.S." and "US": single letters that were initials join into one word
        StringBuilder out = new StringBuilder(w.length());
        String[] parts = w.split(" ");
        for (int i = 0; i < parts.length; i++) {
            boolean letter = parts[i].length() == 1 && Character.isLetter(parts[i].charAt(0));
            boolean prevLetter = i > 0 && parts[i - 1].length() == 1 && Character.isLetter(parts[i - 1].charAt(0));
            if (i > 0 && !(letter && prevLetter)) {
                out.append(' ');
            }
            out.append(parts[i]);
        }
        return out.toString();
    }

    /**
     * A consonant skeleton of a folded word: vowels (and y, w, h after a vowel are kept as written)
     * dropped after the first letter and doubled letters collapsed, so that transliterations which differ
     * in vowels or doubling agree.
     */
    static String skeleton(String word) {
        StringBuilder out = new StringBuilder(word.length());
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (i > 0 && "aeiouy".indexOf(c) >= 0) {
                continue;
            }
            if (out.length() > 0 && out.charAt(out.length() - 1) == c) {
                continue;
            }
            out.append(c);
        }
        return out.toString();
    }

    /** The first vowel after the first letter, with o/u and e/i as one: Mohammed / Muhammad agree, Titans / Tunisia do not. */
    private static char vowelClass(String w) {
        for (int i = 1; i < w.length(); i++) {
            char c = w.charAt(i);
            switch (c) {
                case 'a' -> { return 'a'; }
                case 'o', 'u' -> { return 'o'; }
                case 'e', 'i' -> { return 'e'; }
                default -> { }
            }
        }
        return '-';
    }

    /** Two folded words that are the same name written differently. */
    public static boolean sameWord(String a, String b) {
        if (a.equals(b)) {
            return true;
        }
        if (a.length() >= 4 && b.length() >= 4 && a.length() != b.length() && endless(a).equals(endless(b))) {
            return true; // Lenny / Lennie, Bobby / Bobbie
        }
        if (a.isEmpty() || b.isEmpty() || a.charAt(0) != b.charAt(0) || Character.isDigit(a.charAt(0))) {
            return false;
        }
        if (a.startsWith(b) || b.startsWith(a)) {
            return false; // a derived form (Pakistan / Pakistani), not a spelling variant
        }
        int shorter = Math.min(a.length(), b.length());
        // short words share skeletons by chance (Tara / Terry): only longer ones count
        if (shorter >= 5 && skeleton(a).length() >= 3 && skeleton(a).equals(skeleton(b))
                && vowelClass(a) == vowelClass(b)) {
            return true;
        }
        return shorter >= 5 && editDistance(a, b, 1) <= 1;
    }

    /** A name word without a final "y" or "ie", the two spellings of one English diminutive. */
    private static String endless(String w) {
        return w.endsWith("ie") ? w.substring(0, w.length() - 2) : w.endsWith("y") ? w.substring(0, w.length() - 1) : w;
    }

    /** Full given names to the short forms they go by (diminutives.tsv). */
    private static final java.util.Map<String, Set<String>> DIMINUTIVES = diminutives();

    private static java.util.Map<String, Set<String>> diminutives() {
        java.util.Map<String, Set<String>> out = new java.util.HashMap<>();
        for (String[] cells : org.parallax.internal.WordLists.pairs(Names.class, "diminutives.tsv")) {
            out.computeIfAbsent(cells[0].strip().toLowerCase(java.util.Locale.ROOT), k -> new java.util.HashSet<>())
                    .addAll(java.util.List.of(cells[1].strip().toLowerCase(java.util.Locale.ROOT).split(" +")));
        }
        return java.util.Map.copyOf(out);
    }

    /** {@code shortForm} is a listed short form of the given name {@code full} ("Mo" of "Maurice"). */
    static boolean diminutive(String full, String shortForm) {
        Set<String> forms = DIMINUTIVES.get(full.toLowerCase(java.util.Locale.ROOT));
        return forms != null && forms.contains(shortForm.toLowerCase(java.util.Locale.ROOT));
    }

    /**
     * Two first names one person can go by: the same (up to spelling), an initial of the other (J. /
     * John), a short form (Ben / Benjamin, Ty / Tywon), or one letter apart in a name of five letters or
     * more, as transliterations are (Karolos / Carolos, Giannis / Yiannis, Ilias / Elias), unless common
     * first-name lists give them different genders (Daniel / Daniela).
     */
    public static boolean sameFirstName(String a, String b) {
        if (sameWord(a, b) || diminutive(a, b) || diminutive(b, a)) {
            return true;
        }
        if (a.isEmpty() || b.isEmpty()) {
            return false;
        }
        String shorter = a.length() <= b.length() ? a : b;
        String longer = shorter == a ? b : a;
        if (shorter.length() == 1 || shorter.length() == 2 && Character.isDigit(shorter.charAt(0))) {
            return shorter.charAt(0) == longer.charAt(0);
        }
        if (shorter.length() >= 2 && longer.startsWith(shorter)) {
            return true;
        }
        int ga = FirstNames.gender(a);
        int gb = FirstNames.gender(b);
        return longer.length() >= 5 && editDistance(a, b, 1) <= 1 && !(ga != 0 && gb != 0 && ga != gb);
    }

    /** Word by word the same name, allowing a short form of the first word of a person's name (Atta / Attaullah). */
    static boolean sameName(List<String> a, List<String> b, boolean person) {
        if (a.size() != b.size() || a.isEmpty()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            String x = a.get(i);
            String y = b.get(i);
            if (sameWord(x, y)) {
                continue;
            }
            boolean shortForm = person && i == 0 && a.size() > 1 && Math.min(x.length(), y.length()) >= 4
                    && (x.startsWith(y) || y.startsWith(x));
            if (!shortForm) {
                return false;
            }
        }
        return true;
    }

    /** Initials of the name's capitalised words as written ("Inter-Services Public Relations" → ISPR). */
    static String initials(String asWritten) {
        StringBuilder out = new StringBuilder();
        for (String w : asWritten.split("[\\s\\-‐–]+")) {
            if (w.isEmpty() || CONNECTORS.contains(w.toLowerCase())) {
                continue;
            }
            char c = w.charAt(0);
            if (!Character.isUpperCase(c)) {
                return "";
            }
            out.append(c);
        }
        return out.toString();
    }

    /** An acronym as written: two to eight capitals (digits and '&' allowed), e.g. TTP, ISPR. */
    static boolean isAcronym(String s) {
        if (s.length() < 2 || s.length() > 8 || !Character.isUpperCase(s.charAt(0))) {
            return false;
        }
        int caps = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isUpperCase(c)) {
                caps++;
            } else if (!Character.isDigit(c) && c != '&' && c != '.') {
                return false;
            }
        }
        return caps >= 2;
    }

    /** Levenshtein distance, giving up (returning limit + 1) once it exceeds {@code limit}. */
    static int editDistance(String a, String b, int limit) {
        if (Math.abs(a.length() - b.length()) > limit) {
            return limit + 1;
        }
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            int best = cur[0];
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
                best = Math.min(best, cur[j]);
            }
            if (best > limit) {
                return limit + 1;
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
