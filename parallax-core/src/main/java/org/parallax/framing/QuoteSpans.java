package org.parallax.framing;

import org.parallax.model.Span;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the spans of a text that stand inside quotation marks, so words there can be credited to the
 * speaker rather than the outlet. Handles curly and straight double marks, guillemets, low marks and
 * single-quote quotations, and the usual damage in news copy: a closing mark used to open (”Text,”), a
 * quote left open at the end of a paragraph (the convention for quotes running on), and apostrophes
 * that look like single marks. Thread-safe; pure function.
 */
public final class QuoteSpans {
    /** A single-quoted span longer than this is taken for stray apostrophes, not a quotation. */
    private static final int MAX_SINGLE = 400;

    private QuoteSpans() {
    }

    /** The quoted spans of {@code text}, marks included, in order and not overlapping. */
    public static List<Span> find(String text) {
        List<Span> out = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return out;
        }
        int paragraphStart = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == '\n') {
                inParagraph(text, paragraphStart, i, out);
                paragraphStart = i + 1;
            }
        }
        return out;
    }

    /** True when {@code span} lies mostly (more than half) inside one of {@code quoted}. */
    public static boolean inside(Span span, List<Span> quoted) {
        int covered = 0;
        for (Span q : quoted) {
            if (q.overlaps(span)) {
                covered += Math.min(q.end(), span.end()) - Math.max(q.start(), span.start());
            }
        }
        return span.length() > 0 && covered * 2 > span.length();
    }

    private static void inParagraph(String t, int from, int to, List<Span> all) {
        // this paragraph's spans apart, so overlap checks and sorting never revisit earlier paragraphs
        List<Span> out = new ArrayList<>();
        int open = -1;
        for (int i = from; i < to; i++) {
            char c = t.charAt(i);
            if (!isDouble(c)) {
                continue;
            }
            // a mark that starts a paragraph opens, whatever its shape (”Text and ” Text both occur)
            boolean opensHere = i == firstText(t, from, to) || (Character.isWhitespace(t.charAt(i - 1))
                    || "([{—–-".indexOf(t.charAt(i - 1)) >= 0) && i + 1 < to && !Character.isWhitespace(t.charAt(i + 1));
            if (open < 0) {
                if (c != '”' && c != '»' || opensHere) {
                    open = i;
                }
            } else if (c == '“' && opensHere && i > open + 1) {
                // a new opening mark while one is open: the first quote was never closed
                out.add(new Span(open, i));
                open = i;
            } else {
                out.add(new Span(open, i + 1));
                open = -1;
            }
        }
        if (open >= 0) {
            out.add(new Span(open, to)); // a quote running on into the next paragraph
        }
        singles(t, from, to, out);
        all.addAll(out);
    }

    /** ‘Quoted’ and 'quoted' spans that do not overlap a double-quoted one. */
    private static void singles(String t, int from, int to, List<Span> out) {
        int i = from;
        while (i < to) {
            char c = t.charAt(i);
            if ((c == '‘' || c == '\'') && (i == from || !Character.isLetterOrDigit(t.charAt(i - 1)))
                    && i + 1 < to && Character.isLetter(t.charAt(i + 1))) {
                int close = closeSingle(t, i + 1, Math.min(to, i + MAX_SINGLE));
                if (close > 0) {
                    Span s = new Span(i, close + 1);
                    if (out.stream().noneMatch(s::overlaps)) {
                        out.add(s);
                    }
                    i = close + 1;
                    continue;
                }
            }
            i++;
        }
        out.sort(null);
    }

    private static int closeSingle(String t, int from, int to) {
        for (int j = from; j < to; j++) {
            char c = t.charAt(j);
            if ((c == '’' || c == '\'') && (j + 1 >= t.length() || !Character.isLetter(t.charAt(j + 1)))
                    && !Character.isWhitespace(t.charAt(j - 1)) && t.charAt(j - 1) != 's') {
                return j;
            }
        }
        return -1;
    }

    private static int firstText(String t, int from, int to) {
        int i = from;
        while (i < to && Character.isWhitespace(t.charAt(i))) {
            i++;
        }
        return i;
    }

    private static boolean isDouble(char c) {
        return c == '"' || c == '“' || c == '”' || c == '„' || c == '«' || c == '»';
    }
}
