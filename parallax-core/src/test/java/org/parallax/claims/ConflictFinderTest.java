package org.parallax.claims;

import org.junit.jupiter.api.Test;
import org.parallax.model.Conflict;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ConflictFinderTest {
    private static List<Conflict> conflicts(Candidate... candidates) {
        List<ConflictFinder.Grouped> claims = new ArrayList<>();
        for (int i = 0; i < candidates.length; i++) {
            claims.add(new ConflictFinder.Grouped("c" + (i + 1), List.of(candidates[i])));
        }
        return ConflictFinder.find(claims);
    }

    @Test
    void raisesTollsThatCannotBothBeTrue() {
        List<Conflict> found = conflicts(
                Fixtures.candidate("us", "More than 70 people were killed in the clashes, officials said."),
                Fixtures.candidate("uk", "About 30 people were killed in the clashes, according to medics."));
        assertThat(found).hasSize(1);
        assertThat(found.get(0).explanation()).contains("cannot both be true");
        assertThat(found.get(0).positions()).hasSize(2);
    }

    @Test
    void raisesTollsThatCountDifferentThingsAndSaysSo() {
        List<Conflict> found = conflicts(
                Fixtures.candidate("a", "More than 70 people were killed in the border clashes."),
                Fixtures.candidate("b", "The army said 23 soldiers were killed in the clashes."));
        assertThat(found).singleElement().satisfies(c -> assertThat(c.explanation()).contains("count different things"));
    }

    @Test
    void sameNumberInOtherWordsIsNoConflict() {
        assertThat(conflicts(
                Fixtures.candidate("a", "Over seventy people were killed in the clashes."),
                Fixtures.candidate("b", "More than 70 people were killed in the clashes on the border."),
                Fixtures.candidate("c", "The clashes killed dozens of people."))).isEmpty();
    }

    @Test
    void tollsOfDifferentDaysAreDifferentEventsNotAConflict() {
        assertThat(conflicts(
                Fixtures.candidate("a", "Five soldiers were killed in an attack on Saturday.", "2025-10-25"),
                Fixtures.candidate("b", "Twelve people were killed in an attack on Monday.", "2025-10-27"))).isEmpty();
    }

    @Test
    void raisesDifferentLengthsOfTheTalksButNotAPartOfThem() {
        List<Conflict> found = conflicts(
                Fixtures.candidate("pk", "The four-day talks ended without a deal."),
                Fixtures.candidate("in", "Over the course of the week-long talks, the delegations argued."),
                Fixtures.candidate("gb", "On Monday the sides held 18 hours of talks."));
        assertThat(found).singleElement().satisfies(c -> {
            assertThat(c.topic()).contains("talks");
            assertThat(c.positions()).hasSize(2);
        });
        assertThat(conflicts(
                Fixtures.candidate("pk", "The four-day talks ended without a deal."),
                Fixtures.candidate("gb", "On Monday the sides held 18 hours of talks."))).isEmpty();
    }

    @Test
    void raisesOpposingAccountsOfHowTheViolenceBegan() {
        List<Conflict> found = conflicts(
                Fixtures.candidate("a", "The fighting erupted after a rocket strike on a market on March 3.", "2025-03-03"),
                Fixtures.candidate("b", "Tensions escalated when rebels launched an unprovoked raid on March 6.", "2025-03-06"));
        assertThat(found).singleElement().satisfies(c -> assertThat(c.positions()).hasSize(2));
    }

    @Test
    void oneOutletRepeatingItselfIsNoConflict() {
        assertThat(conflicts(
                Fixtures.candidate("a", "More than 70 people were killed in the clashes."),
                Fixtures.candidate("a", "About 30 people were killed in the clashes."))).isEmpty();
    }

    @Test
    void headCountsOfTwoSidesConflictEvenInOneArticle() {
        List<Conflict> found = conflicts(
                Fixtures.candidate("feed", "The union says 4,000 workers are on strike."),
                Fixtures.candidate("feed", "On Tuesday the port authority said about 1,500 workers were absent."));
        assertThat(found).singleElement().satisfies(c -> {
            assertThat(c.topic()).isEqualTo("how many workers took part");
            assertThat(c.positions()).extracting(Conflict.Position::text)
                    .containsExactly("4,000 workers (The union)", "about 1,500 workers (the port authority)");
        });
    }

    @Test
    void headCountsThatAgreeOrCountOtherThingsAreNoConflict() {
        assertThat(conflicts(
                Fixtures.candidate("a", "Police said about 2,000 protesters marched through the centre."),
                Fixtures.candidate("b", "Some 2,200 protesters marched on Saturday, organisers said."),
                Fixtures.candidate("c", "Twelve ships were stranded outside the harbour."),
                Fixtures.candidate("d", "One article says 300 workers joined, and it repeats that 300 workers joined."))).isEmpty();
        // estimates of one crowd: "nearly 100" and "about 130" do not meet, but are not far apart
        assertThat(conflicts(
                Fixtures.candidate("a", "Nearly 100 people gathered at the vigil on Monday."),
                Fixtures.candidate("b", "About 130 people gathered at the vigil, police said."))).isEmpty();
        // one article giving two counts without naming who gives them is not two sides
        assertThat(conflicts(
                Fixtures.candidate("a", "About 500 workers joined the strike on Monday."),
                Fixtures.candidate("a", "By Wednesday 2,000 workers had joined the strike."))).isEmpty();
    }
}
