package org.parallax.quotes;

import org.parallax.model.Article;
import org.parallax.model.Passage;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the quoted stretches of an article's kept passages. Marks are paired by their shape in context
 * rather than their glyph, so a wrong opening mark (” at the start of a paragraph), straight quotes and
 * guillemets all work. Articles that quote with single marks (British style) are read with single
 * marks, telling apostrophes apart by the letters around them. A quote left open at the end of a
 * paragraph runs to the paragraph's end, and the next paragraph's quote continues it (the convention
 * for quotes across paragraph breaks). Pure function; thread-safe.
 */
final class QuoteMarks {
    /** One quoted stretch: marks at {@code open} and {@code close - 1}, words in {@code [start, end)}. */
    record Found(int open, int start, int end, int close, int paragraph, boolean continued) {
    }

    private static final String DOUBLE = "\"“”„‟«»";
    private static final String SINGLE = "'‘’‚‛‹›";
    private static final String OPENING = "“„‟«‘‚‛‹";
    private static final String CLOSING = "”»’›";

    private QuoteMarks() {
    }

    static boolean isMark(char c) {
        return DOUBLE.indexOf(c) >= 0;
    }

    static List<Found> find(Article article) {
        String text = article.original();
        boolean single = singleStyle(text, article.body());
        String marks = single ? SINGLE : DOUBLE;
        List<Found> out = new ArrayList<>();
        boolean pending = false;
        for (Passage p : article.body()) {
            int lo = p.span().start();
            int hi = p.span().end();
            int open = -1;
            boolean continued = false;
            if (pending && !opensWithMark(text, lo, hi, marks)) {
                // the quote goes on into this paragraph without the customary opening mark
                int first = firstMark(text, lo, hi, marks);
                if (first >= 0 && (first + 1 >= hi || ",.;:!?".indexOf(text.charAt(first + 1)) >= 0
                        || Character.isWhitespace(text.charAt(first + 1))
                        || afterPunctuation(text, lo - 1, first))) {
                    open = lo - 1;
                    continued = true;
                }
            }
            for (int i = lo; i < hi; i++) {
                char c = text.charAt(i);
                if (marks.indexOf(c) < 0) {
                    continue;
                }
                boolean before = i == lo || Character.isWhitespace(text.charAt(i - 1))
                        || "([{—–-/:".indexOf(text.charAt(i - 1)) >= 0;
                boolean after = i + 1 >= hi || Character.isWhitespace(text.charAt(i + 1))
                        || ".,;:!?)]}—–".indexOf(text.charAt(i + 1)) >= 0;
                if (single && i > lo && i + 1 < hi && Character.isLetterOrDigit(text.charAt(i - 1))
                        && Character.isLetterOrDigit(text.charAt(i + 1))) {
                    continue; // an apostrophe: don't, Pakistan’s
                }
                if (open < 0) {
                    boolean onlyClosing = (CLOSING.indexOf(c) >= 0 && !before)
                            || (i > lo && ",.!?".indexOf(text.charAt(i - 1)) >= 0); // charm,"she added
                    if (onlyClosing || (after && !before) || (single && !before)) {
                        continue; // a stray closing mark (or, in single style, a plural possessive)
                    }
                    open = i;
                    continued = pending && i == firstNonSpace(text, lo, hi);
                    pending = false;
                } else {
                    if (single && !after) {
                        continue;
                    }
                    // "…decision, “a friend said": an opening-shaped mark after the quote's own comma closes it
                    if (OPENING.indexOf(c) >= 0 && before && !after && i - open > 1 && !afterPunctuation(text, open, i)) {
                        add(out, text, open, i, i, p.paragraph(), continued); // never closed: ends where the next opens
                        open = i;
                        continued = false;
                        continue;
                    }
                    add(out, text, open, i, i + 1, p.paragraph(), continued);
                    open = -1;
                }
            }
            pending = false;
            if (open >= 0) {
                add(out, text, open, hi, hi, p.paragraph(), continued);
                pending = true;
            }
        }
        return out;
    }

    private static boolean opensWithMark(String text, int lo, int hi, String marks) {
        int i = firstNonSpace(text, lo, hi);
        return i < hi && marks.indexOf(text.charAt(i)) >= 0;
    }

    private static int firstMark(String text, int lo, int hi, String marks) {
        for (int i = lo; i < hi; i++) {
            if (marks.indexOf(text.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }

    private static boolean afterPunctuation(String text, int open, int i) {
        int j = i - 1;
        while (j > open && Character.isWhitespace(text.charAt(j))) {
            j--;
        }
        return j > open && ",.!?;".indexOf(text.charAt(j)) >= 0;
    }

    private static int firstNonSpace(String text, int lo, int hi) {
        int i = lo;
        while (i < hi && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static void add(List<Found> out, String text, int open, int endExclusive, int close, int paragraph,
                            boolean continued) {
        int s = open + 1;
        int e = endExclusive;
        while (s < e && Character.isWhitespace(text.charAt(s))) {
            s++;
        }
        while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        if (e > s && hasLetter(text, s, e)) {
            out.add(new Found(open, s, e, close, paragraph, continued));
        }
    }

    private static boolean hasLetter(String text, int s, int e) {
        for (int i = s; i < e; i++) {
            if (Character.isLetter(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** Single-mark style: no double marks at all, and some single mark opening a word. */
    private static boolean singleStyle(String text, List<Passage> body) {
        int doubles = 0;
        int singles = 0;
        for (Passage p : body) {
            for (int i = p.span().start(); i < p.span().end(); i++) {
                char c = text.charAt(i);
                if (DOUBLE.indexOf(c) >= 0) {
                    doubles++;
                } else if ((c == '‘' || c == '\'') && (i == p.span().start() || Character.isWhitespace(text.charAt(i - 1)))
                        && i + 1 < p.span().end() && Character.isLetter(text.charAt(i + 1))) {
                    singles++;
                }
            }
        }
        return doubles == 0 && singles > 0;
    }
}
