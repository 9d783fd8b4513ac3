package org.parallax.report;

/**
 * Untrusted text made safe to print on a terminal or in a plain-text file: control characters (a newline,
 * a carriage return, ESC starting a terminal escape sequence, the C1 controls, DEL) and the invisible
 * characters that reorder or hide text (bidi overrides and isolates, zero-width marks, line and paragraph
 * separators) are shown as escapes instead of acting ({@code \n}, {@code \e}, or a backslash, u and four hex
 * digits for the rest, as Java writes U+202E). A file named
 * {@code "a\nparallax: all good"} then prints as one line that shows its newline (issue 18). Everything
 * else, non-Latin scripts included, passes unchanged. Thread-safe.
 */
public final class Printable {
    private Printable() {
    }

    /** For a terminal: control characters and the invisible characters that reorder or hide text escaped. */
    public static String of(String s) {
        return escaped(s, true);
    }

    /**
     * For a document that shows article text (Markdown): control characters escaped; the invisible
     * characters a script needs (a right-to-left mark in Arabic, a zero-width joiner) kept.
     */
    public static String controls(String s) {
        return escaped(s, false);
    }

    private static String escaped(String s, boolean hiddenToo) {
        if (s == null) {
            return "null";
        }
        StringBuilder out = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            String escape = escape(c, hiddenToo);
            if (escape != null && out == null) {
                out = new StringBuilder(s.length() + 16).append(s, 0, i);
            }
            if (out != null) {
                if (escape != null) {
                    out.append(escape);
                } else {
                    out.append(c);
                }
            }
        }
        return out == null ? s : out.toString();
    }

    private static String escape(char c, boolean hiddenToo) {
        switch (c) {
            case '\n':
                return "\\n";
            case '\r':
                return "\\r";
            case '\t':
                return "\\t";
            case 0x1b:
                return "\\e";
            default:
                break;
        }
        if (c < 0x20 || (c >= 0x7f && c <= 0x9f) || (hiddenToo && hidden(c))) {
            return String.format("\\u%04X", (int) c);
        }
        return null;
    }

    /** Characters that change how the text around them reads without showing themselves. */
    private static boolean hidden(char c) {
        // not U+200C and U+200D, the zero-width (non-)joiners that Persian and Indic names are spelt with
        return c == '\u061c' || c == '\u200b' || c == '\u200e' || c == '\u200f' || (c >= '\u2028' && c <= '\u202e')
                || (c >= '\u2066' && c <= '\u2069') || c == '\ufeff';
    }
}
