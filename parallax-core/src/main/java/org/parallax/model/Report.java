package org.parallax.model;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Everything one run found: its documents, the stories they form and how they relate, and the inputs it had to reject. */
public record Report(String generator, List<Article> documents, List<Story> stories, List<Rejected> rejected,
                     List<StoryLink> related) {
    public static final String GENERATOR = "parallax 0.1.0";

    public Report {
        Objects.requireNonNull(generator, "generator");
        documents = List.copyOf(documents);
        stories = List.copyOf(stories);
        rejected = List.copyOf(rejected);
        related = List.copyOf(related);
    }

    /** A report without links between its stories. */
    public Report(String generator, List<Article> documents, List<Story> stories, List<Rejected> rejected) {
        this(generator, documents, stories, rejected, List.of());
    }

    /** Every story's links, by story id, in one pass (for writers that visit every story). */
    public Map<String, List<StoryLink>> linksByStory() {
        return StoryLink.byStory(related);
    }
}
