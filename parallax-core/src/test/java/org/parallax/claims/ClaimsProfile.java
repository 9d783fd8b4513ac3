package org.parallax.claims;

import org.parallax.Parallax;
import org.parallax.ingest.ArticleReader;
import org.parallax.ingest.Batch;
import org.parallax.model.Article;
import org.parallax.model.Rejected;
import org.parallax.model.Story;
import org.parallax.time.PublicationDates;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Development tool, not a test: times the parts of the claims stage on one large story (the first N articles of an input). */
public final class ClaimsProfile {
    public static void main(String[] args) {
        Batch batch = new ArticleReader().readPath(Path.of(args[0]));
        int n = Integer.parseInt(args[1]);
        List<Article> articles = Parallax.prepare(Parallax.standardArticlePipeline(), batch.articles().subList(0, n),
                new ArrayList<Rejected>(), done -> { });
        Story story = Story.of("big", null, articles);
        story = new PublicationDates().apply(story).result().orElse(story);
        for (int round = 0; round < 2; round++) {
            org.parallax.internal.Embeddings.forget();
            long t0 = System.nanoTime();
            List<Candidate> candidates = new ArrayList<>();
            for (Article a : story.articles()) {
                candidates.addAll(ClaimExtractor.extract(a));
            }
            long t1 = System.nanoTime();
            List<List<Candidate>> groups = new ClaimGrouper(ClaimStage.SAME_CLAIM).group(candidates);
            long t2 = System.nanoTime();
            List<Figure> figures = new ArrayList<>();
            candidates.forEach(c -> figures.addAll(c.figures()));
            new Disputes(Disputes.Settings.TUNED).find(figures, f -> "c", d -> null, d -> null);
            long t3 = System.nanoTime();
            EventDates.find(story.articles(), (d, i) -> "c");
            long t4 = System.nanoTime();
            NameVariants.find(story.articles(), (d, i) -> "c");
            long t5 = System.nanoTime();
            DeathCauses.find(story.articles(), (d, i) -> "c");
            long t6 = System.nanoTime();
            Denials.find(story.articles(), (d, i) -> "c");
            long t7 = System.nanoTime();
            Scopes.find(story.articles(), (d, i) -> "c");
            long t8 = System.nanoTime();
            long s0 = System.nanoTime();
            new ClaimStage().apply(story);
            long s1 = System.nanoTime();
            System.out.printf("%d articles, %d candidates, %d groups, %d figures: extract %.2f group %.2f disputes %.2f eventDates %.2f names %.2f deaths %.2f denials %.2f scopes %.2f | whole stage %.2f s%n",
                    n, candidates.size(), groups.size(), figures.size(), (t1 - t0) / 1e9, (t2 - t1) / 1e9, (t3 - t2) / 1e9,
                    (t4 - t3) / 1e9, (t5 - t4) / 1e9, (t6 - t5) / 1e9, (t7 - t6) / 1e9, (t8 - t7) / 1e9, (s1 - s0) / 1e9);
        }
    }
}
