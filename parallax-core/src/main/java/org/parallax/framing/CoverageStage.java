package org.parallax.framing;

import org.parallax.model.Article;
import org.parallax.model.Claim;
import org.parallax.model.Coverage;
import org.parallax.model.SourceText;
import org.parallax.model.Story;
import org.parallax.pipeline.Stage;
import org.parallax.pipeline.StageResult;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Story stage "coverage": one row per document with the claims only it states and the corroborated
 * claims (two or more independent outlets) it leaves out. A story without claims still gets a row per
 * document, both lists empty. Pure function; thread-safe.
 *
 * <p>Cost: each claim's set of documents is built once, O(σ·log k) for σ claim sources in the story and k
 * sources a claim; then each of n articles goes through every claim, O(n·C·log k) for C claims: quadratic in
 * the story (a row may list every claim), cheap per step. (Before 7 December each article rebuilt every
 * claim's set, O(n·σ·log k).)
 */
public final class CoverageStage implements Stage<Story, Story> {
    @Override
    public StageResult<Story> apply(Story story) {
        List<Coverage> rows = new ArrayList<>();
        List<Set<String>> documents = story.claims().stream().map(CoverageStage::documents).toList();
        for (Article a : story.articles()) {
            List<String> exclusive = new ArrayList<>();
            List<String> missing = new ArrayList<>();
            for (int i = 0; i < story.claims().size(); i++) {
                Claim c = story.claims().get(i);
                Set<String> docs = documents.get(i);
                if (docs.equals(Set.of(a.id()))) {
                    exclusive.add(c.id());
                } else if (!docs.contains(a.id()) && c.independentSources() >= 2
                        && c.status() != Claim.Status.SINGLE_SOURCE) {
                    missing.add(c.id());
                }
            }
            rows.add(new Coverage(a.id(), exclusive, missing));
        }
        return StageResult.ok(story.withCoverage(rows));
    }

    /** The documents stating a claim. */
    public static Set<String> documents(Claim c) {
        return c.sources().stream().map(SourceText::document).collect(Collectors.toCollection(java.util.TreeSet::new));
    }
}
