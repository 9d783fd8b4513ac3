package org.parallax.cluster;

import org.parallax.model.Article;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.Objects;

/**
 * The standard grouper: features of every article (in parallel), then {@link IncrementalClusterer} over
 * them in input order, so a batch gives exactly the stories that the same articles arriving one by one
 * would. Linear in the number of articles. Thread-safe: each call has its own clusterer.
 */
public final class EventGrouper implements StoryGrouper {
    private static final int CHUNK = 4096;
    private final ClusterSettings settings;
    private final DocumentFrequencies background;

    public EventGrouper(ClusterSettings settings) {
        this(settings, null);
    }

    /**
     * A grouper whose IDF comes from a whole corpus's document frequencies rather than from the articles
     * it is given (see {@link IncrementalClusterer#IncrementalClusterer(ClusterSettings, DocumentFrequencies)}).
     *
     * @param background the corpus's frequencies, or null for the articles' own
     */
    public EventGrouper(ClusterSettings settings, DocumentFrequencies background) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.background = background;
    }

    /** The grouper with the settings tuned on the ECB+ dev topics. */
    public static EventGrouper tuned() {
        return new EventGrouper(ClusterSettings.tuned());
    }

    @Override
    public List<List<Article>> group(List<Article> articles) {
        return cluster(articles).stories();
    }

    @Override
    public Grouping groupAndRelate(List<Article> articles) {
        Clustered c = cluster(articles);
        return new Grouping(c.stories(), RelatedStories.find(c.topics(), c.stories()));
    }

    /**
     * A story above {@link StorySplitter#MAX_SIZE} articles was never split (only a topic that large is
     * left whole), so look-alike events inside it may stand together: the reader is told.
     */
    @Override
    public List<String> warnings(List<Article> story) {
        if (!StorySplitter.tooLarge(story.size())) {
            return List.of();
        }
        return List.of(String.format(java.util.Locale.ROOT, "%,d articles, more than the %,d within which look-alike"
                + " events (two earthquakes, two trials of one person) are told apart: this story may hold more than one event",
                story.size(), StorySplitter.MAX_SIZE));
    }

    /** Stories in order of their first article, and each topic's stories as indices into them. */
    private record Clustered(List<List<Article>> stories, List<List<Integer>> topics) {
    }

    private Clustered cluster(List<Article> articles) {
        IncrementalClusterer clusterer = new IncrementalClusterer(settings, background);
        // features in parallel, a chunk at a time, so only one chunk's term strings are held at once
        for (int from = 0; from < articles.size(); from += CHUNK) {
            articles.subList(from, Math.min(articles.size(), from + CHUNK)).parallelStream()
                    .map(FeatureExtractor::of).toList().forEach(clusterer::add);
        }
        List<List<List<Integer>>> topics = clusterer.topics();
        List<List<Integer>> events = new ArrayList<>();
        topics.forEach(events::addAll);
        events.sort(java.util.Comparator.comparing(g -> g.get(0)));
        Map<Integer, Integer> storyOfFirst = new HashMap<>();
        List<List<Article>> stories = new ArrayList<>();
        for (List<Integer> group : events) {
            storyOfFirst.put(group.get(0), stories.size());
            stories.add(group.stream().map(articles::get).toList());
        }
        List<List<Integer>> topicStories = topics.stream()
                .map(t -> t.stream().map(e -> storyOfFirst.get(e.get(0))).toList()).toList();
        return new Clustered(stories, topicStories);
    }
}
