package org.parallax.cluster;

import org.junit.jupiter.api.Test;
import org.parallax.framing.Articles;
import org.parallax.model.Article;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class RelatedStoriesTest {
    private static final List<Article> FIRST_ROUND = List.of(
            Articles.of("a1", "Wire", "Delegates of Velmora and Ostrava met in Lisbon on Monday for talks on the river dam."),
            Articles.of("a2", "Paper", "The first round of talks between Velmora and Ostrava in Lisbon ended without a deal."));
    private static final List<Article> SECOND_ROUND = List.of(
            Articles.of("b1", "Wire", "In Geneva, Velmora and Ostrava resumed talks a month after the Lisbon round failed."),
            Articles.of("b2", "Paper", "In Geneva, negotiators from Velmora and Ostrava agreed to share the dam's water."));
    private static final List<Article> OTHER_QUAKE = List.of(
            Articles.of("c1", "Wire", "An earthquake struck Ostrava province in the north, destroying homes in Kerin."),
            Articles.of("c2", "Paper", "Rescuers searched collapsed homes in Kerin after the earthquake."));

    @Test
    void eventsOfOneTopicWithTheSameActorsAreLinkedOthersNot() {
        List<List<Article>> stories = List.of(FIRST_ROUND, SECOND_ROUND, OTHER_QUAKE);
        List<Grouping.Link> links = RelatedStories.find(List.of(List.of(0, 1, 2)), stories);
        assertThat(links).singleElement().satisfies(l -> {
            assertThat(l.first()).isZero();
            assertThat(l.second()).isOne();
            assertThat(l.shared()).contains("velmora", "ostrava");
        });
    }

    @Test
    void storiesOfDifferentTopicsAreNeverLinked() {
        List<List<Article>> stories = List.of(FIRST_ROUND, SECOND_ROUND);
        assertThat(RelatedStories.find(List.of(List.of(0), List.of(1)), stories)).isEmpty();
    }
}
