package org.parallax.story;

import org.parallax.model.Article;
import org.parallax.model.Sentence;
import org.parallax.model.Story;
import org.parallax.pipeline.Stage;
import org.parallax.pipeline.StageResult;

import java.util.Comparator;
import java.util.Optional;

/**
 * Gives a story its headline: the title of its earliest dated article that has one, else any title,
 * else the lead sentence of the first article, shortened.
 */
public final class HeadlineStage implements Stage<Story, Story> {
    private static final int MAX_LEAD = 140;

    @Override
    public StageResult<Story> apply(Story story) {
        Optional<String> title = story.articles().stream()
                .filter(a -> a.title() != null)
                .min(Comparator.comparing((Article a) -> a.published() == null ? "9999" : a.published().date()))
                .map(Article::title);
        String headline = title.orElseGet(() -> story.articles().stream()
                .flatMap(a -> a.sentences().stream().limit(1))
                .map(Sentence::text)
                .map(HeadlineStage::shorten)
                .findFirst().orElse(story.id()));
        return StageResult.ok(story.withHeadline(headline));
    }

    private static String shorten(String s) {
        if (s.length() <= MAX_LEAD) {
            return s;
        }
        int cut = s.lastIndexOf(' ', MAX_LEAD);
        return s.substring(0, cut > 40 ? cut : MAX_LEAD) + "…";
    }
}
