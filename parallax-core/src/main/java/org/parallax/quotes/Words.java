package org.parallax.quotes;

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

    /** Irregular spelling pairs, both ways, folded to one form. */
    private static final java.util.Map<String, String> SPELLINGS = spellings();
    /** Minutes of a full hour ("6: 00 p.m." is "6 p.m."), and apostrophes inside words ("population's", "populations'"). */
    private static final java.util.regex.Pattern ZERO_MINUTES = java.util.regex.Pattern.compile("(\\d)\\s*:\\s*00\\b");
    private static final java.util.regex.Pattern APOSTROPHE = java.util.regex.Pattern.compile("(?<=\\p{L})['’]|['’](?=\\p{L})");

    /**
     * The words of a quote for comparison: folded, letters and digits only. An apostrophe joins the letters
     * around it ("population's" and "populations'" are one word) and a full hour drops its minutes.
     */
    static List<String> of(String text) {
        String t = ZERO_MINUTES.matcher(text).replaceAll("$1");
        t = APOSTROPHE.matcher(t).replaceAll("");
        String w = Normalizer.wordsOnly(t);
        return w.isEmpty() ? List.of() : List.of(w.split(" "));
    }

    private static java.util.Map<String, String> spellings() {
        java.util.Map<String, String> out = new java.util.HashMap<>();
        for (String line : org.parallax.internal.WordLists.lines(Words.class, "spellings.tsv")) {
            String[] cells = line.toLowerCase(java.util.Locale.ROOT).split("\\t");
            out.put(cells[0], cells[1]);
            out.put(cells[1], cells[1]);
        }
        return java.util.Map.copyOf(out);
    }

    /** British and American endings, in order, compiled once (this runs on every pair of quote words compared). */
    private static final java.util.regex.Pattern[] SPELLING_RULES = {
            java.util.regex.Pattern.compile("our(s?)$"), java.util.regex.Pattern.compile("our(ed|ing|ite|ites|able)$"),
            java.util.regex.Pattern.compile("is(e|es|ed|ing|ation|ations)$"), java.util.regex.Pattern.compile("ys(e|es|ed|ing)$"),
            java.util.regex.Pattern.compile("([^aeiou])re$"), java.util.regex.Pattern.compile("([^aeiou])res$"),
            java.util.regex.Pattern.compile("ence$"),
            // abettors / abetters, advisor / adviser
            java.util.regex.Pattern.compile("([^aeiou])or(s?)$")};
    private static final String[] SPELLING_REPLACEMENTS = {"or$1", "or$1", "iz$1", "yz$1", "$1er", "$1ers", "ense", "$1er$2"};

    /**
     * The spellings found so far, by word: {@link #spelling} runs eight patterns on a word, and the quote
     * aligner asks it of every word of both quotes of every pair it compares (three quarters of the quotes
     * stage's time in a 3,088-article story before this memo). Emptied when it holds {@link #SPELLING_MEMO_SIZE}
     * words, so its memory stays bounded (a few MB).
     */
    private static final java.util.concurrent.ConcurrentHashMap<String, String> SPELLING_MEMO = new java.util.concurrent.ConcurrentHashMap<>();
    static final int SPELLING_MEMO_SIZE = 50_000;

    /** One spelling of a word: British and American regular pairs and the irregular ones of {@code spellings.tsv}. */
    static String spelling(String w) {
        String known = SPELLING_MEMO.get(w);
        if (known != null) {
            return known;
        }
        String s = spell(w);
        if (SPELLING_MEMO.size() >= SPELLING_MEMO_SIZE) {
            SPELLING_MEMO.clear();
        }
        SPELLING_MEMO.put(w, s);
        return s;
    }

    private static String spell(String w) {
        String s = SPELLINGS.getOrDefault(w, w);
        if (s.length() < 5) {
            return s;
        }
        s = s.replace("ll", "l");
        if (s.endsWith("ogue")) {
            s = s.substring(0, s.length() - 2); // dialogue / dialog
        }
        for (int i = 0; i < SPELLING_RULES.length; i++) {
            s = SPELLING_RULES[i].matcher(s).replaceAll(SPELLING_REPLACEMENTS[i]);
        }
        return s;
    }

    /**
     * Two words of quotes that are one word spelled two ways. No looser: "house" and "horse", "changes" and
     * "changed" are words changed, so an outlet writing one for the other altered the quote.
     */
    static boolean variant(String a, String b) {
        return a.equals(b) || a.length() >= 2 && b.length() >= 2 && spelling(a).equals(spelling(b));
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
        return variant(a, b);
    }

    /** Where {@code needle} stands word for word (spelling variants allowed) inside {@code hay}, or -1. */
    static int indexOf(List<String> hay, List<String> needle) {
        if (needle.size() > hay.size()) {
            return -1;
        }
        String[] sh = spellings(hay);
        String[] sn = spellings(needle);
        outer:
        for (int i = 0; i + needle.size() <= hay.size(); i++) {
            for (int j = 0; j < needle.size(); j++) {
                if (!same(hay.get(i + j), sh[i + j], needle.get(j), sn[j])) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    /** {@link #variant}, given each word's entry of {@link #spellings}. */
    static boolean same(String a, String spellingA, String b, String spellingB) {
        return a.equals(b) || spellingA != null && spellingB != null && spellingA.equals(spellingB);
    }

    /** Each word's {@link #spelling}, as {@link #variant} compares it; null for a word too short to have one. */
    static String[] spellings(List<String> words) {
        String[] out = new String[words.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = words.get(i).length() >= 2 ? spelling(words.get(i)) : null;
        }
        return out;
    }

    /** Length of the longest common subsequence of two word lists (spelling variants equal). */
    static int lcs(List<String> a, List<String> b) {
        int[] prev = new int[b.size() + 1];
        int[] cur = new int[b.size() + 1];
        // each word's spelling once, not once per pair: what variant() compares
        String[] sa = spellings(a);
        String[] sb = spellings(b);
        for (int i = 1; i <= a.size(); i++) {
            for (int j = 1; j <= b.size(); j++) {
                boolean same = same(a.get(i - 1), sa[i - 1], b.get(j - 1), sb[j - 1]);
                cur[j] = same ? prev[j - 1] + 1 : Math.max(prev[j], cur[j - 1]);
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
