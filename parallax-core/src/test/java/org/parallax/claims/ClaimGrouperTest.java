package org.parallax.claims;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ClaimGrouperTest {
    @Test
    void aDenialNeverJoinsTheAssertion() {
        assertThat(ClaimGrouper.compatible(
                Fixtures.candidate("a", "The rebels attacked the convoy near the bridge."),
                Fixtures.candidate("b", "The rebels denied they attacked the convoy near the bridge."))).isFalse();
    }

    @Test
    void differentNumbersOrDaysAreNotTheSameClaim() {
        assertThat(ClaimGrouper.compatible(
                Fixtures.candidate("a", "Forty people were killed in the blast."),
                Fixtures.candidate("b", "Twelve people were killed in the blast."))).isFalse();
        assertThat(ClaimGrouper.compatible(
                Fixtures.candidate("a", "The ceasefire was signed on Friday.", "2025-10-24"),
                Fixtures.candidate("b", "The ceasefire was signed on Sunday.", "2025-10-26"))).isFalse();
    }

    @Test
    void theSameNumberInOtherWordsMayJoin() {
        assertThat(ClaimGrouper.compatible(
                Fixtures.candidate("a", "Forty people were killed in the blast."),
                Fixtures.candidate("b", "The blast killed 40 people, police said."))).isTrue();
    }
}
