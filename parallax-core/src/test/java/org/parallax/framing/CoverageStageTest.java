package org.parallax.framing;

import org.junit.jupiter.api.Test;
import org.parallax.model.Claim;
import org.parallax.model.Coverage;
import org.parallax.model.SourceText;
import org.parallax.model.Story;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CoverageStageTest {
    private static Claim claim(String id, Claim.Status status, int independent, String... docs) {
        List<SourceText> sources = java.util.Arrays.stream(docs).map(d -> new SourceText(d, "text", 0, 4)).toList();
        return new Claim(id, "text", sources, List.of(), List.of(), independent, status, List.of());
    }

    @Test
    void listsExclusiveAndMissingCorroboratedClaimsPerDocument() {
        Story story = Story.of("s", null, List.of(Articles.of("a", "A", "Text one."), Articles.of("b", "B", "Text two."),
                Articles.of("c", "C", "Text three."))).withClaims(List.of(
                claim("c1", Claim.Status.CORROBORATED, 2, "a", "b"),
                claim("c2", Claim.Status.SINGLE_SOURCE, 1, "a"),
                claim("c3", Claim.Status.SINGLE_SOURCE, 1, "b", "c")));
        List<Coverage> rows = new CoverageStage().apply(story).result().orElseThrow().coverage();
        assertThat(rows).extracting(Coverage::document).containsExactly("a", "b", "c");
        assertThat(rows.get(0).exclusiveClaims()).containsExactly("c2");
        assertThat(rows.get(0).missingClaims()).isEmpty();
        assertThat(rows.get(2).missingClaims()).containsExactly("c1");
        assertThat(rows.get(1).missingClaims()).as("copies of one source are not corroboration").isEmpty();
    }

    @Test
    void givesARowPerDocumentWithoutClaims() {
        Story story = Story.of("s", null, List.of(Articles.of("a", "A", "x"), Articles.of("b", null, "y")));
        assertThat(new CoverageStage().apply(story).result().orElseThrow().coverage()).hasSize(2)
                .allSatisfy(c -> assertThat(c.exclusiveClaims()).isEmpty());
    }
}
