package org.parallax.model;

import java.util.List;
import java.util.Objects;

/**
 * Two stories that are different events of one topic with the same principal actors: an earlier round
 * of talks and the next, a first report and a follow-up. Linked, never merged.
 *
 * @param earlier the story first reported earlier (or, when neither is dated, the one read first)
 * @param later   the other story
 * @param dated   true when both stories have a dated article, so the order is their publication order
 * @param shared  the principal names both stories give (lower case, as the clusterer folds them)
 */
public record StoryLink(String earlier, String later, boolean dated, List<String> shared) {
    public StoryLink {
        Objects.requireNonNull(earlier, "earlier");
        Objects.requireNonNull(later, "later");
        shared = List.copyOf(shared);
    }

    /** Each story's links, by story id, in one pass. */
    public static java.util.Map<String, List<StoryLink>> byStory(List<StoryLink> links) {
        java.util.Map<String, List<StoryLink>> out = new java.util.HashMap<>();
        for (StoryLink l : links) {
            out.computeIfAbsent(l.earlier(), k -> new java.util.ArrayList<>()).add(l);
            out.computeIfAbsent(l.later(), k -> new java.util.ArrayList<>()).add(l);
        }
        return out;
    }

    /** The linked story seen from {@code storyId}. */
    public String other(String storyId) {
        return earlier.equals(storyId) ? later : earlier;
    }

    /**
     * What the other story is to {@code storyId}: {@code "follow-up"} (it came after), {@code "earlier"}
     * (it came before) or {@code "related"} (order unknown).
     */
    public String relationFor(String storyId) {
        return !dated ? "related" : earlier.equals(storyId) ? "follow-up" : "earlier";
    }
}
