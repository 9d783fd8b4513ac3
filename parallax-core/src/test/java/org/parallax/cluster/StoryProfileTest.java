package org.parallax.cluster;

import org.junit.jupiter.api.Test;
import org.parallax.model.Article;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The hooks a run split into blocks uses: corpus-wide frequencies, story profiles, salient terms. */
class StoryProfileTest {
    private static final List<String> BASES = List.of(
            "Tara Reid checked herself into Promises Treatment Center in Malibu, her publicist said on Friday.\n\n"
                    + "The actress has struggled with drinking for years, friends told reporters.",
            "A magnitude 6.1 earthquake struck near Bandar Abbas in southern Iran on Sunday, killing at least seven.\n\n"
                    + "Rescue teams searched collapsed homes in villages around the port city.");

    /** Exact document frequencies of a list of articles, as a corpus-wide table. */
    private static DocumentFrequencies frequencies(List<ArticleFeatures> corpus) {
        Map<Long, Integer> df = new HashMap<>();
        corpus.forEach(f -> {
            for (long k : StoryProfile.termKeys(f)) {
                df.merge(k, 1, Integer::sum);
            }
        });
        return new DocumentFrequencies() {
            @Override
            public long documents() {
                return corpus.size();
            }

            @Override
            public int df(long termKey) {
                return df.getOrDefault(termKey, 1);
            }
        };
    }

    @Test
    void partsOfOneStoryAreMoreAlikeThanTwoStories() {
        List<Article> articles = new SyntheticCorpus(BASES).generate(200, 3);
        List<ArticleFeatures> features = articles.stream().map(FeatureExtractor::of).toList();
        DocumentFrequencies df = frequencies(features);
        List<List<Article>> stories = EventGrouper.tuned().group(articles);
        List<Article> big = stories.stream().filter(s -> s.size() >= 6).findFirst().orElseThrow();
        List<Article> other = stories.stream().filter(s -> s != big && s.size() >= 3).findFirst().orElseThrow();
        StoryProfile firstHalf = profile(big.subList(0, big.size() / 2), df);
        StoryProfile secondHalf = profile(big.subList(big.size() / 2, big.size()), df);
        StoryProfile elsewhere = profile(other, df);
        ClusterSettings settings = ClusterSettings.tuned();
        assertThat(firstHalf.similarity(secondHalf, settings)).isGreaterThan(settings.merge())
                .isGreaterThan(firstHalf.similarity(elsewhere, settings));
        assertThat(firstHalf.similarity(secondHalf, settings))
                .isCloseTo(secondHalf.similarity(firstHalf, settings), org.assertj.core.data.Offset.offset(1e-9));
        assertThat(firstHalf.size() + secondHalf.size()).isEqualTo(big.size());
    }

    @Test
    void salientTermsAreSharedByAtLeastTwoArticlesAndHeaviestFirst() {
        List<Article> articles = new SyntheticCorpus(BASES).generate(100, 4);
        List<ArticleFeatures> features = articles.stream().map(FeatureExtractor::of).toList();
        DocumentFrequencies df = frequencies(features);
        for (ArticleFeatures f : features) {
            long[] salient = StoryProfile.salientKeys(f, df, ClusterSettings.tuned(), 5, 50);
            assertThat(salient.length).isLessThanOrEqualTo(5);
            for (long k : salient) {
                assertThat(df.df(k)).isBetween(2, 50);
            }
        }
    }

    @Test
    void aGrouperWithTheCorpusFrequenciesKeepsTheEventsOfAPartApart() {
        List<Article> articles = new SyntheticCorpus(BASES).generate(300, 6);
        DocumentFrequencies df = frequencies(articles.stream().map(FeatureExtractor::of).toList());
        List<List<Article>> whole = EventGrouper.tuned().group(articles);
        // the two largest stories, clustered on their own with the corpus's IDF: never mixed, hardly cut
        List<List<Article>> largest = whole.stream().sorted((a, b) -> b.size() - a.size()).limit(2).toList();
        List<Article> part = articles.stream().filter(a -> largest.get(0).contains(a) || largest.get(1).contains(a)).toList();
        List<List<Article>> again = new EventGrouper(ClusterSettings.tuned(), df).group(part);
        for (List<Article> story : again) {
            assertThat(largest.stream().anyMatch(l -> l.containsAll(story))).as("a story within one event").isTrue();
        }
        assertThat(again.stream().mapToInt(List::size).max().orElseThrow())
                .isGreaterThanOrEqualTo(largest.get(0).size() * 3 / 4);
    }

    private static StoryProfile profile(List<Article> story, DocumentFrequencies df) {
        return StoryProfile.of(story.stream().map(FeatureExtractor::of).toList(), df);
    }
}
