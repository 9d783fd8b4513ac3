package org.parallax.ingest;

import org.parallax.model.RawArticle;
import org.parallax.model.Rejected;

import java.util.ArrayList;
import java.util.List;

/** What reading some inputs gave: the articles, and the inputs that could not be read, each with why. */
public record Batch(List<RawArticle> articles, List<Rejected> rejected) {
    public Batch {
        articles = List.copyOf(articles);
        rejected = List.copyOf(rejected);
    }

    public static Batch of(RawArticle article) {
        return new Batch(List.of(article), List.of());
    }

    public static Batch rejected(String source, String problem) {
        return new Batch(List.of(), List.of(new Rejected(source, problem)));
    }

    public Batch plus(Batch other) {
        List<RawArticle> a = new ArrayList<>(articles);
        a.addAll(other.articles);
        List<Rejected> r = new ArrayList<>(rejected);
        r.addAll(other.rejected);
        return new Batch(a, r);
    }
}
