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
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Story stage "claims": the story's checkable statements grouped across outlets (one claim per fact, with
 * every outlet that states it), how many independent outlets state each (copies of one wire text count
 * once), the figures outlets disagree on ({@link Disputes}) and the figures that moved between reports.
 * A claim named by a conflict is disputed. A statement only one outlet makes stays a claim when it gives
 * a figure or a date; other lone sentences are not claims.
 *
 * <p>Pure function of the story; needs the article stages "syntax" (tags and parses) and "times".
 * Thread-safe.
 *
 * <p>Cost: candidates and figures come from one pass over each article's sentences (each sentence scanning
 * its article's time expressions). {@link ClaimGrouper} dominates and is quadratic: O(c·t) cosines of 384
 * dimensions for c candidate sentences holding t distinct texts (t is c unless outlets ran copies).
 * {@link Disputes} is pairwise within blocks of one kind and unit,
 * O(Σ b²) time and memory (O(b³) at worst, many pairs disagreeing); {@link Denials} reads the other articles'
 * tokens per doubt, O(q·t); the other fact readers go pairwise over their items (dated events, names),
 * {@link Independence} within each claim.
 */
public final class ClaimStage implements Stage<Story, Story> {
    /** Cosine above which two sentences may state the same claim. */
    static final double SAME_CLAIM = 0.70;

    private final Disputes disputes;

    public ClaimStage() {
        this(Disputes.Settings.TUNED);
    }

    /** The readers of facts that are no figure: each finds its conflicts from the story's articles. */
    @FunctionalInterface
    private interface FactFinder {
        List<Conflict> find(List<Article> articles, java.util.function.BiFunction<String, Integer, String> claimAt);
    }

    private static final List<FactFinder> FACT_FINDERS = List.of(EventDates::find, EventDays::find, NameVariants::find,
            DeathCauses::find, Denials::find, Scopes::find);

    /**
     * One reader's answer, or {@code otherwise} when it trips on a parse it did not expect: the reader's
     * conflicts are lost, not the story's claims. Under {@code -Dparallax.strict=true} (the test suites set
     * it) the error is thrown, so a reader's bug fails a test instead of hiding.
     */
    private static <T> T guarded(java.util.function.Supplier<T> reader, T otherwise) {
        try {
            return reader.get();
        } catch (RuntimeException e) {
            if (Boolean.getBoolean("parallax.strict")) {
                throw e;
            }
            return otherwise;
        }
    }

    ClaimStage(Disputes.Settings settings) {
        this.disputes = new Disputes(settings);
    }

    /**
     * The texts of an article this stage compares by meaning (its candidate sentences, and the clauses of its
     * figures whose meaning a dispute may read), for the article
     * pipeline to embed with the article. A story may add a few: a sentence becomes a candidate when the
     * story dates its article.
     */
    public static List<String> comparedTexts(Article article) {
        return guarded(() -> {
            List<Candidate> candidates = ClaimExtractor.extract(article);
            List<String> texts = new ArrayList<>(candidates.stream().map(Candidate::text).toList());
            candidates.forEach(c -> c.figures().stream().filter(Disputes::meaningMayBeRead).forEach(f -> texts.add(f.clause())));
            return texts;
        }, List.of());
    }

    @Override
    public StageResult<Story> apply(Story story) {
        List<Candidate> candidates = new ArrayList<>();
        for (Article a : story.articles()) {
            candidates.addAll(ClaimExtractor.extract(a));
        }
        List<List<Candidate>> groups = new ClaimGrouper(SAME_CLAIM).group(candidates);
        Map<Candidate, String> claimOf = new HashMap<>();
        Map<String, Candidate> bySentence = new HashMap<>();
        for (int i = 0; i < groups.size(); i++) {
            for (Candidate c : groups.get(i)) {
                claimOf.put(c, "c" + (i + 1));
                bySentence.put(c.document() + "#" + c.sentence().index(), c);
            }
        }
        List<Figure> figures = new ArrayList<>();
        candidates.forEach(c -> figures.addAll(c.figures()));
        Map<String, String> published = new HashMap<>();
        candidates.forEach(c -> published.put(c.document(), c.published()));
        Map<String, String> scenes = new HashMap<>();
        for (Article a : story.articles()) {
            String where = guarded(() -> FigureReader.scene(a), null);
            if (where != null) {
                scenes.put(a.id(), where);
            }
        }
        Disputes.Found found = disputes.find(figures,
                f -> claimOf.get(bySentence.get(f.document() + "#" + f.sentence())), published::get, scenes::get);
        List<Conflict> all = new ArrayList<>(found.conflicts());
        java.util.function.BiFunction<String, Integer, String> claimAt = (doc, sentence) -> {
            Candidate c = bySentence.get(doc + "#" + sentence);
            return c == null ? null : claimOf.get(c);
        };
        for (FactFinder finder : FACT_FINDERS) {
            all.addAll(guarded(() -> finder.find(story.articles(), claimAt), List.of()));
        }
        Map<String, String> days = new HashMap<>();
        for (Article a : story.articles()) {
            if (a.published() != null && a.published().date() != null) {
                days.put(a.id(), a.published().date());
            }
        }
        all.addAll(guarded(() -> Ages.find(story.articles(), figures, days::get, claimAt), List.of()));
        List<Conflict> conflicts = new ArrayList<>();
        for (Conflict c : all) {
            conflicts.add(new Conflict("x" + (conflicts.size() + 1), c.topic(), c.positions(), c.explanation()));
        }
        Set<String> disputed = new HashSet<>();
        conflicts.forEach(c -> c.positions().stream().filter(p -> p.claim() != null).forEach(p -> disputed.add(p.claim())));
        Set<String> referenced = new HashSet<>(disputed);
        found.trajectories().forEach(t -> t.points().forEach(p -> referenced.add(p.claim())));

        Independence independence = story.provenance() != null
                ? new Independence(story.articles(), story.provenance().copies())
                : new Independence(story.articles());
        List<Claim> claims = new ArrayList<>();
        for (int i = 0; i < groups.size(); i++) {
            List<Candidate> members = groups.get(i);
            String id = "c" + (i + 1);
            boolean checkable = members.size() > 1 || members.stream().anyMatch(c -> !c.figures().isEmpty() || !c.dates().isEmpty());
            if (!checkable && !referenced.contains(id)) {
                continue;
            }
            claims.add(claim(id, members, independence.chain(members), disputed.contains(id)));
        }
        return StageResult.ok(story.withClaims(claims).withConflicts(conflicts).withTrajectories(found.trajectories()));
    }

    private static Claim claim(String id, List<Candidate> members, List<Sourcing> chain, boolean disputed) {
        List<SourceText> sources = new ArrayList<>();
        List<Quantity> quantities = new ArrayList<>();
        List<String> dates = new ArrayList<>();
        for (Candidate c : members) {
            sources.add(new SourceText(c.document(), c.text(), c.sentence().start(), c.sentence().end()));
            for (Figure f : c.figures()) {
                Quantity q = new Quantity(f.value(), f.qualifier(), unitOf(f));
                if (!quantities.contains(q)) {
                    quantities.add(q);
                }
            }
            c.dates().stream().filter(d -> !dates.contains(d)).forEach(dates::add);
        }
        Claim.Status status = disputed ? Claim.Status.DISPUTED
                : chain.size() >= 2 ? Claim.Status.CORROBORATED : Claim.Status.SINGLE_SOURCE;
        return new Claim(id, members.get(0).text(), sources, quantities, dates, chain.size(), status, chain);
    }

    /** What a quantity counts, as the report shows it: "people injured", "hours", "USD", "%". */
    private static String unitOf(Figure f) {
        String what = f.counted();
        String unit = switch (f.kind()) {
            case DURATION -> f.text().replaceAll("^[^A-Za-z]*", "").replaceAll("(?i)^(?:about|nearly|almost|more than|over|some|around|roughly|at least|an? )\\s*", "");
            case MONEY, PERCENT -> f.unit();
            case CLOCK -> "game clock";
            default -> f.unit();
        };
        if (what == null) {
            return Objects.requireNonNullElse(unit, "");
        }
        return unit == null || f.kind() == Figure.Kind.COUNT ? what : unit + " (" + what + ")";
    }
}
