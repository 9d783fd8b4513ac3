package org.parallax.claims;

import org.parallax.Parallax;
import org.parallax.model.Article;
import org.parallax.model.GivenMetadata;
import org.parallax.model.RawArticle;
import org.parallax.pipeline.Pipeline;

import java.util.List;

/**
 * Small articles composed for the claims tests, one sentence per paragraph, run through the real article
 * pipeline (cleaning, tagging and parsing, times), so the claims code reads what it reads in production.
 */
final class Fixtures {
    private static final Pipeline<RawArticle, Article> ARTICLES = Parallax.standardArticlePipeline();

    private Fixtures() {
    }

    /** An article of these paragraphs, with the given outlet and publication day (either may be null). */
    static Article article(String id, String outlet, String date, String... paragraphs) {
        RawArticle raw = new RawArticle(id, id + ".txt", String.join("\n\n", paragraphs),
                new GivenMetadata(null, outlet, date, null, null), List.of());
        return ARTICLES.apply(raw).result().orElseThrow(() -> new IllegalStateException("fixture " + id + " did not clean"));
    }

    /** The candidate made of the first sentence of a one-sentence article published on 2025-10-29. */
    static Candidate candidate(String id, String sentence) {
        Article a = article(id, id.toUpperCase(), "2025-10-29", sentence);
        return ClaimExtractor.extract(a).get(0);
    }

    /** The figures of an article of these paragraphs. */
    static List<Figure> figures(String... paragraphs) {
        return FigureReader.read(article("f", "Outlet", "2025-10-29", paragraphs));
    }
}
