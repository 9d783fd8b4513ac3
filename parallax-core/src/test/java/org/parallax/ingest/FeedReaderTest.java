package org.parallax.ingest;

import org.junit.jupiter.api.Test;
import org.parallax.TestData;
import org.parallax.model.RawArticle;

import static org.assertj.core.api.Assertions.assertThat;

class FeedReaderTest {
    private final ArticleReader reader = new ArticleReader();

    @Test
    void readsRssItemsFromCdataContentAndEscapedDescriptionsWithTheirMetadata() {
        Batch b = reader.readPath(TestData.fixture("feeds/harbour-rss.xml"));
        assertThat(b.articles()).extracting(RawArticle::id).containsExactly("harbour-rss-1", "harbour-rss-2");
        RawArticle first = b.articles().get(0);
        assertThat(first.original()).startsWith("Cranes stood still at Lindmark port on Tuesday")
                .contains("\u201cWe will stay out until the money is paid,\u201d said union leader Tomas Berg.")
                .doesNotContain("<p>").doesNotContain("CDATA");
        assertThat(first.given().title()).isEqualTo("Dockworkers & crane operators strike at Lindmark port");
        assertThat(first.given().outlet()).isEqualTo("The Lindmark Courier & Gazette");
        assertThat(first.given().author()).isEqualTo("Maren Holt");
        assertThat(first.given().published()).isEqualTo("2026-03-10");
        assertThat(first.given().url()).isEqualTo("https://courier.example/2026/03/10/strike");
        assertThat(first.warnings()).isEmpty();
        RawArticle second = b.articles().get(1);
        assertThat(second.given().title()).isEqualTo("Ships queue off Lindmark \u2013 day two");
        assertThat(second.original()).isEqualTo("Fourteen container ships were waiting off the harbour mouth on Wednesday, the coastguard said.");
        assertThat(second.warnings()).singleElement().asString().contains("only this item's summary");
        assertThat(b.rejected()).singleElement().satisfies(r -> {
            assertThat(r.source()).endsWith("harbour-rss.xml item 3");
            assertThat(r.problem()).isEqualTo("feed item has no text");
        });
    }

    @Test
    void readsAtomEntries() {
        RawArticle a = reader.readPath(TestData.fixture("feeds/meridian-atom.xml")).articles().get(0);
        assertThat(a.original()).isEqualTo("The union says 1,200 workers are on strike; the port authority puts the figure at 900.\n"
                + "Both sides agree that no ship has been unloaded since Monday night.");
        assertThat(a.given().author()).isEqualTo("Ines Carvalho");
        assertThat(a.given().outlet()).isEqualTo("Meridian Post");
        assertThat(a.given().published()).isEqualTo("2026-03-11");
        assertThat(a.given().url()).isEqualTo("https://meridian.example/port-strike-figures");
    }

    @Test
    void readsJsonFeedItemsAndFallsBackToTheSummary() {
        Batch b = reader.readPath(TestData.fixture("feeds/coastline.json"));
        assertThat(b.articles()).hasSize(2);
        RawArticle a = b.articles().get(0);
        assertThat(a.original()).contains("queue had grown to 19 vessels & that some were diverting");
        assertThat(a.given().published()).isEqualTo("2026-03-12");
        assertThat(a.given().author()).isEqualTo("Per Aalto");
        assertThat(a.given().outlet()).isEqualTo("Coastline Daily");
        assertThat(b.articles().get(1).original()).isEqualTo("Talks resume on Friday.");
    }

    @Test
    void refusesAFeedWithADoctypeInsteadOfExpandingItsEntities() {
        Batch b = reader.readPath(TestData.fixture("feeds/doctype-rss.xml"));
        assertThat(b.articles()).isEmpty();
        assertThat(b.rejected()).singleElement().satisfies(r -> assertThat(r.problem()).contains("DOCTYPE"));
    }

    @Test
    void garbageThatLooksLikeAFeedIsRejectedNotThrown() {
        Batch b = reader.readBytes("junk.rss", "junk", "rss", "<rss><channel><item><title>unclosed".getBytes());
        assertThat(b.articles()).isEmpty();
        assertThat(b.rejected()).singleElement().satisfies(r -> assertThat(r.problem()).startsWith("not a readable RSS or Atom feed"));
    }
}
