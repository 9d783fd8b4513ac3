package org.parallax.ingest;

import org.parallax.model.Span;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * How much of one article the analysis reads: the first {@link #MAX_CHARS} characters of its
 * paragraphs, at most {@link #MAX_PARAGRAPHS} of them. A news article is a few thousand characters (the
 * longest of the 900 development articles is 16,138); a 2 MB text or a page of a million paragraphs is
 * analysed in part, with a warning, instead of holding a batch or a server for minutes (issue 18). The
 * cut falls at a paragraph end, or inside a paragraph at the last space before the limit (a run without
 * spaces is cut where the limit falls). The article's text then ends at the cut (a prefix, so offsets still hold); the
 * input file or the stored article keeps it whole. Thread-safe.
 */
final class AnalysisBudget {
    static final int MAX_CHARS = 100_000;
    static final int MAX_PARAGRAPHS = 2_000;

    private AnalysisBudget() {
    }

    /** The paragraphs the analysis reads and, when some were left out, the warning that says so. */
    record Cut(List<Span> paragraphs, Optional<String> warning) {
    }

    static Cut of(String text, List<Span> paragraphs) {
        int chars = 0;
        List<Span> kept = new ArrayList<>();
        for (Span p : paragraphs) {
            if (kept.size() == MAX_PARAGRAPHS || chars >= MAX_CHARS) {
                break;
            }
            int room = MAX_CHARS - chars;
            Span s = p.end() - p.start() <= room ? p : inside(text, p, room);
            if (s == null) {
                break;
            }
            kept.add(s);
            chars += s.end() - s.start();
        }
        if (kept.size() == paragraphs.size() && (kept.isEmpty() || kept.get(kept.size() - 1).equals(paragraphs.get(paragraphs.size() - 1)))) {
            return new Cut(paragraphs, Optional.empty());
        }
        long total = paragraphs.stream().mapToLong(p -> p.end() - p.start()).sum();
        return new Cut(List.copyOf(kept), Optional.of(String.format(java.util.Locale.ROOT,
                "analysed in part: the first %,d of %,d characters (%,d of %,d paragraphs); an article is analysed"
                        + " up to %,d characters and %,d paragraphs", chars, total, kept.size(), paragraphs.size(),
                MAX_CHARS, MAX_PARAGRAPHS)));
    }

    /** The start of a paragraph up to the last white space within {@code room} characters, or null. */
    private static Span inside(String text, Span p, int room) {
        int end = p.start() + room;
        while (end > p.start() && !Character.isWhitespace(text.charAt(end))) {
            end--;
        }
        while (end > p.start() && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (end > p.start()) {
            return new Span(p.start(), end);
        }
        // no space at all: a hard cut, never between the two halves of a surrogate pair
        end = p.start() + room;
        if (Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return end > p.start() ? new Span(p.start(), end) : null;
    }
}
