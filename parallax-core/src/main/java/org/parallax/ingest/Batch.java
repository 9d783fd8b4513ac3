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

    /** All of the given batches in order, in one copy (folding with {@link #plus} would copy n times). */
    public static Batch concat(List<Batch> batches) {
        List<RawArticle> a = new ArrayList<>();
        List<Rejected> r = new ArrayList<>();
        for (Batch b : batches) {
            a.addAll(b.articles);
            r.addAll(b.rejected);
        }
        return new Batch(a, r);
    }

    /**
     * This batch with each id once: a later article with an id already taken is rejected, naming the
     * input that holds it, instead of silently replacing or shadowing it (issue 18).
     */
    public Batch distinctIds() {
        java.util.Map<String, String> first = new java.util.HashMap<>();
        List<RawArticle> a = new ArrayList<>();
        List<Rejected> r = new ArrayList<>(rejected);
        for (RawArticle article : articles) {
            String taken = first.putIfAbsent(article.id(), article.source());
            if (taken == null) {
                a.add(article);
            } else {
                r.add(new Rejected(article.source() + " (" + article.id() + ")", "id \"" + article.id()
                        + "\" is already used by " + taken + " in this batch: each article needs its own id"));
            }
        }
        return r.size() == rejected.size() ? this : new Batch(a, r);
    }

    /** Collects a batch one article or rejection at a time, as streaming readers find them; not thread-safe. */
    static final class Builder {
        private final List<RawArticle> articles = new ArrayList<>();
        private final List<Rejected> rejected = new ArrayList<>();

        Builder add(RawArticle article) {
            articles.add(article);
            return this;
        }

        Builder reject(String source, String problem) {
            rejected.add(new Rejected(source, problem));
            return this;
        }

        Builder addAll(Batch batch) {
            articles.addAll(batch.articles);
            rejected.addAll(batch.rejected);
            return this;
        }

        int articles() {
            return articles.size();
        }

        int size() {
            return articles.size() + rejected.size();
        }

        Batch build() {
            return new Batch(articles, rejected);
        }
    }

    public Batch plus(Batch other) {
        List<RawArticle> a = new ArrayList<>(articles);
        a.addAll(other.articles);
        List<Rejected> r = new ArrayList<>(rejected);
        r.addAll(other.rejected);
        return new Batch(a, r);
    }
}
