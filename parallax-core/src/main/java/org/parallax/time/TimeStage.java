package org.parallax.time;

import org.parallax.model.Article;
import org.parallax.pipeline.Stage;
import org.parallax.pipeline.StageResult;

import java.util.Objects;

/** Article stage "times": fills {@link Article#times()} against the article's publication date. */
public final class TimeStage implements Stage<Article, Article> {
    private final TimeResolver resolver;

    public TimeStage(TimeResolver resolver) {
        this.resolver = Objects.requireNonNull(resolver, "resolver");
    }

    public TimeStage() {
        this(new TimeResolver());
    }

    @Override
    public StageResult<Article> apply(Article article) {
        return StageResult.ok(article.withTimes(resolver.resolve(article, TimeResolver.anchorOf(article).orElse(null))));
    }
}
