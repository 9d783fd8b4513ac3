package org.parallax.time;

import org.parallax.model.Article;
import org.parallax.pipeline.Stage;
import org.parallax.pipeline.StageResult;

import org.parallax.model.Sentence;
import org.parallax.model.TimeExpression;
import org.parallax.model.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Article stage "times": fills {@link Article#times()} against the article's publication date; an article
 * without one also keeps SUTime's reading ({@link Article#undatedTimes()}) for a date found later.
 */
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
        TimeResolver.Reading reading = resolver.read(article, TimeResolver.anchorOf(article).orElse(null));
        return StageResult.ok(labelled(article, reading.times()).withTimes(reading.times())
                .withUndatedTimes(reading.undated()));
    }

    /** Token labels of the time expressions' types (DATE, TIME, DURATION, SET). */
    static final Set<String> TYPES = Set.of("DATE", "TIME", "DURATION", "SET");

    /**
     * The article with each token inside a time expression that NER left unlabelled ({@code O}) labelled
     * with the expression's type, as CoreNLP's own NER does with {@code ner.useSUTime}: later stages read
     * "Saturday" or "two weeks" as a time from the token, whatever NER models tagged it. O(tokens + times).
     */
    static Article labelled(Article article, List<TimeExpression> times) {
        if (times.isEmpty()) {
            return article;
        }
        List<TimeExpression> sorted = new ArrayList<>(times);
        sorted.sort(java.util.Comparator.comparingInt(TimeExpression::start));
        List<Sentence> out = new ArrayList<>(article.sentences().size());
        boolean changed = false;
        int next = 0;
        for (Sentence s : article.sentences()) {
            List<Token> tokens = null;
            for (int i = 0; i < s.tokens().size(); i++) {
                Token t = s.tokens().get(i);
                while (next < sorted.size() && sorted.get(next).end() <= t.start()) {
                    next++;
                }
                if (next == sorted.size()) {
                    break;
                }
                TimeExpression e = sorted.get(next);
                if (e.start() <= t.start() && t.end() <= e.end() && "O".equals(t.ner()) && TYPES.contains(e.type())) {
                    if (tokens == null) {
                        tokens = new ArrayList<>(s.tokens());
                    }
                    tokens.set(i, t.withTags(t.tag(), t.lemma(), e.type()));
                }
            }
            if (tokens != null) {
                changed = true;
                out.add(s.withSyntax(tokens, s.parse()));
            } else {
                out.add(s);
            }
        }
        return changed ? article.withSentences(out) : article;
    }
}
