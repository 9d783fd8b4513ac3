package org.parallax.model;

/**
 * A passage one article took from another: offsets into the copy's original text and into the source's.
 */
public record CopiedPassage(int start, int end, int sourceStart, int sourceEnd) {
    public CopiedPassage {
        if (start < 0 || end < start || sourceStart < 0 || sourceEnd < sourceStart) {
            throw new IllegalArgumentException("bad passage offsets");
        }
    }
}
