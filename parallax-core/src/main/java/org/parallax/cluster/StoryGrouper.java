package org.parallax.cluster;

import org.parallax.model.Article;

import java.util.List;

/** Sorts articles into groups, one per real-world event. Implementations are pure and thread-safe. */
@FunctionalInterface
public interface StoryGrouper {
    /** Groups of the given articles; every article is in exactly one group, in input order within it. */
    List<List<Article>> group(List<Article> articles);

    /** The groups of {@link #group}, with the pairs that are related events; a grouper that cannot tell links none. */
    default Grouping groupAndRelate(List<Article> articles) {
        return new Grouping(group(articles), List.of());
    }

    /**
     * What a reader of one of this grouper's stories should know of how it was grouped, a sentence each
     * (shown with the story's warnings); none by default.
     */
    default List<String> warnings(List<Article> story) {
        return List.of();
    }
}
