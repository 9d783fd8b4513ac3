package org.parallax.quotes;

import org.parallax.model.DiffPart;
import org.parallax.text.Normalizer;

import java.util.ArrayList;
import java.util.List;

/**
 * Word-level difference between a quote's canonical wording and one outlet's version, by longest common
 * subsequence of folded words (quote marks, case and punctuation aside). Only the stretch of the
 * canonical wording the version covers is compared, so a fragment is not shown as a mass deletion.
 * Pure function; thread-safe.
 */
final class WordDiff {
    private static final int MAX_WORDS = 400;

    private WordDiff() {
    }

    static List<DiffPart> diff(String canonical, String version) {
        String[] a = canonical.trim().split("\\s+");
        String[] b = version.trim().split("\\s+");
        if (a.length > MAX_WORDS || b.length > MAX_WORDS) {
            return List.of();
        }
        String[] fa = fold(a);
        String[] fb = fold(b);
        int[][] lcs = new int[a.length + 1][b.length + 1];
        for (int i = a.length - 1; i >= 0; i--) {
            for (int j = b.length - 1; j >= 0; j--) {
                lcs[i][j] = fa[i].equals(fb[j]) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        List<DiffPart> raw = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < a.length || j < b.length) {
            if (i < a.length && j < b.length && fa[i].equals(fb[j])) {
                raw.add(new DiffPart("same", b[j]));
                i++;
                j++;
            } else if (j < b.length && (i >= a.length || lcs[i][j + 1] >= lcs[i + 1][j])) {
                raw.add(new DiffPart("ins", b[j++]));
            } else {
                raw.add(new DiffPart("del", a[i++]));
            }
        }
        // the version covers only part of the canonical wording: drop the uncovered ends
        int from = 0;
        while (from < raw.size() && raw.get(from).kind().equals("del")) {
            from++;
        }
        int to = raw.size();
        while (to > from && raw.get(to - 1).kind().equals("del")) {
            to--;
        }
        List<DiffPart> out = new ArrayList<>();
        for (DiffPart p : raw.subList(from, to)) {
            if (!out.isEmpty() && out.get(out.size() - 1).kind().equals(p.kind())) {
                DiffPart prev = out.remove(out.size() - 1);
                out.add(new DiffPart(p.kind(), prev.text() + " " + p.text()));
            } else {
                out.add(p);
            }
        }
        boolean changed = out.stream().anyMatch(p -> !p.kind().equals("same"));
        return changed ? out : List.of();
    }

    private static String[] fold(String[] words) {
        String[] out = new String[words.length];
        for (int i = 0; i < words.length; i++) {
            out[i] = Normalizer.wordsOnly(words[i]);
        }
        return out;
    }
}
