package org.parallax.text;

import org.parallax.internal.Embeddings;
import org.parallax.model.Article;
import org.parallax.model.Meanings;
import org.parallax.model.Story;
import org.parallax.pipeline.Stage;
import org.parallax.pipeline.StageResult;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * The article pipeline's last stage: embeds the texts of the article that the story stages will compare
 * by meaning, as each of those stages declares them (for instance the claims stage's candidate sentences
 * and the summary's), and keeps the vectors with the article ({@link Article#meanings()}).
 *
 * <p>The model's cost is paid once per article, on the article pipeline's threads, and the cache keeps
 * the vectors with the rest of the article: a story analysed again (the server re-analyses a story each
 * time an article joins it) runs the model only for what depends on the story. The vectors are those
 * the story stages would compute themselves ({@link Embeddings#hold}), so reports do not change.
 *
 * <p>Cost: one model run per distinct text, linear in the article's length. Thread-safe.
 */
public final class MeaningStage implements Stage<Article, Article> {
    private final List<Function<Article, List<String>>> readers;

    /** @param readers each story stage's texts of an article, as it will compare them */
    public MeaningStage(List<Function<Article, List<String>>> readers) {
        this.readers = List.copyOf(Objects.requireNonNull(readers, "readers"));
    }

    /**
     * The story pipeline's first stage: the vectors the story's articles carry are handed to the model's
     * keeper ({@link Embeddings#hold}), so the story's stages find them instead of running the model.
     */
    public static Stage<Story, Story> held() {
        return story -> {
            story.articles().forEach(a -> Embeddings.hold(a.meanings()));
            return StageResult.ok(story);
        };
    }

    @Override
    public StageResult<Article> apply(Article article) {
        List<String> texts = new ArrayList<>();
        for (Function<Article, List<String>> reader : readers) {
            try {
                texts.addAll(reader.apply(article));
            } catch (RuntimeException e) {
                if (Boolean.getBoolean("parallax.strict")) {
                    throw e;
                }
                // the story stage meets the same text and reports it; here the vectors are only a head start
            }
        }
        Meanings meanings = Embeddings.meanings(texts);
        return StageResult.ok(article.withMeanings(article.meanings().plus(meanings)));
    }
}
