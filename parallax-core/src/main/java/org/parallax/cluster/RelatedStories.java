package org.parallax.cluster;

import org.parallax.model.Article;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds related stories: events the splitter took apart from one topic (two rounds of talks, a report
 * and its follow-up) that share their principal actors. An event's principal names are those at least
 * half its articles give; two events are related when they share at least {@link #MIN_SHARED} of them,
 * so two earthquakes in one country (one shared name) stay unrelated while two offers to one player
 * (first and last name) are linked. Linear in the topic's articles; pure.
 */
final class RelatedStories {
    static final int MIN_SHARED = 2;
    private static final int PRINCIPAL = 8;

    private RelatedStories() {
    }

    /**
     * Links between the events of each topic.
     *
     * @param topics for each topic, its events, each given as indices into {@code stories}
     * @param stories every story's articles
     */
    static List<Grouping.Link> find(List<List<Integer>> topics, List<List<Article>> stories) {
        List<Grouping.Link> out = new ArrayList<>();
        for (List<Integer> topic : topics) {
            if (topic.size() < 2) {
                continue;
            }
            List<List<String>> principal = topic.stream().map(s -> principalNames(stories.get(s))).toList();
            for (int i = 0; i < topic.size(); i++) {
                for (int j = i + 1; j < topic.size(); j++) {
                    List<String> shared = new ArrayList<>(principal.get(i));
                    shared.retainAll(principal.get(j));
                    if (shared.size() >= MIN_SHARED) {
                        int a = Math.min(topic.get(i), topic.get(j));
                        int b = Math.max(topic.get(i), topic.get(j));
                        out.add(new Grouping.Link(a, b, shared));
                    }
                }
            }
        }
        out.sort(java.util.Comparator.comparingInt(Grouping.Link::first).thenComparingInt(Grouping.Link::second));
        return out;
    }

    /** The names at least half the articles give (at least two articles when there are two), most given first. */
    static List<String> principalNames(List<Article> articles) {
        Map<String, Integer> articlesGiving = new HashMap<>();
        for (Article a : articles) {
            Terms names = FeatureExtractor.of(a).names();
            for (int i = 0; i < names.size(); i++) {
                articlesGiving.merge(names.term(i), 1, Integer::sum);
            }
        }
        int least = Math.max(Math.min(2, articles.size()), (articles.size() + 1) / 2);
        return articlesGiving.entrySet().stream().filter(e -> e.getValue() >= least)
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry::getKey))
                .limit(PRINCIPAL).map(Map.Entry::getKey).toList();
    }
}
