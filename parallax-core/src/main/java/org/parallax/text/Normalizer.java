package org.parallax.text;

import java.text.Normalizer.Form;
import java.util.regex.Pattern;

/**
 * Normalises text for matching, never for output: Unicode compatibility forms, accents, quote marks,
 * apostrophes and dashes folded to ASCII, case and white space folded. Two renderings of one passage
 * that differ only in typography normalise to the same string.
 */
public final class Normalizer {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private Normalizer() {
    }

    /** Folded form for comparing passages. */
    public static String forMatching(String s) {
        if (s == null) {
            return "";
        }
        String d = s;
        if (!isAscii(s)) {
            d = java.text.Normalizer.normalize(s, Form.NFKD);
            d = MARKS.matcher(d).replaceAll("");
        }
        // fold punctuation, case and runs of white space in one pass
        StringBuilder out = new StringBuilder(d.length());
        boolean pendingSpace = false;
        for (int i = 0; i < d.length(); i++) {
            char c = fold(d.charAt(i));
            if (Character.isWhitespace(c)) {
                pendingSpace = out.length() > 0;
                continue;
            }
            if (pendingSpace) {
                out.append(' ');
                pendingSpace = false;
            }
            out.append(Character.toLowerCase(c));
        }
        return out.toString();
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    /** Only letters and digits, lower case, single spaces: for comparing words regardless of punctuation. */
    public static String wordsOnly(String s) {
        String m = forMatching(s);
        StringBuilder out = new StringBuilder(m.length());
        boolean space = true;
        for (int i = 0; i < m.length(); i++) {
            char c = m.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                out.append(c);
                space = false;
            } else if (!space) {
                out.append(' ');
                space = true;
            }
        }
        return out.toString().strip();
    }

    /** Curly quotes, primes, guillemets and dashes to their ASCII forms; length is preserved. */
    public static String foldPunctuation(String s) {
        StringBuilder out = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            char f = fold(c);
            if (f != c) {
                if (out == null) {
                    out = new StringBuilder(s);
                }
                out.setCharAt(i, f);
            }
        }
        return out == null ? s : out.toString();
    }

    static char fold(char c) {
        switch (c) {
            case '\u201c': case '\u201d': case '\u201e': case '\u201f': case '\u00ab': case '\u00bb':
            case '\u2033': case '\uff02':
                return '"';
            case '\u2018': case '\u2019': case '\u201a': case '\u201b': case '\u2032': case '\u2039':
            case '\u203a': case '\u0060': case '\u00b4': case '\uff07':
                return '\'';
            case '\u2010': case '\u2011': case '\u2012': case '\u2013': case '\u2014': case '\u2015':
            case '\u2212':
                return '-';
            case '\u00a0': case '\u2007': case '\u202f': case '\u2009': case '\u200a':
                return ' ';
            default:
                return c;
        }
    }
}
