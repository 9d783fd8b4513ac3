package org.parallax.model;

import java.util.List;

/**
 * Where a story's texts come from: its earliest publisher and which of its articles copy which.
 *
 * @param earliest the id of the story's earliest dated article, or null when none is dated
 * @param copies   copies whose copying article is in the story
 */
public record Provenance(String earliest, List<Copy> copies) {
    public Provenance {
        copies = List.copyOf(copies);
    }
}
