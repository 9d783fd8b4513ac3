package org.parallax.summary;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

/**
 * The summary's word index finds exactly the candidates the pairwise test would (at least four content
 * words in common), in story order: the support, and so the summary, cannot change with it.
 */
class SharedWordsIndexTest {
    /** Candidates of 0 to 14 words drawn from a vocabulary of this size: small ones share many words. */
    private static List<Set<String>> candidates(long seed, int count, int vocabulary) {
        Random random = new Random(seed);
        List<Set<String>> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Set<String> words = new HashSet<>();
            int n = random.nextInt(15);
            for (int k = 0; k < n; k++) {
                words.add("w" + random.nextInt(vocabulary));
            }
            out.add(words);
        }
        return out;
    }

    @Test
    void findsExactlyTheCandidatesSharingEnoughWordsInStoryOrder() {
        qt().withExamples(300).forAll(integers().between(0, 1_000_000), integers().between(1, 120), integers().between(4, 60))
                .checkAssert((seed, count, vocabulary) -> {
                    List<Set<String>> words = candidates(seed, count, vocabulary);
                    Map<String, int[]> holders = SummaryStage.holders(words);
                    int[] counts = new int[count];
                    for (int i = 0; i < count; i++) {
                        Set<String> mine = words.get(i);
                        int[] expected = IntStream.range(0, count)
                                .filter(j -> words.get(j).stream().filter(mine::contains).count() >= 4).toArray();
                        assertThat(SummaryStage.sharingWords(mine, holders, counts)).containsExactly(expected);
                        assertThat(counts).as("the scratch counts are left at zero").containsOnly(0);
                    }
                });
    }
}
