package org.parallax.quotes;

import org.parallax.Parallax;
import org.parallax.TestData;
import org.parallax.entities.EntityStage;
import org.parallax.model.Article;
import org.parallax.model.Passage;
import org.parallax.model.Span;
import org.parallax.model.Quote;
import org.parallax.model.QuoteOccurrence;
import org.parallax.model.RawArticle;
import org.parallax.model.Story;
import org.parallax.pipeline.Pipeline;

import java.util.ArrayList;
import java.util.List;

/** Builds analysed stories from fixtures under {@code articles/quotes/} for the entity and quote tests. */
public final class Stories {
    private static final Pipeline<RawArticle, Article> ARTICLES = Parallax.standardArticlePipeline();

    private Stories() {
    }

    public static Article article(String id, String text) {
        return ARTICLES.apply(new RawArticle(id, id, text)).result().orElseThrow();
    }

    /** The cleaned article, or when cleaning rejects the text, the whole text as one passage with no sentences. */
    public static Article articleOrRaw(String id, String text) {
        return ARTICLES.apply(new RawArticle(id, id, text)).result().orElseGet(() -> new Article(id, id, text, null,
                null, null, null, null, null, List.of(), List.of(new Passage(0, new Span(0, text.length()))),
                List.of(), List.of(), List.of(), List.of(), List.of()));
    }

    /** A story of the named fixtures with entities filled. */
    public static Story withEntities(String... fixtures) {
        List<Article> articles = new ArrayList<>();
        for (String f : fixtures) {
            String text = TestData.read(TestData.fixture("quotes/" + f));
            articles.add(article(f.replace(".txt", ""), text));
        }
        return new EntityStage().apply(Story.of("s1", null, articles)).result().orElseThrow();
    }

    /** A story of the named fixtures with entities and quotes filled. */
    public static Story analysed(String... fixtures) {
        return new QuoteStage().apply(withEntities(fixtures)).result().orElseThrow();
    }

    /** The quote occurrence whose text contains {@code words}. */
    public static QuoteOccurrence occurrence(Story story, String words) {
        return story.quotes().stream().flatMap(q -> q.occurrences().stream())
                .filter(o -> o.text().contains(words)).findFirst()
                .orElseThrow(() -> new AssertionError("no quote containing: " + words));
    }

    public static Quote quote(Story story, String words) {
        return story.quotes().stream().filter(q -> q.occurrences().stream().anyMatch(o -> o.text().contains(words)))
                .findFirst().orElseThrow(() -> new AssertionError("no quote containing: " + words));
    }
}
