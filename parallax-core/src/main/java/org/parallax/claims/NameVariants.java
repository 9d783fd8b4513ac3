package org.parallax.claims;

import org.parallax.entities.FirstNames;
import org.parallax.model.Article;
import org.parallax.model.Conflict;
import org.parallax.model.EntityType;
import org.parallax.model.Mention;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Names outlets write differently: the same name of an organisation or a person, word for word but for
 * one word that is spelt otherwise ("Bluefern Supply Ltd." and "Bluefern Suppliers Ltd.", a
 * spokesman "Zaid" or "Zahed"). Each outlet's spelling is a position. Case, punctuation and spacing are not
 * spelling, and neither are transliterations that differ only in vowels or doubled letters ("Attaullah",
 * "Ataullah"); a word that changes a consonant or two while the rest of the name agrees is. Two names that
 * differ in a whole word ("North Carolina", "South Carolina") are two names, not two spellings.
 *
 * <p>Cost: names are compared within groups of one length and one first word; linear in the mentions
 * for any real story. Thread-safe: stateless.
 */
final class NameVariants {
    /** Words shorter than this are not told apart by spelling (initials, "Jr"). */
    private static final int MIN_WORD = 4;

    private NameVariants() {
    }

    /** One spelling of a name, with the documents that use it and the claim of its first sentence. */
    private record Spelling(String text, List<String> words, Set<String> documents, int[] mentions) {
    }

    static List<Conflict> find(List<Article> articles, java.util.function.BiFunction<String, Integer, String> claimAt) {
        Map<String, Spelling> spellings = new LinkedHashMap<>();
        Map<String, String> firstClaim = new LinkedHashMap<>();
        for (Article a : articles) {
            for (Mention m : a.mentions()) {
                if (m.type() != EntityType.ORG && m.type() != EntityType.PERSON) {
                    continue;
                }
                List<String> words = words(m.text());
                if (words.size() < 2) {
                    continue;
                }
                String key = String.join(" ", words);
                Spelling s = spellings.computeIfAbsent(key, k -> new Spelling(m.text().strip(), words, new LinkedHashSet<>(), new int[1]));
                s.documents().add(a.id());
                s.mentions()[0]++;
                firstClaim.putIfAbsent(key + "|" + a.id(), claimAt.apply(a.id(), sentenceOf(a, m.start())));
            }
        }
        List<Spelling> all = new ArrayList<>(spellings.values());
        List<Conflict> out = new ArrayList<>();
        Set<String> used = new LinkedHashSet<>();
        for (int i = 0; i < all.size(); i++) {
            for (int j = i + 1; j < all.size(); j++) {
                Spelling a = all.get(i);
                Spelling b = all.get(j);
                int at = oneWordApart(a.words(), b.words());
                if (at < 0 || !respelt(a.words().get(at), b.words().get(at))
                        || skeleton(a.words().get(at)).equals(skeleton(b.words().get(at)))
                        || misprint(a, b, at) || misprint(b, a, at)) {
                    continue;
                }
                Set<String> onlyA = new LinkedHashSet<>(a.documents());
                onlyA.removeAll(b.documents());
                Set<String> onlyB = new LinkedHashSet<>(b.documents());
                onlyB.removeAll(a.documents());
                if (onlyA.isEmpty() || onlyB.isEmpty() || !used.add(a.text() + "|" + b.text())) {
                    continue; // every outlet writing one also writes the other: a variant of its own, no dispute
                }
                out.add(new Conflict("x", "how a name is spelt: \u201c" + a.text() + "\u201d or \u201c" + b.text() + "\u201d", List.of(
                        position(a, onlyA, firstClaim), position(b, onlyB, firstClaim)),
                        "Outlets spell one name two ways: \"" + a.text() + "\" and \"" + b.text() + "\"."));
            }
        }
        return out;
    }

    /**
     * {@code slip} is a misprint of {@code name}: written once in the whole story, one letter dropped or
     * added, a given name turned into no given name ("Anre" for "Andre"), where other outlets write the
     * name the other way. A spelling an outlet holds to is written more than once, and a transliteration
     * ("Zabiullah", "Zabihullah") is no slip of a common given name.
     */
    private static boolean misprint(Spelling slip, Spelling name, int at) {
        String x = slip.words().get(at);
        String y = name.words().get(at);
        return slip.mentions()[0] == 1 && name.documents().size() >= 2 && Math.abs(x.length() - y.length()) == 1
                && distance(x, y) == 1 && FirstNames.known(y) && !FirstNames.known(x);
    }

    private static Conflict.Position position(Spelling s, Set<String> documents, Map<String, String> firstClaim) {
        String claim = null;
        for (String d : documents) {
            claim = firstClaim.get(String.join(" ", s.words()) + "|" + d);
            if (claim != null) {
                break;
            }
        }
        return new Conflict.Position(claim, List.copyOf(documents), s.text());
    }

    private static int sentenceOf(Article a, int offset) {
        for (var s : a.sentences()) {
            if (s.start() <= offset && offset < s.end()) {
                return s.index();
            }
        }
        return -1;
    }

    /** The name's words, lower-cased, without punctuation ("Ltd." is "ltd"). */
    static List<String> words(String name) {
        List<String> out = new ArrayList<>();
        for (String w : name.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (!w.isEmpty()) {
                out.add(w);
            }
        }
        return out;
    }

    /** The one position where two names of equal length differ, or -1 (none, or more than one). */
    private static int oneWordApart(List<String> a, List<String> b) {
        if (a.size() != b.size()) {
            return -1;
        }
        int at = -1;
        for (int k = 0; k < a.size(); k++) {
            if (!a.get(k).equals(b.get(k))) {
                if (at >= 0) {
                    return -1;
                }
                at = k;
            }
        }
        return at;
    }

    /**
     * Two spellings of one word: both long enough, the same first letters, and close by edit distance
     * (at most two edits, and at most a third of the shorter word).
     */
    static boolean respelt(String a, String b) {
        if (a.length() < MIN_WORD || b.length() < MIN_WORD || a.charAt(0) != b.charAt(0)) {
            return false;
        }
        if (a.chars().anyMatch(Character::isDigit) || b.chars().anyMatch(Character::isDigit)) {
            return false;
        }
        int d = distance(a, b);
        int common = 0;
        while (common < Math.min(a.length(), b.length()) && a.charAt(common) == b.charAt(common)) {
            common++;
        }
        return d <= 2 && d * 3 <= Math.min(a.length(), b.length()) || common >= 7 && d <= 4;
    }

    /**
     * The word's consonants, each run of one letter once: "Attaullah" and "Ataullah", "Khawarij" and
     * "Khwarij", "Lennie" and "Lenny" are one name transliterated or spelt two ways, not two names.
     */
    static String skeleton(String word) {
        StringBuilder b = new StringBuilder();
        for (char c : word.toLowerCase(Locale.ROOT).toCharArray()) {
            if ("aeiouy".indexOf(c) >= 0 || !Character.isLetter(c)) {
                continue;
            }
            if (b.length() == 0 || b.charAt(b.length() - 1) != c) {
                b.append(c);
            }
        }
        return b.toString();
    }

    private static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1));
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }

}
