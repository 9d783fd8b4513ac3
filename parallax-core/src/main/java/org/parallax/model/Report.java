package org.parallax.model;

import java.util.List;
import java.util.Objects;

/** Everything one run found: its documents, the stories they form, and the inputs it had to reject. */
public record Report(String generator, List<Article> documents, List<Story> stories, List<Rejected> rejected) {
    public static final String GENERATOR = "parallax 0.1.0";

    public Report {
        Objects.requireNonNull(generator, "generator");
        documents = List.copyOf(documents);
        stories = List.copyOf(stories);
        rejected = List.copyOf(rejected);
    }
}
