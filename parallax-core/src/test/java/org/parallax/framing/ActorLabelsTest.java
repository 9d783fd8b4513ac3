package org.parallax.framing;

import org.junit.jupiter.api.Test;
import org.parallax.model.Article;
import org.parallax.model.Entity;
import org.parallax.model.EntityType;
import org.parallax.model.Passage;
import org.parallax.model.Span;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Which of the story's entities a label belongs to: the longest name it holds as whole words, or its acronym. */
class ActorLabelsTest {
    private static final List<Entity> ENTITIES = List.of(
            new Entity("e1", "Pakistan", EntityType.PLACE, null, List.of(), List.of("a")),
            new Entity("e2", "Tehrik-e Taliban Pakistan", EntityType.ORG, null, List.of("TTP", "Pakistani Taliban"), List.of("a")),
            new Entity("e3", "Afghan Taliban", EntityType.ORG, null, List.of("Taliban"), List.of("a")),
            new Entity("e4", "Niger", EntityType.PLACE, null, List.of(), List.of("a")),
            new Entity("e5", "Taliban", EntityType.ORG, null, List.of(), List.of("a")),
            new Entity("e6", "Inter-Services Intelligence", EntityType.ORG, null, List.of("Isi"), List.of("a")));

    private static Article article(String text) {
        return new Article("a", "a", text, null, null, null, null, null, null, List.of(),
                List.of(new Passage(0, new Span(0, text.length()))), List.of(), List.of(), List.of(), List.of(), List.of());
    }

    private static List<ActorLabels.Found> found(String text) {
        return ActorLabels.find(article(text), ENTITIES);
    }

    @Test
    void theLongestNameInTheLabelDecides() {
        assertThat(found("Officials blamed the banned Tehrik-e Taliban Pakistan movement for the attack."))
                .containsExactly(new ActorLabels.Found("e2", "banned Tehrik-e Taliban Pakistan movement"));
        assertThat(found("Officials blamed the Pakistani Taliban fighters."))
                .containsExactly(new ActorLabels.Found("e2", "Pakistani Taliban fighters"));
    }

    @Test
    void amongNamesOfOneLengthTheFirstEntityGivenWins() {
        // "Taliban" is an alias of e3 and the name of e5: e3 comes first
        assertThat(found("He met the interim Taliban rulers.")).containsExactly(new ActorLabels.Found("e3", "interim Taliban rulers"));
    }

    @Test
    void namesCountAsWholeWordsOnlyAndAnAcronymNamesItsEntity() {
        assertThat(found("Nigerian Army units moved north.")).isEmpty();
        assertThat(found("Troops from Niger Army units moved north."))
                .extracting(ActorLabels.Found::key).containsExactly("e4");
        assertThat(found("A spokesman for Tehreek Nifaz (TTP) denied it."))
                .containsExactly(new ActorLabels.Found("e2", "Tehreek Nifaz"));
        // an acronym names the entity whatever the case of the alias it matches
        assertThat(found("Officers of the Military Intelligence Directorate (ISI) were named."))
                .extracting(ActorLabels.Found::key).containsExactly("e6");
    }
}
