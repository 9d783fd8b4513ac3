package org.parallax.claims;

import org.parallax.model.Article;
import org.parallax.model.Claim;
import org.parallax.model.Conflict;
import org.parallax.model.Quantity;
import org.parallax.model.SourceText;
import org.parallax.model.Sourcing;
import org.parallax.model.Story;
import org.parallax.pipeline.Stage;
import org.parallax.pipeline.StageResult;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Story stage "claims": the story's check-worthy claims grouped across outlets, how many independent
 * outlets state each, and the conflicts between them (a claim named by a conflict is disputed).
 * Pure function of the story; uses the articles' sentences and times.
 */
public final class ClaimStage implements Stage<Story, Story> {
    /** Cosine above which two sentences may state the same claim. */
    private static final double SAME_CLAIM = 0.70;

    @Override
    public StageResult<Story> apply(Story story) {
        List<Candidate> candidates = new ArrayList<>();
        for (Article a : story.articles()) {
            candidates.addAll(ClaimExtractor.extract(a));
        }
        if (candidates.isEmpty()) {
            return StageResult.ok(story);
        }
        List<List<Candidate>> groups = new ClaimGrouper(SAME_CLAIM).group(candidates);
        Independence independence = story.provenance() != null
                ? new Independence(story.articles(), story.provenance().copies())
                : new Independence(story.articles());
        List<ConflictFinder.Grouped> grouped = new ArrayList<>();
        for (int i = 0; i < groups.size(); i++) {
            grouped.add(new ConflictFinder.Grouped("c" + (i + 1), groups.get(i)));
        }
        List<Conflict> conflicts = ConflictFinder.find(grouped);
        Set<String> disputed = new HashSet<>();
        conflicts.forEach(c -> c.positions().forEach(p -> disputed.add(p.claim())));
        var trajectories = ConflictFinder.trajectories(grouped);
        Set<String> referenced = new HashSet<>(disputed);
        trajectories.forEach(t -> t.points().forEach(p -> referenced.add(p.claim())));
        java.util.Map<Candidate, Integer> groupsOf = new java.util.HashMap<>();
        grouped.forEach(g -> g.members().forEach(c -> groupsOf.merge(c, 1, Integer::sum)));
        List<Claim> claims = new ArrayList<>();
        Set<String> shown = new HashSet<>();
        for (ConflictFinder.Grouped g : grouped) {
            Candidate only = g.members().get(0);
            if (g.members().size() == 1 && groupsOf.get(only) > 1 && !referenced.contains(g.id())
                    && only.dates().isEmpty() && only.quantities().isEmpty()) {
                continue; // a lone undated sentence already in an event-level claim adds nothing on its own
            }
            Claim c = claim(g, independence.chain(g.members()), disputed.contains(g.id()), shown);
            shown.add(c.text());
            claims.add(c);
        }
        return StageResult.ok(story.withClaims(claims).withConflicts(conflicts)
                .withTrajectories(trajectories));
    }

    private static Claim claim(ConflictFinder.Grouped g, List<Sourcing> chain, boolean disputed, Set<String> shown) {
        List<SourceText> sources = new ArrayList<>();
        List<Quantity> quantities = new ArrayList<>();
        List<String> dates = new ArrayList<>();
        for (Candidate c : g.members()) {
            sources.add(new SourceText(c.document(), c.text(), c.sentence().start(), c.sentence().end()));
            for (Quantities.Found f : c.quantities()) {
                Quantity q = new Quantity(f.value(), f.qualifier(), f.unit());
                if (!quantities.contains(q)) {
                    quantities.add(q);
                }
            }
            c.dates().stream().filter(d -> !dates.contains(d)).forEach(dates::add);
        }
        Claim.Status status = disputed ? Claim.Status.DISPUTED
                : chain.size() >= 2 ? Claim.Status.CORROBORATED : Claim.Status.SINGLE_SOURCE;
        // A sentence can stand in several event-level claims; each claim is shown by a sentence not yet shown.
        String text = g.members().stream().map(Candidate::text).filter(t -> !shown.contains(t)).findFirst()
                .orElse(g.members().get(0).text());
        return new Claim(g.id(), text, sources, quantities, dates, chain.size(), status, chain);
    }
}
