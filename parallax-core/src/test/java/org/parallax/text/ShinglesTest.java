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

    @Test
    void sharedPassagesAreThoseOfEveryShingleLookedUpInTheOthersSet() {
        String[] vocabulary = "the bridge will reopen on friday after repairs said officials and the mayor".split(" ");
        java.util.Random random = new java.util.Random(7);
        for (int round = 0; round < 200; round++) {
            Shingles a = Shingles.of(words(random, vocabulary, random.nextInt(60)), 1 + random.nextInt(3));
            Shingles b = Shingles.of(words(random, vocabulary, random.nextInt(400)), 1 + random.nextInt(3));
            java.util.Set<Long> theirs = new java.util.HashSet<>();
            for (int k = 0; k < b.size(); k++) {
                theirs.add(b.hash(k));
            }
            List<Span> expected = new java.util.ArrayList<>();
            int run = -1;
            for (int k = 0; k <= a.size(); k++) {
                boolean shared = k < a.size() && theirs.contains(a.hash(k));
                if (shared && run < 0) {
                    run = k;
                } else if (!shared && run >= 0) {
                    expected.add(new Span(a.span(run).start(), a.span(k - 1).end()));
                    run = -1;
                }
            }
            assertThat(a.sharedWith(b, 1)).as("round %d", round).isEqualTo(expected);
            assertThat(a.sharedWith(b, 1)).as("asked again, round %d", round).isEqualTo(expected);
            assertThat(a.sharedWith(a, 1)).as("with itself, round %d", round)
                    .isEqualTo(a.size() == 0 ? List.of() : List.of(new Span(a.span(0).start(), a.span(a.size() - 1).end())));
        }
    }

    private static String words(java.util.Random random, String[] vocabulary, int n) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < n; i++) {
            out.append(vocabulary[random.nextInt(vocabulary.length)]).append(' ');
        }
        return out.toString();
    }
}
