package org.parallax.model;

import java.util.List;
import java.util.Objects;

/**
 * One real-world event as the story's articles tell it. The story-level stages each fill one section
 * and return a copy, so a {@code Story} is the document object of the story pipeline. {@code provenance}
 * is null until copies have been looked for.
 */
public record Story(String id, String headline, List<Article> articles, List<Entity> entities,
                    List<Quote> quotes, List<Claim> claims, List<Conflict> conflicts,
                    List<TimelineEvent> timeline, List<Framing> framing, List<Coverage> coverage,
                    List<SummarySentence> summary, List<Trajectory> trajectories, Provenance provenance) {
    public Story {
        Objects.requireNonNull(id, "id");
        articles = List.copyOf(articles);
        entities = List.copyOf(entities);
        quotes = List.copyOf(quotes);
        claims = List.copyOf(claims);
        conflicts = List.copyOf(conflicts);
        timeline = List.copyOf(timeline);
        framing = List.copyOf(framing);
        coverage = List.copyOf(coverage);
        summary = List.copyOf(summary);
        trajectories = List.copyOf(trajectories);
    }

    /** The story before provenance was found (kept for callers of the older constructor). */
    public Story(String id, String headline, List<Article> articles, List<Entity> entities, List<Quote> quotes,
                 List<Claim> claims, List<Conflict> conflicts, List<TimelineEvent> timeline, List<Framing> framing,
                 List<Coverage> coverage, List<SummarySentence> summary, List<Trajectory> trajectories) {
        this(id, headline, articles, entities, quotes, claims, conflicts, timeline, framing, coverage, summary,
                trajectories, null);
    }

    /** The story before figure trajectories existed (kept for callers of the older constructor). */
    public Story(String id, String headline, List<Article> articles, List<Entity> entities, List<Quote> quotes,
                 List<Claim> claims, List<Conflict> conflicts, List<TimelineEvent> timeline, List<Framing> framing,
                 List<Coverage> coverage, List<SummarySentence> summary) {
        this(id, headline, articles, entities, quotes, claims, conflicts, timeline, framing, coverage, summary,
                List.of());
    }

    /** A story of these articles with every analysis section still empty. */
    public static Story of(String id, String headline, List<Article> articles) {
        return new Story(id, headline, articles, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of(), List.of(), List.of());
    }

    public List<String> documentIds() {
        return articles.stream().map(Article::id).toList();
    }

    public Article article(String id) {
        return articles.stream().filter(a -> a.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no document " + id + " in story " + this.id));
    }

    public Story withHeadline(String value) {
        return new Story(id, value, articles, entities, quotes, claims, conflicts, timeline, framing, coverage, summary, trajectories, provenance);
    }

    public Story withArticles(List<Article> value) {
        return new Story(id, headline, value, entities, quotes, claims, conflicts, timeline, framing, coverage, summary, trajectories, provenance);
    }

    public Story withEntities(List<Entity> value) {
        return new Story(id, headline, articles, value, quotes, claims, conflicts, timeline, framing, coverage, summary, trajectories, provenance);
    }

    public Story withQuotes(List<Quote> value) {
        return new Story(id, headline, articles, entities, value, claims, conflicts, timeline, framing, coverage, summary, trajectories, provenance);
    }

    public Story withClaims(List<Claim> value) {
        return new Story(id, headline, articles, entities, quotes, value, conflicts, timeline, framing, coverage, summary, trajectories, provenance);
    }

    public Story withConflicts(List<Conflict> value) {
        return new Story(id, headline, articles, entities, quotes, claims, value, timeline, framing, coverage, summary, trajectories, provenance);
    }

    public Story withTimeline(List<TimelineEvent> value) {
        return new Story(id, headline, articles, entities, quotes, claims, conflicts, value, framing, coverage, summary, trajectories, provenance);
    }

    public Story withFraming(List<Framing> value) {
        return new Story(id, headline, articles, entities, quotes, claims, conflicts, timeline, value, coverage, summary, trajectories, provenance);
    }

    public Story withCoverage(List<Coverage> value) {
        return new Story(id, headline, articles, entities, quotes, claims, conflicts, timeline, framing, value, summary, trajectories, provenance);
    }

    public Story withSummary(List<SummarySentence> value) {
        return new Story(id, headline, articles, entities, quotes, claims, conflicts, timeline, framing, coverage, value, trajectories, provenance);
    }

    public Story withProvenance(Provenance value) {
        return new Story(id, headline, articles, entities, quotes, claims, conflicts, timeline, framing, coverage, summary, trajectories, value);
    }

    public Story withTrajectories(List<Trajectory> value) {
        return new Story(id, headline, articles, entities, quotes, claims, conflicts, timeline, framing, coverage, summary, value, provenance);
    }
}
