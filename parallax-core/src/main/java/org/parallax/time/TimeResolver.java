package org.parallax.time;

import org.parallax.model.Article;
import org.parallax.model.Passage;
import org.parallax.model.TimeExpression;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Finds an article's time expressions and resolves them against a date: SUTime first, then the news
 * conventions SUTime gets wrong ({@link NewsRules}). Only expressions inside the kept body count.
 * Thread-safe.
 */
public final class TimeResolver {
    private final boolean newsRules;

    /** @param newsRules false to keep SUTime's values as they are (for measuring SUTime alone) */
    public TimeResolver(boolean newsRules) {
        this.newsRules = newsRules;
    }

    public TimeResolver() {
        this(true);
    }

    /** The article's publication date, when it has one that parses. */
    public static Optional<LocalDate> anchorOf(Article article) {
        return article.published() == null ? Optional.empty() : AbsoluteDates.parseIso(article.published().date());
    }

    /** Every time expression of the article's body, resolved against {@code anchor} (null: unknown). */
    public List<TimeExpression> resolve(Article article, LocalDate anchor) {
        List<Passage> body = article.body();
        if (body.isEmpty()) {
            return List.of();
        }
        String original = article.original();
        int from = body.get(0).span().start();
        int to = body.get(body.size() - 1).span().end();
        List<TimeExpression> found = new ArrayList<>();
        for (TimeExpression t : SuTime.find(original, from, to, anchor)) {
            if (inside(body, t.start(), t.end())) {
                found.add(t);
            }
        }
        if (newsRules) {
            found = NewsRules.apply(original, body, found, anchor);
        }
        found.sort(Comparator.comparingInt(TimeExpression::start));
        return found;
    }

    static boolean inside(List<Passage> body, int start, int end) {
        for (Passage p : body) {
            if (p.span().start() <= start && end <= p.span().end()) {
                return true;
            }
        }
        return false;
    }
}
