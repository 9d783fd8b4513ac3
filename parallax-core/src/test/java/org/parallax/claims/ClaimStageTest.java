package org.parallax.claims;

import org.junit.jupiter.api.Test;
import org.parallax.model.Article;
import org.parallax.model.Claim;
import org.parallax.model.Story;
import org.parallax.pipeline.StageResult;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ClaimStageTest {
    @Test
    void groupsOneClaimAcrossOutletsAndMarksDisputedTolls() {
        Article us = Fixtures.article("us", "Daily Ledger", "2025-10-29",
                "More than 70 people were killed in the border clashes, officials said.",
                "The two ministers met in Oslo for talks on the dispute.");
        Article pk = Fixtures.article("pk", "Frontier Times", "2025-10-29",
                "About 30 people were killed in the border clashes, the army said.",
                "The two ministers met in Oslo to hold talks on the dispute.");
        Story story = Story.of("s1", null, List.of(us, pk));
        StageResult<Story> result = new ClaimStage().apply(story);
        Story out = result.result().orElseThrow();
        assertThat(out.conflicts()).hasSize(1);
        assertThat(out.claims()).anySatisfy(c -> {
            assertThat(c.sources()).hasSize(2);
            assertThat(c.status()).isEqualTo(Claim.Status.CORROBORATED);
            assertThat(c.independentSources()).isEqualTo(2);
        });
        assertThat(out.claims().stream().filter(c -> c.status() == Claim.Status.DISPUTED)).hasSize(2);
    }

    @Test
    void garbageInGivesAStoryAndNeverThrows() {
        Article mixed = Fixtures.article("m", null, null, "日本語 العربية русский 12 ¶¶ ---- 3,,4 killed?!",
                "x".repeat(100_000), "20, 000 , 000 $ % 7:42 left more than than 1e9 three-quarters of of");
        StageResult<Story> result = new ClaimStage().apply(Story.of("s", null, List.of(mixed)));
        assertThat(result).isInstanceOf(StageResult.Ok.class);
    }
}
