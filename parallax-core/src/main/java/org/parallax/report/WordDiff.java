package org.parallax.report;

import org.parallax.text.Normalizer;

import static org.parallax.report.Html.escape;

/**
 * A word-level diff of one outlet's wording against a reference wording, as escaped HTML: words the
 * outlet added in {@code <ins>}, reference words it left out in {@code <del>}. Words compare after
 * {@link Normalizer#wordsOnly}, so typography and case do not count as changes. Thread-safe.
 */
public final class WordDiff {
    static final int MAX_WORDS = 400;

    private WordDiff() {
    }

    public static String html(String reference, String written) {
        String[] a = split(reference);
        String[] b = split(written);
        if (a.length == 0 || b.length == 0 || a.length > MAX_WORDS || b.length > MAX_WORDS) {
            return escape(written);
        }
        String[] ka = keys(a);
        String[] kb = keys(b);
        int[][] lcs = new int[a.length + 1][b.length + 1];
        for (int i = a.length - 1; i >= 0; i--) {
            for (int j = b.length - 1; j >= 0; j--) {
                lcs[i][j] = ka[i].equals(kb[j]) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        StringBuilder out = new StringBuilder();
        int i = 0;
        int j = 0;
        while (i < a.length || j < b.length) {
            if (i < a.length && j < b.length && ka[i].equals(kb[j])) {
                word(out, b[j], null);
                i++;
                j++;
            } else if (j < b.length && (i == a.length || lcs[i][j + 1] >= lcs[i + 1][j])) {
                word(out, b[j++], "ins");
            } else {
                word(out, a[i++], "del");
            }
        }
        return out.toString();
    }

    private static void word(StringBuilder out, String w, String tag) {
        if (out.length() > 0) {
            out.append(' ');
        }
        if (tag == null) {
            out.append(escape(w));
        } else {
            out.append('<').append(tag).append('>').append(escape(w)).append("</").append(tag).append('>');
        }
    }

    private static String[] split(String s) {
        String t = s == null ? "" : s.strip();
        return t.isEmpty() ? new String[0] : t.split("\\s+");
    }

    private static String[] keys(String[] words) {
        String[] k = new String[words.length];
        for (int i = 0; i < words.length; i++) {
            String w = Normalizer.wordsOnly(words[i]);
            // punctuation-only tokens ("—") keep their folded form so they still compare
            k[i] = w.isEmpty() ? Normalizer.forMatching(words[i]) : w;
        }
        return k;
    }
}
