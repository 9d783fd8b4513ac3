package org.parallax.claims;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ClaimGrouperTest {
    @Test
    void aDenialNeverJoinsTheAssertion() {
        assertThat(ClaimGrouper.compatible(
                Fixtures.candidate("a", "The rebels attacked the convoy near the bridge in Kandahar."),
                Fixtures.candidate("b", "The rebels denied they attacked the convoy near the bridge in Kandahar."))).isFalse();
    }

    @Test
    void differentNumbersOrDaysAreNotTheSameClaim() {
        assertThat(ClaimGrouper.compatible(
                Fixtures.candidate("a", "Forty people were killed in the blast in Quetta."),
                Fixtures.candidate("b", "Twelve people were killed in the blast in Quetta."))).isFalse();
        assertThat(ClaimGrouper.compatible(
                Fixtures.candidate("a", "The ceasefire was signed in Doha on Friday."),
                Fixtures.candidate("b", "The ceasefire was signed in Doha on Sunday."))).isFalse();
    }

    @Test
    void theSameNumberInOtherWordsMayJoin() {
        assertThat(ClaimGrouper.compatible(
                Fixtures.candidate("a", "Forty people were killed in the blast in Quetta."),
                Fixtures.candidate("b", "The blast in Quetta killed 40 people, police said."))).isTrue();
    }

    @Test
    void copiesOfASentenceShareItsGroupButNeverJoinTheirOwnArticle() {
        String seized = "Police seized 300 kilograms of cocaine at the port of Valencia on Tuesday.";
        String rains = "Heavy rains flooded 40 homes in the lower town on Monday.";
        List<Candidate> twice = List.of(Fixtures.candidate("e", seized), Fixtures.candidate("e", seized));
        List<Candidate> candidates = new java.util.ArrayList<>(List.of(
                Fixtures.candidate("a", seized),
                Fixtures.candidate("b", rains),
                Fixtures.candidate("c", seized),
                Fixtures.candidate("d", "On Tuesday police at the port of Valencia seized 300 kilograms of cocaine."),
                Fixtures.candidate("f", rains)));
        candidates.addAll(twice);
        List<List<String>> groups = new ClaimGrouper(ClaimStage.SAME_CLAIM).group(candidates).stream()
                .map(g -> g.stream().map(Candidate::document).toList()).toList();
        // an article giving the sentence twice joins the first group once; its second copy stands alone
        assertThat(groups).containsExactly(List.of("a", "c", "d", "e"), List.of("b", "f"), List.of("e"));
    }

    /**
     * Complete linkage as the grouper's Javadoc states it, one pair at a time: each candidate joins the
     * group whose least cosine with it is highest and at least the threshold, every member compatible.
     */
    private static List<List<Candidate>> onePairAtATime(List<Candidate> candidates, double threshold) {
        List<float[]> vectors = org.parallax.internal.Embeddings.embed(candidates.stream().map(Candidate::text).toList());
        List<List<Integer>> groups = new java.util.ArrayList<>();
        for (int i = 0; i < candidates.size(); i++) {
            int best = -1;
            double bestScore = threshold;
            for (int g = 0; g < groups.size(); g++) {
                double least = Double.MAX_VALUE;
                for (int j : groups.get(g)) {
                    boolean fits = ClaimGrouper.compatible(candidates.get(i), candidates.get(j));
                    least = Math.min(least, fits ? org.parallax.internal.Embeddings.cosine(vectors.get(i), vectors.get(j)) : -1);
                }
                if (least >= bestScore) {
                    best = g;
                    bestScore = least;
                }
            }
            if (best < 0) {
                groups.add(new java.util.ArrayList<>(List.of(i)));
            } else {
                groups.get(best).add(i);
            }
        }
        return groups.stream().map(g -> g.stream().map(candidates::get).toList()).toList();
    }

    @Test
    void syndicatedCopiesAcrossBlocksGroupAsOnePairAtATime() {
        org.parallax.ingest.Batch batch = new org.parallax.ingest.ArticleReader()
                .readPath(org.parallax.TestData.example("harbour-strike"));
        List<org.parallax.model.Article> articles = org.parallax.Parallax.prepare(
                org.parallax.Parallax.standardArticlePipeline(), batch.articles(), new java.util.ArrayList<>(), n -> { });
        List<Candidate> originals = new java.util.ArrayList<>();
        articles.forEach(a -> originals.addAll(ClaimExtractor.extract(a)));
        // each article run again by nine other outlets, arriving in a shuffled order: the story crosses
        // several blocks of rows, and most texts come back in later blocks
        List<Candidate> candidates = new java.util.ArrayList<>(originals);
        for (int copy = 1; copy <= 9; copy++) {
            for (Candidate c : originals) {
                candidates.add(new Candidate(c.document() + "-copy" + copy, c.published(), c.sentence(), c.figures(), c.dates(), c.negated()));
            }
        }
        java.util.Collections.shuffle(candidates, new java.util.Random(11));
        assertThat(candidates.size()).isGreaterThan(2 * ClaimGrouper.ROWS);
        List<List<Candidate>> groups = new ClaimGrouper(ClaimStage.SAME_CLAIM).group(candidates);
        assertThat(groups).isEqualTo(onePairAtATime(candidates, ClaimStage.SAME_CLAIM));
        assertThat(groups).anySatisfy(g -> assertThat(g).hasSizeGreaterThan(3));
    }
}
