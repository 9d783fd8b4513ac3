package org.parallax.model;

/**
 * A half-open range {@code [start, end)} of UTF-16 indices into an article's original text.
 * Every offset Parallax reports points into the original, so {@code original.substring(start, end)}
 * is what the report quotes.
 */
public record Span(int start, int end) implements Comparable<Span> {
    public Span {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
        }
    }

    public int length() {
        return end - start;
    }

    public String of(String original) {
        return original.substring(start, end);
    }

    public boolean overlaps(Span other) {
        return start < other.end && other.start < end;
    }

    public boolean contains(Span other) {
        return start <= other.start && other.end <= end;
    }

    @Override
    public int compareTo(Span o) {
        return start != o.start ? Integer.compare(start, o.start) : Integer.compare(end, o.end);
    }
}
