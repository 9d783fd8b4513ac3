package org.parallax;

import org.junit.jupiter.api.Test;
import org.parallax.cluster.EventGrouper;
import org.parallax.ingest.ArticleReader;
import org.parallax.ingest.Batch;
import org.parallax.model.RawArticle;
import org.parallax.model.Report;
import org.parallax.model.Story;
import org.parallax.pipeline.Pipeline;
import org.parallax.pipeline.Stage;
import org.parallax.pipeline.StageResult;
import org.parallax.story.HeadlineStage;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/** The incremental session: nothing unchanged is analysed twice, in one session or across a restart. */
class AnalysisSessionTest {
    private final AtomicInteger articleRuns = new AtomicInteger();
    private final AtomicInteger storyRuns = new AtomicInteger();
    private final Set<String> slow = ConcurrentHashMap.newKeySet();
    private final CountDownLatch release = new CountDownLatch(1);

    /** The fast pipelines, counting their runs; an article whose id is in {@code slow} waits for {@code release}. */
    private Parallax counting() {
        Stage<RawArticle, RawArticle> count = raw -> {
            articleRuns.incrementAndGet();
            if (slow.contains(raw.id())) {
                try {
                    release.await(30, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            return StageResult.ok(raw);
        };
        Stage<Story, Story> countStory = s -> {
            storyRuns.incrementAndGet();
            return StageResult.ok(s);
        };
        return new Parallax(Pipeline.start("count", count).then("clean", Parallax.clusterArticlePipeline()),
                EventGrouper.tuned(), Pipeline.start("count", countStory).then("headline", new HeadlineStage()));
    }

    /** A cache in memory that keeps story signatures as the listener reports them. */
    static final class MemoryCache implements AnalysisCache {
        final Map<String, byte[]> articles = new ConcurrentHashMap<>();
        final Set<String> stories = ConcurrentHashMap.newKeySet();

        @Override
        public Map<String, byte[]> analyses(Collection<String> keys) {
            Map<String, byte[]> out = new HashMap<>();
            keys.forEach(k -> {
                if (articles.containsKey(k)) {
                    out.put(k, articles.get(k));
                }
            });
            return out;
        }

        @Override
        public void putAnalyses(List<Analysis> analyses) {
            analyses.forEach(a -> articles.put(a.key(), a.data()));
        }

        @Override
        public boolean hasStory(String signature) {
            return stories.contains(signature);
        }

        AnalysisSession.Listener keeper() {
            return new AnalysisSession.Listener() {
                @Override
                public void storyDone(AnalysisSession.StoryResult story) {
                    stories.add(story.signature());
                }
            };
        }
    }

    static List<RawArticle> harbour() {
        return new ArticleReader().readPath(TestData.example("harbour-strike")).articles();
    }

    static RawArticle other(String id) {
        return new RawArticle(id, "test", "Astronomers in Chile photographed a comet passing close to Jupiter on Friday night, "
                + "the observatory said in a statement about the rare sighting.\n\nThe comet will be visible again in 2031.");
    }

    private static AnalysisSession.Options stable(Duration limit, Runnable late) {
        return new AnalysisSession.Options(true, limit, 2, late);
    }

    @Test
    void aSecondPassWithoutChangesAnalysesNothing() {
        MemoryCache cache = new MemoryCache();
        try (AnalysisSession session = new AnalysisSession(counting(), cache, stable(null, null))) {
            session.put(harbour());
            AnalysisSession.Pass first = session.run(cache.keeper());
            assertThat(first.analysed()).isEqualTo(harbour().size());
            assertThat(first.storiesAnalysed()).isEqualTo(first.stories().size());
            int articles = articleRuns.get();
            int stories = storyRuns.get();

            session.put(harbour());
            AnalysisSession.Pass second = session.run(cache.keeper());
            assertThat(second.analysed()).isZero();
            assertThat(second.storiesAnalysed()).isZero();
            assertThat(second.stories()).extracting(AnalysisSession.StoryResult::id)
                    .containsExactlyElementsOf(first.stories().stream().map(AnalysisSession.StoryResult::id).toList());
            assertThat(articleRuns.get()).isEqualTo(articles);
            assertThat(storyRuns.get()).isEqualTo(stories);
            assertThat(session.hasWork()).isFalse();
        }
    }

    @Test
    void onlyTheStoryWhoseArticlesChangedIsAnalysedAgain() {
        MemoryCache cache = new MemoryCache();
        try (AnalysisSession session = new AnalysisSession(counting(), cache, stable(null, null))) {
            List<RawArticle> all = new ArrayList<>(harbour());
            all.add(other("comet-1"));
            session.put(all);
            AnalysisSession.Pass first = session.run(cache.keeper());
            assertThat(first.stories()).hasSizeGreaterThanOrEqualTo(2);
            String cometStory = first.stories().stream().filter(s -> s.documentIds().contains("comet-1")).findFirst().orElseThrow().id();

            session.put(List.of(other("comet-2")));
            AnalysisSession.Pass second = session.run(cache.keeper());
            assertThat(second.analysed()).isEqualTo(1);
            assertThat(second.stories()).filteredOn(AnalysisSession.StoryResult::analysed).singleElement()
                    .satisfies(s -> {
                        assertThat(s.documentIds()).contains("comet-1", "comet-2");
                        assertThat(s.id()).as("kept its id while it kept its article").isEqualTo(cometStory);
                    });
        }
    }

    @Test
    void aNewSessionOverTheSameCacheLoadsInsteadOfAnalysing() {
        MemoryCache cache = new MemoryCache();
        List<AnalysisSession.StoryState> states = new ArrayList<>();
        try (AnalysisSession session = new AnalysisSession(counting(), cache, stable(null, null))) {
            session.put(harbour());
            for (AnalysisSession.StoryResult s : session.run(cache.keeper()).stories()) {
                states.add(new AnalysisSession.StoryState(s.id(), s.documentIds(), s.signature()));
            }
        }
        int articles = articleRuns.get();
        try (AnalysisSession restarted = new AnalysisSession(counting(), cache, stable(null, null))) {
            restarted.put(harbour());
            restarted.restore(states, List.of());
            AnalysisSession.Pass pass = restarted.run(cache.keeper());
            assertThat(pass.loaded()).isEqualTo(harbour().size());
            assertThat(pass.analysed()).isZero();
            assertThat(pass.storiesAnalysed()).isZero();
            assertThat(articleRuns.get()).isEqualTo(articles);
            assertThat(pass.stories()).extracting(AnalysisSession.StoryResult::signature)
                    .containsExactlyElementsOf(states.stream().map(AnalysisSession.StoryState::signature).toList());
        }
    }

    @Test
    void aSlowArticleIsLeftOutOfThePassAndJoinsTheNextWhenDone() throws Exception {
        MemoryCache cache = new MemoryCache();
        CountDownLatch lateReady = new CountDownLatch(1);
        slow.add("comet-slow");
        try (AnalysisSession session = new AnalysisSession(counting(), cache, stable(Duration.ofMillis(300), lateReady::countDown))) {
            List<RawArticle> all = new ArrayList<>(harbour());
            all.add(other("comet-slow"));
            session.put(all);
            AnalysisSession.Pass first = session.run(cache.keeper());
            assertThat(first.waiting()).containsExactly("comet-slow");
            assertThat(first.stories()).flatExtracting(AnalysisSession.StoryResult::documentIds).doesNotContain("comet-slow")
                    .containsAll(harbour().stream().map(RawArticle::id).toList());

            release.countDown();
            assertThat(lateReady.await(30, TimeUnit.SECONDS)).isTrue();
            assertThat(session.hasWork()).isTrue();
            AnalysisSession.Pass second = session.run(cache.keeper());
            assertThat(second.waiting()).isEmpty();
            assertThat(second.stories()).flatExtracting(AnalysisSession.StoryResult::documentIds).contains("comet-slow");
        }
    }

    @Test
    void aOneOffRunIsTheReportOfParallaxAnalyze() {
        Batch batch = new ArticleReader().readPath(TestData.example("harbour-strike"));
        Report report = counting().analyze(batch);
        assertThat(report.stories()).extracting(Story::id).startsWith("s1");
        Set<String> documents = new HashSet<>(report.documents().stream().map(a -> a.id()).toList());
        assertThat(documents).containsExactlyInAnyOrderElementsOf(batch.articles().stream().map(RawArticle::id).toList());
    }
}
