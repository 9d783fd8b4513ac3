package org.parallax.cluster;

import org.junit.jupiter.api.Test;
import org.parallax.Parallax;
import org.parallax.TestData;
import org.parallax.ingest.ArticleReader;
import org.parallax.ingest.Batch;
import org.parallax.model.Article;
import org.parallax.model.RawArticle;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class EventGrouperTest {
    private static List<Article> clean(List<RawArticle> raws) {
        return Parallax.standard().cluster(new Batch(raws, List.of()), n -> { }).documents();
    }

    private static List<String> synthetic() {
        return List.of(
                "Tara Reid checked herself into Promises Treatment Center in Malibu, her publicist said on Friday.\n\n"
                        + "The actress has struggled with drinking for years, friends told reporters.",
                "Lindsay Lohan checked into the Betty Ford Center in Rancho Mirage for a 90-day stay ordered by a judge.\n\n"
                        + "The actress was convicted of reckless driving after a crash on the Pacific Coast Highway.");
    }

    @Test
    void incrementalArrivalGivesTheSameStoriesAsABatch() {
        List<Article> articles = new SyntheticCorpus(synthetic()).generate(300, 5);
        List<List<String>> batch = EventGrouper.tuned().group(articles).stream()
                .map(g -> g.stream().map(Article::id).toList()).toList();
        IncrementalClusterer stream = new IncrementalClusterer(ClusterSettings.tuned());
        for (int i = 0; i < articles.size(); i++) {
            stream.add(FeatureExtractor.of(articles.get(i)));
            if (i % 50 == 0) {
                assertThat(stream.groups()).isNotEmpty(); // a snapshot mid-stream changes nothing
            }
        }
        List<List<String>> incremental = stream.groups().stream()
                .map(g -> g.stream().map(stream::id).toList()).toList();
        assertThat(incremental).isEqualTo(batch);
    }

    @Test
    void lookAlikeEventsOfTheDevTopicsStayApart() {
        Map<String, String> gold = new HashMap<>();
        List<RawArticle> raws = new ArrayList<>();
        Batch all = new ArticleReader().readPath(TestData.shared().resolve("data/ecbplus-dev/articles.jsonl"));
        for (RawArticle r : all.articles()) {
            // two topics: rehab check-ins (Reid 2008, Lohan 2013) and Academy Awards hosts
            if (r.id().startsWith("1_") || r.id().startsWith("2_")) {
                raws.add(r);
                gold.put(r.id(), r.id().replaceAll("_\\d+", ""));
            }
        }
        List<List<Article>> groups = EventGrouper.tuned().group(clean(raws));
        int pure = 0;
        for (List<Article> g : groups) {
            Set<String> events = new HashSet<>();
            g.forEach(a -> events.add(gold.get(a.id())));
            pure += events.size() == 1 ? g.size() : 0;
        }
        assertThat(pure).isGreaterThanOrEqualTo((int) (0.9 * raws.size()));
        // not shredded: each event's largest group holds at least 40 % of it (the Lohan event, whose gold also
        // holds her June check-out, falls into a May group of 10 and one of 8 and three stragglers)
        Map<String, Integer> eventSize = new HashMap<>();
        Map<String, Integer> largest = new HashMap<>();
        gold.values().forEach(e -> eventSize.merge(e, 1, Integer::sum));
        for (List<Article> g : groups) {
            Map<String, Integer> counts = new HashMap<>();
            g.forEach(a -> counts.merge(gold.get(a.id()), 1, Integer::sum));
            counts.forEach((e, n) -> largest.merge(e, n, Math::max));
        }
        eventSize.forEach((e, n) -> assertThat(largest.get(e)).as(e).isGreaterThanOrEqualTo((int) Math.ceil(0.4 * n)));
        assertThat(groups.size()).isBetween(4, 10);
    }

    private static final String[][] QUAKES = {
            {"elazig-1", "A magnitude 6.8 earthquake struck Elazig province in eastern Turkey on Friday evening, "
                    + "killing at least 22 people and injuring more than 1,000, the disaster agency AFAD said.\n\n"
                    + "Rescue teams pulled survivors from collapsed buildings in the town of Sivrice overnight."},
            {"elazig-2", "Rescuers searched through the rubble in Sivrice after the Elazig earthquake, "
                    + "as the death toll rose to 22. Interior Minister Suleyman Soylu said 76 people had been "
                    + "rescued alive.\n\nThe quake of magnitude 6.8 was felt across eastern Turkey."},
            {"elazig-3", "Survivors of the Elazig quake spent a freezing night in tents near Lake Hazar. "
                    + "AFAD said 1,015 people were hurt and 22 killed when buildings collapsed in Sivrice "
                    + "and the city of Elazig."},
            {"van-1", "A magnitude 5.9 earthquake hit the Van province of eastern Turkey near the Iranian border, "
                    + "killing nine people in the village of Ozalp, the disaster agency AFAD said.\n\n"
                    + "Rescue teams pulled survivors from collapsed houses across the border district."},
            {"van-2", "Nine people died in Ozalp when the Van earthquake destroyed mud-brick homes, "
                    + "Governor Mehmet Emin Bilmez said. The magnitude 5.9 quake was also felt in Iran, "
                    + "where dozens were hurt in Khoy."},
            {"van-3", "Villagers in Ozalp buried their dead after the earthquake in Van province. "
                    + "AFAD said nine people were killed and 37 injured as houses collapsed near the Iranian border."}};

    private static List<Article> articles(String[][] reports) {
        List<Article> articles = new ArrayList<>();
        for (String[] r : reports) {
            articles.add(org.parallax.cluster.dedup.CopyFinderTest.article(r[0], r[1], null));
        }
        return articles;
    }

    /**
     * A one-line report is far from the average of fuller reports even when it tells the same event, so the
     * online pass leaves it (and here one Van report) apart; at the end each joins the story that stands out
     * among its candidates.
     */
    @Test
    void shortReportsLeftApartJoinTheirEvent() {
        List<Article> articles = articles(QUAKES);
        articles.add(org.parallax.cluster.dedup.CopyFinderTest.article("mourners", "Mourners gathered in Sivrice on Sunday.", null));
        ClusterSettings without = ClusterDevScore.with(ClusterSettings.tuned(), "stragglerJoin=0.99");
        assertThat(ids(new EventGrouper(without).group(articles))).contains(List.of("mourners"), List.of("van-2"));
        assertThat(ids(EventGrouper.tuned().group(articles))).containsExactlyInAnyOrder(
                List.of("elazig-1", "elazig-2", "elazig-3", "mourners"), List.of("van-1", "van-2", "van-3"));
    }

    private static List<List<String>> ids(List<List<Article>> stories) {
        return stories.stream().map(g -> g.stream().map(Article::id).toList()).toList();
    }

    /** Two earthquakes in one country, three short reports each: events this small must stay apart too. */
    @Test
    void smallLookAlikeEventsStayApart() {
        assertThat(ids(EventGrouper.tuned().group(articles(QUAKES)))).containsExactlyInAnyOrder(List.of("elazig-1", "elazig-2", "elazig-3"),
                List.of("van-1", "van-2", "van-3"));
    }

    @Test
    void garbageInNeverThrows() {
        List<Article> junk = List.of(
                org.parallax.cluster.dedup.CopyFinderTest.article("empty", "", null),
                org.parallax.cluster.dedup.CopyFinderTest.article("random", "xq zv 9-9-9 ''' ---".repeat(50), "not a date"),
                org.parallax.cluster.dedup.CopyFinderTest.article("scripts", "Ελληνικά 中文 العربية ".repeat(5000), null));
        assertThat(EventGrouper.tuned().group(junk)).flatMap(g -> g).hasSize(3);
        assertThat(EventGrouper.tuned().group(List.of())).isEmpty();
    }

    @Test
    void keepsOneEventTogetherAndUnrelatedEventsApart() {
        ArticleReader reader = new ArticleReader();
        Batch batch = reader.readPath(TestData.example("harbour-strike"))
                .plus(reader.readPath(TestData.fixture("jsonld-page.html")))
                .plus(reader.readPath(TestData.fixture("og-only.html")))
                .plus(reader.readPath(TestData.fixture("hard-wrapped.txt")));
        List<List<Article>> groups = EventGrouper.tuned().group(clean(batch.articles()));
        assertThat(groups).hasSize(4);
        assertThat(groups.get(0)).extracting(Article::id)
                .containsExactly("01-courier", "02-coastline", "03-nws", "04-harbour-voice", "05-meridian");
    }

    @Test
    void theSeedsAreOneStory() {
        assertThat(EventGrouper.tuned().group(clean(new ArticleReader().readPath(TestData.seeds()).articles()))).hasSize(1);
    }

    @Test
    void noArticlesNoStories() {
        assertThat(EventGrouper.tuned().group(List.of())).isEmpty();
    }

    @Test
    void aStoryTooLargeToSplitSaysSoWhereItIsShown() {
        List<RawArticle> raws = new ArrayList<>();
        for (int i = 0; i < StorySplitter.MAX_SIZE + 5; i++) {
            raws.add(new RawArticle("wire-" + i, "outlet-" + i + ".test", synthetic().get(0)));
        }
        List<Article> articles = Parallax.prepare(Parallax.clusterArticlePipeline(), raws, new ArrayList<>(), n -> { });
        EventGrouper grouper = EventGrouper.tuned();
        List<List<Article>> stories = grouper.group(articles);
        assertThat(stories).singleElement().satisfies(s -> assertThat(s).hasSize(1_005));
        assertThat(grouper.warnings(stories.get(0))).singleElement().asString()
                .startsWith("1,005 articles, more than the 1,000 within which look-alike events");
        assertThat(grouper.warnings(stories.get(0).subList(0, 1_000))).isEmpty();

        Parallax parallax = new Parallax(Parallax.clusterArticlePipeline(), grouper,
                org.parallax.pipeline.Pipeline.start("headline", new org.parallax.story.HeadlineStage()));
        org.parallax.model.Story story = parallax.analyzeStory("s1", stories.get(0), new ArrayList<>());
        assertThat(story.warnings()).singleElement().asString().startsWith("grouping: 1,005 articles");
        org.parallax.model.Report clusters = parallax.cluster(new Batch(raws, List.of()), n -> { });
        assertThat(clusters.stories()).singleElement().satisfies(s -> assertThat(s.warnings()).hasSize(1));
        assertThat(org.parallax.report.JsonReport.writeClusters(clusters)).containsPattern("\"warnings\" ?: ?\\[ ?\"grouping: 1,005 articles");
        assertThat(parallax.analyzeStory("s2", stories.get(0).subList(0, 10), new ArrayList<>()).warnings()).isEmpty();
    }
}
