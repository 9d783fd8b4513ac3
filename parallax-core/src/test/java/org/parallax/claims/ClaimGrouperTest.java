package org.parallax.claims;

import org.junit.jupiter.api.Test;

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
}
