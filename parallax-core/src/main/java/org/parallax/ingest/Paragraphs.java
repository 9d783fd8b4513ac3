package org.parallax.ingest;

import org.parallax.model.Span;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits an original text into paragraphs, trimmed, with offsets. One paragraph a line, unless the text
 * is hard-wrapped (lines broken mid-sentence, paragraphs separated by blank lines), in which case a
 * paragraph is a block between blank lines. Thread-safe.
 */
final class Paragraphs {
    private Paragraphs() {
    }

    static List<Span> of(String text) {
        List<Span> lines = lines(text);
        return isHardWrapped(text, lines) ? blocks(text) : lines;
    }

    static List<Span> lines(String text) {
        List<Span> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == '\n') {
                trimmed(text, start, i).ifPresent(out::add);
                start = i + 1;
            }
        }
        return out;
    }

    private static List<Span> blocks(String text) {
        List<Span> out = new ArrayList<>();
        int start = 0;
        int i = 0;
        while (i <= text.length()) {
            if (i == text.length() || (text.charAt(i) == '\n' && blankLineFollows(text, i))) {
                trimmed(text, start, i).ifPresent(out::add);
                while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
                    i++;
                }
                start = i;
                if (i == text.length()) {
                    break;
                }
            }
            i++;
        }
        return out;
    }

    private static boolean blankLineFollows(String text, int newline) {
        for (int j = newline + 1; j < text.length(); j++) {
            char c = text.charAt(j);
            if (c == '\n') {
                return true;
            }
            if (!Character.isWhitespace(c)) {
                return false;
            }
        }
        return true;
    }

    /** Hard-wrapped when a third or more of the single line breaks fall inside a sentence. */
    private static boolean isHardWrapped(String text, List<Span> lines) {
        int breaks = 0;
        int inside = 0;
        for (int k = 0; k + 1 < lines.size(); k++) {
            Span a = lines.get(k);
            Span b = lines.get(k + 1);
            if (text.substring(a.end(), b.start()).chars().filter(c -> c == '\n').count() != 1) {
                continue;
            }
            breaks++;
            char next = text.charAt(b.start());
            if (!LineShapes.endsLikeSentence(a.of(text)) && Character.isLowerCase(next)) {
                inside++;
            }
        }
        return breaks >= 3 && inside * 3 >= breaks;
    }

    private static java.util.Optional<Span> trimmed(String text, int start, int end) {
        while (start < end && Character.isWhitespace(text.charAt(start)) || start < end && text.charAt(start) == '\uFEFF') {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return start < end ? java.util.Optional.of(new Span(start, end)) : java.util.Optional.empty();
    }
}
