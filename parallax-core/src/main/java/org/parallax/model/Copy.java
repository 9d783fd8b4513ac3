package org.parallax.model;

import java.util.List;
import java.util.Objects;

/**
 * One article that copies passages of another (a syndicated wire story, a press release run by several
 * outlets, a near-duplicate page).
 *
 * @param document      the copy
 * @param source        the article it copies: the earlier published, else the longer (outlets trim wire
 *                      copy more often than they pad it)
 * @param share         the part of the copy's kept text that comes from the source, 0 to 1
 * @param nearDuplicate true when both articles are mostly the same text (share of each at least 0.8)
 * @param passages      the copied passages, in the copy's order
 */
public record Copy(String document, String source, double share, boolean nearDuplicate, List<CopiedPassage> passages) {
    public Copy {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(source, "source");
        passages = List.copyOf(passages);
    }
}
