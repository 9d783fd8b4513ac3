package org.parallax.claims;

import org.junit.jupiter.api.Test;
import org.parallax.model.Conflict;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class StancesTest {
    private static List<ConflictFinder.Grouped> claims(Candidate... members) {
        List<ConflictFinder.Grouped> out = new ArrayList<>();
        for (int i = 0; i < members.length; i++) {
            out.add(new ConflictFinder.Grouped("c" + (i + 1), List.of(members[i])));
        }
        return out;
    }

    @Test
    void agreeingAndRefusingTheSameDemandsConflict() {
        List<Conflict> found = Stances.find(claims(
                Fixtures.candidate("us", "Officials said the Houthi delegation accepted Riyadh's demands for a prisoner swap."),
                Fixtures.candidate("uk", "The Houthi negotiators were not willing to accept the Saudi proposals, a diplomat said."),
                Fixtures.candidate("pk", "Sources said that the Houthi side backtracked on commitments made in Muscat.")));
        assertThat(found).hasSize(1);
        Conflict c = found.get(0);
        assertThat(c.topic()).contains("Houthi").contains("demands");
        assertThat(c.positions()).hasSize(2);
        assertThat(c.positions().get(0).documents()).containsExactly("us");
        assertThat(c.positions().get(1).documents()).containsExactlyInAnyOrder("uk", "pk");
    }

    @Test
    void differentActorsDoNotConflict() {
        assertThat(Stances.find(claims(
                Fixtures.candidate("us", "The Serbian team accepted the EU proposal on licence plates."),
                Fixtures.candidate("uk", "Kosovo's government rejected the EU proposal on licence plates.")))).isEmpty();
    }

    @Test
    void differentObjectsDoNotConflict() {
        assertThat(Stances.find(claims(
                Fixtures.candidate("us", "Both sides in Sudan agreed to a ceasefire brokered in Jeddah."),
                Fixtures.candidate("uk", "The Sudan army refused to provide assurances on aid corridors.")))).isEmpty();
    }

    @Test
    void theSameStanceInOtherWordsDoesNotConflict() {
        assertThat(Stances.find(claims(
                Fixtures.candidate("us", "The Houthi delegation rejected the Saudi proposals."),
                Fixtures.candidate("uk", "The Houthi side refused the demands put forward by Riyadh.")))).isEmpty();
    }

    @Test
    void agreeingOneDayAndBacktrackingAnotherAreBothTrue() {
        assertThat(Stances.find(claims(
                Fixtures.candidate("us", "On Monday the Houthi delegation accepted the Saudi proposals.", "2025-03-03"),
                Fixtures.candidate("uk", "On Wednesday the Houthi delegation backtracked on its commitments.", "2025-03-05"))))
                .isEmpty();
    }

    @Test
    void oneOutletContradictingItselfIsNotAConflictBetweenOutlets() {
        assertThat(Stances.find(claims(
                Fixtures.candidate("us", "The Houthi delegation accepted the Saudi proposals."),
                Fixtures.candidate("us", "The Houthi delegation rejected the Saudi proposals.")))).isEmpty();
    }

    @Test
    void garbageMakesNoStance() {
        assertThat(Stances.find(claims(Fixtures.candidate("x", "accepted accepted ".repeat(500)),
                Fixtures.candidate("y", "Отклонили 拒绝 rejected")))).isEmpty();
        assertThat(Stances.find(List.of())).isEmpty();
    }
}
