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
        List<Passage> body = article.body();
        for (int b = 0; b < body.size(); b++) {
            Passage p = body.get(b);
            int lo = p.span().start();
            int hi = p.span().end();
            int open = -1;
            int nested = 0;
            boolean continued = false;
            if (pending && firstMark(text, lo, hi, marks) < 0) {
                // a quote left open runs on through paragraphs without marks when the next marked one carries
                // it on (opens with a mark, or closes before opening): text split one sentence a paragraph
                int through = runOn(article, body, b, marks);
                if (through > b) {
                    for (int k = b; k < through; k++) {
                        Passage run = body.get(k);
                        add(out, text, run.span().start() - 1, run.span().end(), run.span().end(), run.paragraph(), true);
                    }
                    b = through - 1;
                    continue;
                }
                pending = false;
            }
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
                    // “I said, “we go on”: an opening mark after a reporting verb and its comma opens a quote
                    // inside the quote (written with the outer marks); the outer one goes on to the last closing
                    if (OPENING.indexOf(c) >= 0 && before && !after && afterPunctuation(text, open, i)
                            && reportsBefore(article, open, i)) {
                        nested++;
                        continue;
                    }
                    if (nested > 0 && lastMark(text, i, hi, marks)) {
                        nested = 0; // the inner and the outer quote end at one closing mark
                    } else if (nested > 0) {
                        nested--;
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

    /** How many paragraphs a run without marks may hold inside one open quote. */
    private static final int MAX_RUN_ON = Integer.getInteger("parallax.quotes.maxRunOn", 3);

    /**
     * The index of the marked passage that carries an open quote on after the mark-less passages from
     * {@code from}, or {@code from} when none does: at most three such passages, none of them telling what
     * someone said ("Dunning said no one was hurt" is the writer's, not the speaker's).
     */
    private static int runOn(Article article, List<Passage> body, int from, String marks) {
        String text = article.original();
        for (int k = from; k < body.size() && k < from + MAX_RUN_ON + 1; k++) {
            Passage p = body.get(k);
            int lo = p.span().start();
            int hi = p.span().end();
            int first = firstMark(text, lo, hi, marks);
            if (first < 0) {
                if (k == from + MAX_RUN_ON || narrates(article, p)) {
                    return from;
                }
                continue;
            }
            boolean closesFirst = first + 1 >= hi || ",.;:!?".indexOf(text.charAt(first + 1)) >= 0
                    || Character.isWhitespace(text.charAt(first + 1)) || afterPunctuation(text, lo - 1, first);
            return opensWithMark(text, lo, hi, marks) || closesFirst ? k : from;
        }
        return from;
    }

    /** A passage with a finite "say" or "tell": the writer reporting, not a quote running on. */
    private static boolean narrates(Article article, Passage p) {
        List<org.parallax.model.Sentence> sentences = article.sentences();
        int lo = 0;
        int hi = sentences.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sentences.get(mid).end() <= p.span().start()) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        for (int i = lo; i < sentences.size() && sentences.get(i).start() < p.span().end(); i++) {
            for (org.parallax.model.Token t : sentences.get(i).tokens()) {
                String lemma = t.lemmaOrWord();
                if ((lemma.equals("say") || lemma.equals("tell")) && (t.isTag("VBD") || t.isTag("VBZ"))) {
                    return true;
                }
            }
        }
        return false;
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

    /** No quotation mark after position {@code i} in the paragraph. */
    private static boolean lastMark(String text, int i, int hi, String marks) {
        for (int k = i + 1; k < hi; k++) {
            if (marks.indexOf(text.charAt(k)) >= 0) {
                return false;
            }
        }
        return true;
    }

    /** The punctuation before position {@code i} (inside the quote from {@code open}) follows a reporting verb, or one and its object. */
    private static boolean reportsBefore(Article article, int open, int i) {
        String text = article.original();
        int j = i - 1;
        while (j > open && Character.isWhitespace(text.charAt(j))) {
            j--;
        }
        for (org.parallax.model.Sentence s : article.sentences()) {
            if (s.start() > j) {
                break;
            }
            List<org.parallax.model.Token> tokens = s.tokens();
            for (int k = 0; k < tokens.size(); k++) {
                if (tokens.get(k).end() == j) {
                    // the verb, or the verb and whom it was said to ("I said,", "I told them,")
                    return tokens.get(k).start() > open && SpeechWords.verb(tokens.get(k))
                            || k > 0 && tokens.get(k - 1).start() > open && SpeechWords.verb(tokens.get(k - 1));
                }
            }
        }
        return false;
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
