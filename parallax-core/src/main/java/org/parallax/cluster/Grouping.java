package org.parallax.cluster;

import org.parallax.model.Article;

import java.util.List;

/**
 * Stories and the links between them, as a grouper found them.
 *
 * @param stories the groups of articles, one per event, as {@link StoryGrouper#group} gives them
 * @param related pairs of stories (indices into {@code stories}) that are related events, with the names they share
 */
public record Grouping(List<List<Article>> stories, List<Link> related) {
    public Grouping {
        stories = List.copyOf(stories);
        related = List.copyOf(related);
    }

    /** Two related stories by index, first the one that comes first in {@code stories}. */
    public record Link(int first, int second, List<String> shared) {
        public Link {
            shared = List.copyOf(shared);
        }
    }
}
