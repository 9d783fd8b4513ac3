package org.parallax.text;

import org.junit.jupiter.api.Test;
import org.parallax.model.Span;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ShinglesTest {
    @Test
    void findsCopiedPassageDespiteTypography() {
        String wire = "Officials said the bridge would reopen on Friday after repairs to its “main cable” were finished.";
        String copy = "In other news. Officials said the bridge would reopen on Friday after repairs to its \"main cable\" were finished, the paper added.";
        List<Span> shared = Shingles.of(copy, 5).sharedWith(Shingles.of(wire, 5), 3);
        assertThat(shared).singleElement().satisfies(s ->
                assertThat(s.of(copy)).isEqualTo("Officials said the bridge would reopen on Friday after repairs to its \"main cable\" were finished"));
    }

    @Test
    void shortTextsHaveNoShingles() {
        assertThat(Shingles.of("too short", 5).size()).isZero();
        assertThat(Shingles.of("", 3).sharedWith(Shingles.of("a b c d", 3), 1)).isEmpty();
    }
}
