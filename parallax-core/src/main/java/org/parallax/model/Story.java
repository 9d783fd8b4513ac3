package org.parallax.model;

import java.util.List;
import java.util.Objects;

/**
 * One real-world event as the story's articles tell it. The story-level stages each fill one section
 * and return a copy, so a {@code Story} is the document object of the story pipeline. {@code provenance}
 * is null until copies have been looked for. {@code warnings} says where the story passed a bound on a stage's
 * work and what the stage did instead (less, or an approximation), in words for the reader, each naming the stage.
 */
public record Story(String id, String headline, List<Article> articles, List<Entity> entities,
                    List<Quote> quotes, List<Claim> claims, List<Conflict> conflicts,
                    List<TimelineEvent> timeline, List<Framing> framing, List<Coverage> coverage,
                    List<SummarySentence> summary, List<Trajectory> trajectories, Provenance provenance,
                    List<String> warnings) {
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
        warnings = List.copyOf(warnings);
    }

    /** The story without warnings (kept for callers of the older constructor). */
    public Story(String id, String headline, List<Article> articles, List<Entity> entities, List<Quote> quotes,
                 List<Claim> claims, List<Conflict> conflicts, List<TimelineEvent> timeline, List<Framing> framing,
                 List<Coverage> coverage, List<SummarySentence> summary, List<Trajectory> trajectories,
                 Provenance provenance) {
        this(id, headline, articles, entities, quotes, claims, conflicts, timeline, framing, coverage, summary,
                trajectories, provenance, List.of());
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
        return new Story(id, value, articles, entities, quotes, claims, conflicts, timeline, framing, coverage, summary, trajectories, provenance, warnings);
    }

    public Story withArticles(List<Article> value) {
        return new Story(id, headline, value, entities, quotes, claims, conflicts, timeline, framing, coverage, summary, trajectories, provenance, warnings);
    }

    public Story withEntities(List<Entity> value) {
        return new Story(id, headline, articles, value, quotes, claims, conflicts, timeline, framing, coverage, summary, trajectories, provenance, warnings);
    }

    public Story withQuotes(List<Quote> value) {
        return new Story(id, headline, articles, entities, value, claims, conflicts, timeline, framing, coverage, summary, trajectories, provenance, warnings);
    }

    public Story withClaims(List<Claim> value) {
        return new Story(id, headline, articles, entities, quotes, value, conflicts, timeline, framing, coverage, summary, trajectories, provenance, warnings);
    }

    public Story withConflicts(List<Conflict> value) {
        return new Story(id, headline, articles, entities, quotes, claims, value, timeline, framing, coverage, summary, trajectories, provenance, warnings);
    }

    public Story withTimeline(List<TimelineEvent> value) {
        return new Story(id, headline, articles, entities, quotes, claims, conflicts, value, framing, coverage, summary, trajectories, provenance, warnings);
    }

    public Story withFraming(List<Framing> value) {
        return new Story(id, headline, articles, entities, quotes, claims, conflicts, timeline, value, coverage, summary, trajectories, provenance, warnings);
    }

    public Story withCoverage(List<Coverage> value) {
        return new Story(id, headline, articles, entities, quotes, claims, conflicts, timeline, framing, value, summary, trajectories, provenance, warnings);
    }

    public Story withSummary(List<SummarySentence> value) {
        return new Story(id, headline, articles, entities, quotes, claims, conflicts, timeline, framing, coverage, value, trajectories, provenance, warnings);
    }

    public Story withProvenance(Provenance value) {
        return new Story(id, headline, articles, entities, quotes, claims, conflicts, timeline, framing, coverage, summary, trajectories, value, warnings);
    }

    public Story withTrajectories(List<Trajectory> value) {
        return new Story(id, headline, articles, entities, quotes, claims, conflicts, timeline, framing, coverage, summary, value, provenance, warnings);
    }

    /** The story with one more warning: {@code stage} and what it left undone, for the reader. */
    public Story withWarning(String stage, String text) {
        List<String> all = new java.util.ArrayList<>(warnings);
        all.add(stage + ": " + text);
        return new Story(id, headline, articles, entities, quotes, claims, conflicts, timeline, framing, coverage, summary, trajectories, provenance, all);
    }
}
