package org.parallax.quotes;

import org.parallax.entities.Names;
import org.parallax.text.Normalizer;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Word lists of quotes for comparison: folded words, crude stems of content words, negation. */
final class Words {
    private static final Set<String> STOP = Set.of("the", "a", "an", "and", "or", "but", "of", "to", "in", "on",
            "at", "for", "with", "by", "from", "as", "is", "are", "was", "were", "be", "been", "it", "its", "this",
            "that", "these", "those", "we", "our", "us", "i", "my", "me", "you", "your", "he", "his", "him", "she",
            "her", "they", "their", "them", "will", "would", "can", "could", "should", "has", "have", "had", "do",
            "does", "did", "any", "all", "about", "there", "which", "who", "what", "so", "s", "t", "thus", "also",
            "than", "then", "into", "upon", "very", "just", "more", "most", "some", "such", "only");
    private static final Set<String> NEGATIONS = Set.of("not", "no", "never", "t", "none", "nothing", "nobody",
            "neither", "nor", "cannot", "without", "deny", "denied", "denies", "refused", "refuses", "reject",
            "rejected", "rejects");
    private static final int STEM = 5;

    private Words() {
    }

    static List<String> of(String text) {
        String w = Normalizer.wordsOnly(text);
        return w.isEmpty() ? List.of() : List.of(w.split(" "));
    }

    /** Content words cut to their first letters: a stemmer good enough to see "responsibility" in "responsible". */
    static Set<String> stems(List<String> words) {
        Set<String> out = new LinkedHashSet<>();
        for (String w : words) {
            if (!STOP.contains(w) && !NEGATIONS.contains(w)) {
                out.add(w.length() > STEM ? w.substring(0, STEM) : w);
            }
        }
        return out;
    }

    static boolean negated(List<String> words) {
        int n = 0;
        for (String w : words) {
            if (NEGATIONS.contains(w)) {
                n++;
            }
        }
        return n % 2 == 1;
    }

    static boolean same(String a, String b) {
        return a.equals(b) || Names.sameWord(a, b);
    }

    /** Where {@code needle} stands word for word (spelling variants allowed) inside {@code hay}, or -1. */
    static int indexOf(List<String> hay, List<String> needle) {
        outer:
        for (int i = 0; i + needle.size() <= hay.size(); i++) {
            for (int j = 0; j < needle.size(); j++) {
                if (!same(hay.get(i + j), needle.get(j))) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    /** Length of the longest common subsequence of two word lists (spelling variants equal). */
    static int lcs(List<String> a, List<String> b) {
        int[] prev = new int[b.size() + 1];
        int[] cur = new int[b.size() + 1];
        for (int i = 1; i <= a.size(); i++) {
            for (int j = 1; j <= b.size(); j++) {
                cur[j] = same(a.get(i - 1), b.get(j - 1)) ? prev[j - 1] + 1 : Math.max(prev[j], cur[j - 1]);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.size()];
    }

    /** Shared stems over the stems of the smaller set. */
    static double containment(Set<String> a, Set<String> b) {
        Set<String> small = a.size() <= b.size() ? a : b;
        Set<String> large = small == a ? b : a;
        if (small.isEmpty()) {
            return 0;
        }
        int shared = 0;
        for (String s : small) {
            if (large.contains(s)) {
                shared++;
            }
        }
        return (double) shared / small.size();
    }

    static int shared(Set<String> a, Set<String> b) {
        int n = 0;
        for (String s : a) {
            if (b.contains(s)) {
                n++;
            }
        }
        return n;
    }
}
