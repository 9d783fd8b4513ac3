package org.parallax.store;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.AnalysisCache;
import org.parallax.model.GivenMetadata;
import org.parallax.model.RawArticle;
import org.parallax.model.Rejected;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The store on the database the build runs against ({@link TestStores}: SQLite, then PostgreSQL). */
class StoreTest {
    @TempDir
    Path dir;

    static RawArticle article(String id, String text) {
        return new RawArticle(id, "test:" + id, text, new GivenMetadata("Title " + id, "Outlet " + id, "2025-01-02", null, null), List.of());
    }

    static Publication.Story story(String id, String signature, String... documents) {
        List<Publication.Document> docs = new ArrayList<>();
        for (String d : documents) {
            docs.add(new Publication.Document(d, "Found title " + d, null));
        }
        return new Publication.Story(id, "Headline " + id, signature, docs, "[]");
    }

    static void publish(Store store, Publication.Story... stories) {
        for (Publication.Story s : stories) {
            store.putStoryOutput(new StoryOutput(s.signature(), s.headline(), "{\"id\":\"" + s.id() + "\"}", "<p>page " + s.id() + "</p>",
                    "{\"articles\":" + s.documents().size() + "}"));
        }
        store.publish(new Publication(List.of(stories), Map.of(), Map.of()));
    }

    @Test
    void keepsArticlesAndStoriesAcrossReopening() {
        try (Store store = TestStores.open(dir)) {
            store.putArticles(List.of(article("a", "Dock workers walked out on Monday."), article("b", "The port closed.")));
            publish(store, story("s-1", "sig-1", "a", "b"));
        }
        try (Store store = TestStores.open(dir)) {
            assertThat(store.articles()).extracting(RawArticle::id).containsExactly("a", "b");
            assertThat(store.articles().get(0).given().outlet()).isEqualTo("Outlet a");
            assertThat(store.storyIndex()).singleElement().satisfies(s -> {
                assertThat(s.documents()).containsExactly("a", "b");
                assertThat(s.card()).contains("\"articles\":2");
                assertThat(s.headline()).isEqualTo("Headline s-1");
            });
            assertThat(store.story("s-1")).hasValueSatisfying(v -> {
                assertThat(v.json()).contains("s-1");
                assertThat(v.page()).contains("page s-1");
            });
            assertThat(store.schemaVersion()).isEqualTo(TestStores.postgres() ? Migrations.POSTGRES.size() : Migrations.SQLITE.size());
            assertThat(store.integrityCheck()).isEqualTo("ok");
        }
    }

    @Test
    void aSecondStoreOnTheSameDatabaseIsRefusedUntilTheFirstCloses() {
        try (Store first = TestStores.open(dir)) {
            first.putArticles(List.of(article("a", "Dock workers walked out on Monday.")));
            assertThatThrownBy(() -> TestStores.open(dir)).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("is in use by another Parallax");
            assertThat(first.articles()).hasSize(1);
        }
        try (Store again = TestStores.open(dir)) {
            assertThat(again.articles()).extracting(RawArticle::id).containsExactly("a");
        }
    }

    @Test
    void aSecondSqliteStoreNamesTheFolder() {
        Assumptions.assumeFalse(TestStores.postgres());
        try (Store first = Store.open(dir)) {
            assertThatThrownBy(() -> Store.open(dir)).hasMessageContaining(dir.toString()).hasMessageContaining(Store.LOCK_NAME);
        }
    }

    @Test
    void replacingAnArticleKeepsOneCopyAndItsPlaceAndReindexesIt() {
        try (Store store = TestStores.open(dir)) {
            store.putArticles(List.of(article("a", "old words about ferries"), article("b", "something else")));
            store.putArticles(List.of(article("a", "new words about trains")));
            assertThat(store.articleCount()).isEqualTo(2);
            assertThat(store.articles()).extracting(RawArticle::id).containsExactly("a", "b");
            assertThat(store.search("ferries", 10)).isEmpty();
            assertThat(store.search("trains", 10)).singleElement().extracting(SearchHit::article).isEqualTo("a");
            assertThat(store.articles(List.of("b", "a", "zz"))).extracting(RawArticle::id).containsExactly("a", "b");
        }
    }

    @Test
    void searchMarksMatchesAndLinksTheStoryAndPlace() {
        try (Store store = TestStores.open(dir)) {
            store.putArticles(List.of(article("a", "Dock workers walked out on Monday over pay."), article("b", "Nothing here."),
                    new RawArticle("c", "test", "More dock workers joined them.")));
            publish(store, story("s-1", "sig-1", "b", "a", "c"));
            List<SearchHit> hits = store.search("dock WORKERS", 10);
            assertThat(hits).hasSize(2);
            assertThat(hits).filteredOn(h -> h.article().equals("a")).singleElement().satisfies(h -> {
                assertThat(h.story()).isEqualTo("s-1");
                assertThat(h.position()).isEqualTo(2);
                assertThat(h.snippet()).contains(SearchHit.MARK_START + "Dock" + SearchHit.MARK_END);
                assertThat(h.plainSnippet()).contains("Dock workers walked out");
                assertThat(h.title()).isEqualTo("Title a");
            });
            assertThat(hits).filteredOn(h -> h.article().equals("c")).singleElement()
                    .satisfies(h -> assertThat(h.title()).as("the analysis's title when none was given").isEqualTo("Found title c"));
        }
    }

    @Test
    void searchTreatsOperatorsAndGarbageAsPlainWords() {
        try (Store store = TestStores.open(dir)) {
            store.putArticles(List.of(article("a", "Karachi पोर्ट workers said \"no\" (again)")));
            for (String q : List.of("", "   ", "\"", "NEAR(a b", "a OR", "*", "col:thing", "') DROP TABLE articles;--",
                    "x".repeat(10_000), "पोर्ट", "\u0000\u0001", "a & b | !c <-> d:*", "'\\'")) {
                assertThat(store.search(q, 5)).isNotNull();
            }
            assertThat(store.search("पोर्ट", 5)).hasSize(1);
            assertThat(store.search("work*", 5)).hasSize(1);
            assertThat(store.search("karachi", 5)).hasSize(1);
            assertThat(store.articleCount()).isEqualTo(1);
        }
    }

    @Test
    void aFailedBatchLeavesNothingBehind() {
        try (Store store = TestStores.open(dir)) {
            store.putArticles(List.of(article("a", "first")));
            // a null in the middle of a batch makes the write fail after the first row was written
            List<RawArticle> batch = new ArrayList<>(List.of(article("c", "second")));
            batch.add(null);
            assertThatThrownBy(() -> store.putArticles(batch)).isInstanceOf(RuntimeException.class);
            assertThat(store.articles()).extracting(RawArticle::id).containsExactly("a");
            assertThat(store.search("second", 5)).isEmpty();
        }
    }

    @Test
    void textWithNulCharactersIsStoredWithoutShiftingOffsets() {
        try (Store store = TestStores.open(dir)) {
            store.putArticles(List.of(new RawArticle("nul", "test", "before\u0000after words")));
            String stored = store.articles().get(0).original();
            assertThat(stored).hasSize("before\u0000after words".length()).startsWith("before").endsWith("after words");
        }
    }

    @Test
    void analysesAreKeptByKeyAndAnArticlesOlderAnalysisGoes() {
        try (Store store = TestStores.open(dir)) {
            store.putAnalyses(List.of(new AnalysisCache.Analysis("k1", "a", new byte[]{1, 2, 3}),
                    new AnalysisCache.Analysis("k2", "b", new byte[]{4})));
            assertThat(store.analyses(List.of("k1", "k2", "k3"))).containsOnlyKeys("k1", "k2");
            assertThat(store.analyses(List.of("k1")).get("k1")).containsExactly(1, 2, 3);
            store.putAnalyses(List.of(new AnalysisCache.Analysis("k1b", "a", new byte[]{9})));
            assertThat(store.analyses(List.of("k1", "k1b"))).containsOnlyKeys("k1b");
            assertThat(store.analysisCount()).isEqualTo(2);
        }
    }

    @Test
    void publishingReplacesTheIndexRedirectsRetiredIdsAndFinishesJobs() {
        try (Store store = TestStores.open(dir)) {
            store.accept(List.of(article("a", "one"), article("b", "two"), article("c", "three")),
                    new Job("j1", "api", Job.State.QUEUED, List.of("a", "b", "c"), List.of(new Rejected("request line 4", "no id")),
                            List.of(), Instant.now(), null));
            assertThat(store.unfinishedJobs()).extracting(Job::id).containsExactly("j1");
            publish(store, story("s-1", "sig-1", "a", "b"), story("s-2", "sig-2", "c"));
            assertThat(store.hasStory("sig-1")).isTrue();

            store.putStoryOutput(new StoryOutput("sig-3", "Merged", "{}", "<p>merged</p>", "{}"));
            assertThat(store.headlines(List.of("sig-3", "sig-1", "none"))).containsOnlyKeys("sig-3", "sig-1");
            store.publish(new Publication(List.of(story("s-1", "sig-3", "a", "b", "c")), Map.of("s-2", "s-1"),
                    Map.of("j1", List.of("s-1"))));
            assertThat(store.storyIndex()).extracting(StoryEntry::id).containsExactly("s-1");
            assertThat(store.story("s-2")).isEmpty();
            assertThat(store.redirects()).containsExactly(Map.entry("s-2", "s-1"));
            assertThat(store.hasStory("sig-1")).as("an analysis no story shows is dropped").isFalse();
            assertThat(store.hasStory("sig-2")).isFalse();
            assertThat(store.job("j1")).hasValueSatisfying(j -> {
                assertThat(j.state()).isEqualTo(Job.State.DONE);
                assertThat(j.stories()).containsExactly("s-1");
                assertThat(j.rejected()).singleElement().satisfies(r -> assertThat(r.problem()).isEqualTo("no id"));
                assertThat(j.finished()).isNotNull();
            });
            assertThat(store.unfinishedJobs()).isEmpty();
            assertThat(store.search("three", 5)).singleElement().satisfies(h -> assertThat(h.position()).isEqualTo(3));
            assertThat(store.integrityCheck()).isEqualTo("ok");
        }
    }

    @Test
    void feedsAreAddedOnceUpdatedAndRemoved() {
        try (Store store = TestStores.open(dir)) {
            Instant now = Instant.parse("2026-01-01T00:00:00Z");
            Feed feed = new Feed("f1", "http://example.com/feed.xml", null, 600, null, null, now, null, null, 0, null, null, now, 0);
            assertThat(store.addFeed(feed)).isEqualTo(feed);
            assertThat(store.addFeed(new Feed("f2", feed.url(), null, 60, null, null, now, null, null, 0, null, null, now, 0)).id())
                    .isEqualTo("f1");
            Feed polled = new Feed("f1", feed.url(), "Example", 600, "\"v1\"", "Thu, 01 Jan 2026 00:00:00 GMT",
                    now.plusSeconds(600), now, now, 0, null, "2 new articles", now, 2);
            store.updateFeed(polled);
            assertThat(store.feeds()).containsExactly(polled);
            assertThat(store.deleteFeed("f1")).isTrue();
            assertThat(store.feed("f1")).isEmpty();
        }
    }

    @Test
    void aVersionOneDatabaseIsMigratedAndKeepsItsStories() throws Exception {
        Assumptions.assumeFalse(TestStores.postgres(), "version 1 was SQLite only");
        java.nio.file.Files.createDirectories(dir);
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve(Store.FILE_NAME)); Statement s = db.createStatement()) {
            for (String sql : Migrations.SQLITE.get(0).split(";\\s*\n")) {
                if (!sql.isBlank()) {
                    s.execute(sql);
                }
            }
            s.execute("PRAGMA user_version = 1");
            s.execute("INSERT INTO articles (id, source, original, added_at) VALUES ('a', 'x', 'Old text.', '2025-01-01T00:00:00Z')");
            s.execute("INSERT INTO stories (id, position, headline, documents, json) VALUES ('s-old', 0, 'Old', '[\"a\"]', '{\"id\":\"s-old\"}')");
            s.execute("INSERT INTO story_documents (story_id, document_id) VALUES ('s-old', 'a')");
        }
        try (Store store = Store.open(dir)) {
            assertThat(store.schemaVersion()).isEqualTo(Migrations.SQLITE.size());
            assertThat(store.story("s-old")).hasValueSatisfying(v -> {
                assertThat(v.json()).isEqualTo("{\"id\":\"s-old\"}");
                assertThat(v.page()).isNull();
                assertThat(v.entry().headline()).isEqualTo("Old");
            });
            assertThat(store.integrityCheck()).isEqualTo("ok");
        }
    }

    @Test
    void aPostgresUrlIsReadLikeLibpqAndItsPasswordIsNotShown() {
        java.util.Properties props = new java.util.Properties();
        assertThat(StoreTarget.jdbc("postgresql://ann:s%40cret@db.example:6543/news?sslmode=require", props))
                .isEqualTo("jdbc:postgresql://db.example:6543/news");
        assertThat(props).containsEntry("user", "ann").containsEntry("password", "s@cret").containsEntry("sslmode", "require");
        assertThat(StoreTarget.postgres("postgresql://ann:secret@db/news").describe()).doesNotContain("secret");
        assertThatThrownBy(() -> StoreTarget.postgres("mysql://x/y")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("postgresql://");
        assertThatThrownBy(() -> StoreTarget.postgres("postgresql://host")).hasMessageContaining("database");
    }
}
