package org.parallax.cluster;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class VocabularyTest {

    /** Ids stay stable as the table grows past many resizes; the same term in two kinds is two terms. */
    @Test
    void idsAreStableThroughGrowthAndKindsApart() {
        Vocabulary vocabulary = new Vocabulary();
        int terms = 200_000;
        for (int i = 0; i < terms; i++) {
            assertThat(vocabulary.id(Vocabulary.kind("w:"), Terms.key("term" + i))).isEqualTo(i);
        }
        for (int i = 0; i < terms; i += 997) {
            assertThat(vocabulary.id(Vocabulary.kind("w:"), Terms.key("term" + i))).isEqualTo(i);
        }
        assertThat(vocabulary.size()).isEqualTo(terms);
        int asName = vocabulary.id(Vocabulary.kind("n:"), Terms.key("term7"));
        assertThat(asName).isEqualTo(terms).isNotEqualTo(vocabulary.id(Vocabulary.kind("w:"), Terms.key("term7")));
    }

    /** Keys of near-identical terms (one letter, case, accents) differ. */
    @Test
    void keysOfSimilarTermsDiffer() {
        Set<Long> keys = new HashSet<>();
        for (String t : new String[]{"quake", "quakes", "Quake", "quaké", "quakf", "", "a", "b", "ab", "ba"}) {
            assertThat(keys.add(Terms.key(t))).as(t).isTrue();
        }
    }
}
