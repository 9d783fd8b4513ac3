package org.parallax.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.model.GivenMetadata;
import org.parallax.model.RawArticle;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StoreTest {
    @TempDir
    Path dir;

    static RawArticle article(String id, String text) {
        return new RawArticle(id, "test:" + id, text, new GivenMetadata("Title " + id, "Outlet " + id, "2025-01-02", null, null), List.of());
    }

    @Test
    void keepsArticlesAndStoriesAcrossReopening() {
        try (Store store = Store.open(dir)) {
            store.putArticles(List.of(article("a", "Dock workers walked out on Monday."), article("b", "The port closed.")));
            store.replaceStories(List.of(new StoredStory("s-1", "Strike", List.of("a", "b"), "{\"id\":\"s-1\"}")));
        }
        try (Store store = Store.open(dir)) {
            assertThat(store.articles()).extracting(RawArticle::id).containsExactly("a", "b");
            assertThat(store.articles().get(0).given().outlet()).isEqualTo("Outlet a");
            assertThat(store.stories()).singleElement().satisfies(s -> assertThat(s.documents()).containsExactly("a", "b"));
            assertThat(store.schemaVersion()).isEqualTo(Migrations.STEPS.size());
            assertThat(store.integrityCheck()).isEqualTo("ok");
        }
    }

    @Test
    void aSecondStoreOnTheSameFolderIsRefusedUntilTheFirstCloses() {
        try (Store first = Store.open(dir)) {
            first.putArticles(List.of(article("a", "Dock workers walked out on Monday.")));
            assertThatThrownBy(() -> Store.open(dir)).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("is in use by another Parallax process").hasMessageContaining(dir.toString());
            assertThat(first.articles()).hasSize(1);
        }
        try (Store again = Store.open(dir)) {
            assertThat(again.articles()).extracting(RawArticle::id).containsExactly("a");
        }
    }

    @Test
    void replacingAnArticleKeepsOneCopyAndReindexesIt() {
        try (Store store = Store.open(dir)) {
            store.putArticles(List.of(article("a", "old words about ferries")));
            store.putArticles(List.of(article("a", "new words about trains")));
            assertThat(store.articleCount()).isEqualTo(1);
            assertThat(store.search("ferries", 10)).isEmpty();
            assertThat(store.search("trains", 10)).singleElement().extracting(SearchHit::article).isEqualTo("a");
        }
    }

    @Test
    void searchMarksMatchesAndLinksTheStory() {
        try (Store store = Store.open(dir)) {
            store.putArticles(List.of(article("a", "Dock workers walked out on Monday over pay."), article("b", "Nothing here.")));
            store.replaceStories(List.of(new StoredStory("s-1", "Strike", List.of("a"), "{}")));
            List<SearchHit> hits = store.search("dock WORKERS", 10);
            assertThat(hits).singleElement().satisfies(h -> {
                assertThat(h.story()).isEqualTo("s-1");
                assertThat(h.snippet()).contains(SearchHit.MARK_START + "Dock" + SearchHit.MARK_END);
                assertThat(h.plainSnippet()).contains("Dock workers walked out");
            });
        }
    }

    @Test
    void searchTreatsOperatorsAndGarbageAsPlainWords() {
        try (Store store = Store.open(dir)) {
            store.putArticles(List.of(article("a", "Karachi पोर्ट workers said \"no\" (again)")));
            for (String q : List.of("", "   ", "\"", "NEAR(a b", "a OR", "*", "col:thing", "') DROP TABLE articles;--",
                    "x".repeat(10_000), "पोर्ट", "\u0000\u0001")) {
                assertThat(store.search(q, 5)).isNotNull();
            }
            assertThat(store.search("पोर्ट", 5)).hasSize(1);
            assertThat(store.search("work*", 5)).hasSize(1);
            assertThat(store.articleCount()).isEqualTo(1);
        }
    }

    @Test
    void aFailedBatchLeavesNothingBehind() {
        try (Store store = Store.open(dir)) {
            store.putArticles(List.of(article("a", "first")));
            // a null id in the middle of a batch makes the insert fail after the first row was written
            List<RawArticle> batch = new java.util.ArrayList<>(List.of(article("c", "second")));
            batch.add(null);
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> store.putArticles(batch)).isInstanceOf(RuntimeException.class);
            assertThat(store.articles()).extracting(RawArticle::id).containsExactly("a");
            assertThat(store.search("second", 5)).isEmpty();
        }
    }
}
