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
}
