package org.parallax.cluster.dedup;

import org.parallax.model.Article;
import org.parallax.model.Copy;
import org.parallax.model.Provenance;

import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** The provenance of one story from the copies found in the whole batch. Pure and thread-safe. */
public final class StoryProvenance {
    private StoryProvenance() {
    }

    /** The story's earliest dated article and the copies made by its articles. */
    public static Provenance of(List<Article> story, List<Copy> copies) {
        Set<String> ids = story.stream().map(Article::id).collect(Collectors.toSet());
        String earliest = story.stream().filter(a -> a.published() != null)
                .min(Comparator.comparing((Article a) -> a.published().date()))
                .map(Article::id).orElse(null);
        return new Provenance(earliest, copies.stream().filter(c -> ids.contains(c.document())).toList());
    }
}
