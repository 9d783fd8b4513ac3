package org.parallax.story;

import org.junit.jupiter.api.Test;
import org.parallax.model.Article;
import org.parallax.model.Story;
import org.parallax.quotes.Stories;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class HeadlineStageTest {
    private static Article titled(String id, String title, String text) {
        return Stories.article(id, title + "\n\n" + text);
    }

    @Test
    void theHeadlineIsTheTitleMostOutletsShareNotOneOutletsAngle() {
        Story s = Story.of("s", null, List.of(
                titled("a", "Opinion: why the embankments keep failing", "The embankments along the river failed again this week, and the reasons are old ones."),
                titled("b", "Floods kill at least 40 in Sylhet", "At least 40 people were killed in floods in Sylhet, officials said on Tuesday."),
                titled("c", "Sylhet floods: at least 40 killed as rivers burst banks", "Floods in Sylhet killed at least 40 people on Tuesday, officials said."),
                titled("d", "At least 40 killed in Sylhet floods", "Officials said at least 40 people had been killed in the Sylhet floods.")));
        String headline = new HeadlineStage().apply(s).result().orElseThrow().headline();
        assertThat(headline).contains("Sylhet").doesNotContain("Opinion");
    }

    @Test
    void aStoryWithoutTitlesIsHeadedByItsLead() {
        Story s = Story.of("s", null, List.of(Stories.article("a", "Floods in Sylhet killed at least 40 people on Tuesday, officials said.")));
        assertThat(new HeadlineStage().apply(s).result().orElseThrow().headline()).startsWith("Floods in Sylhet");
    }
}
