package org.parallax.story;

import org.parallax.model.Article;
import org.parallax.model.Sentence;
import org.parallax.model.Story;
import org.parallax.pipeline.Stage;
import org.parallax.pipeline.StageResult;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Gives a story its headline: of its members' titles, the one that shares most words with the others
 * (the title that says what most outlets say, not one outlet's angle or a column's name), the earliest
 * dated among equals; else the lead sentence of the first article, shortened. Cost: pairwise over the
 * titles, a few words each.
 */
public final class HeadlineStage implements Stage<Story, Story> {
    private static final int MAX_LEAD = 140;

    @Override
    public StageResult<Story> apply(Story story) {
        List<Article> titled = story.articles().stream().filter(a -> a.title() != null && !a.title().isBlank()).toList();
        List<Set<String>> words = titled.stream().map(a -> words(a.title())).toList();
        double[] shared = new double[titled.size()];
        for (int i = 0; i < titled.size(); i++) {
            for (int j = 0; j < titled.size(); j++) {
                if (i != j) {
                    shared[i] += overlap(words.get(i), words.get(j));
                }
            }
        }
        Optional<String> title = java.util.stream.IntStream.range(0, titled.size()).boxed()
                .min(Comparator.comparingDouble((Integer i) -> -shared[i])
                        .thenComparing(i -> titled.get(i).published() == null ? "9999" : titled.get(i).published().date()))
                .map(i -> titled.get(i).title());
        String headline = title.orElseGet(() -> story.articles().stream()
                .flatMap(a -> a.sentences().stream().limit(1))
                .map(Sentence::text)
                .map(HeadlineStage::shorten)
                .findFirst().orElse(story.id()));
        return StageResult.ok(story.withHeadline(headline));
    }

    /** The title's words of three letters or more, lower-cased. */
    private static Set<String> words(String title) {
        Set<String> out = new HashSet<>();
        for (String w : title.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (w.length() >= 3) {
                out.add(w);
            }
        }
        return out;
    }

    /** Dice's coefficient of the two word sets: twice the shared words over both sizes (0 when either is empty). */
    private static double overlap(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        int n = 0;
        for (String w : a) {
            n += b.contains(w) ? 1 : 0;
        }
        return 2.0 * n / (a.size() + b.size());
    }

    private static String shorten(String s) {
        if (s.length() <= MAX_LEAD) {
            return s;
        }
        int cut = s.lastIndexOf(' ', MAX_LEAD);
        return s.substring(0, cut > 40 ? cut : MAX_LEAD) + "…";
    }
}
