package org.parallax.summary;

import org.junit.jupiter.api.Test;
import org.parallax.framing.Articles;
import org.parallax.framing.Lexicon;
import org.parallax.model.Article;
import org.parallax.model.Claim;
import org.parallax.model.Conflict;
import org.parallax.model.SourceText;
import org.parallax.model.Story;
import org.parallax.model.SummarySentence;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The summary on a hand-built story of three outlets (one model load for the class). */
class SummaryStageTest {
    private static final Article WIRE = Articles.of("wire", "Wire", """
            Flooding in the northern province of Varna has killed at least 14 people and forced 20,000 from their homes, officials said on Tuesday.
            The regional governor said rescue teams had reached the town of Dobrich, where the river burst its banks on Monday night.
            The national weather service warned that more heavy rain was expected over the next two days.
            "We have never seen water this high," said a resident.""");
    private static final Article PAPER = Articles.of("paper", "Daily Paper", """
            At least 14 people have died in floods in Varna province and about 20,000 residents have left their homes, according to officials.
            Rescue teams reached Dobrich, where the river burst its banks on Monday night, the regional governor said.
            Opposition leaders were quick to blame the government for cuts to flood defences.
            The weather service said more heavy rain was expected in the next two days.
            I would like to thank my neighbours and the rescue teams who reached Dobrich on Monday night.""");
    private static final Article STATE = Articles.of("state", "State Radio", """
            The valiant rescue teams reached Dobrich after the river burst its banks on Monday night.
            The government has released emergency funds for the 20,000 people displaced by the floods in Varna province.
            Officials put the death toll at nine, lower than figures reported elsewhere.""");

    private static Story story() {
        return Story.of("s1", "Floods", List.of(WIRE, PAPER, STATE));
    }

    @Test
    void citesEverySentenceAndStaysNeutralWithoutClaims() {
        List<SummarySentence> summary = new SummaryStage().apply(story()).result().orElseThrow().summary();
        summary.forEach(s -> System.out.println("summary: " + s.text() + " " + s.citations()));
        assertThat(summary).hasSizeBetween(4, 8);
        assertThat(summary).allSatisfy(s -> {
            assertThat(s.citations()).isNotEmpty().isSubsetOf(story().documentIds());
            assertThat(Lexicon.standard().find(s.text(), 0, s.text().length(), List.of())).isEmpty();
            assertThat(s.text()).doesNotContain("\"", "“").doesNotContain("I would like", "my neighbours");
        });
        assertThat(summary.get(0).citations()).as("facts several outlets state come first").hasSizeGreaterThanOrEqualTo(2);
    }

    @Test
    void isDeterministic() {
        assertThat(new SummaryStage().apply(story()).result().orElseThrow().summary())
                .isEqualTo(new SummaryStage().apply(story()).result().orElseThrow().summary());
    }

    @Test
    void statesADisputeWithWhoSaysWhatAndKeepsDisputedSentencesOut() {
        String wireToll = WIRE.sentences().get(0).text();
        String stateToll = STATE.sentences().get(2).text();
        Claim c1 = new Claim("c1", wireToll, List.of(new SourceText("wire", wireToll, WIRE.sentences().get(0).start(),
                WIRE.sentences().get(0).end())), List.of(), List.of(), 1, Claim.Status.DISPUTED, List.of());
        Claim c2 = new Claim("c2", stateToll, List.of(new SourceText("state", stateToll, STATE.sentences().get(2).start(),
                STATE.sentences().get(2).end())), List.of(), List.of(), 1, Claim.Status.DISPUTED, List.of());
        Conflict x = new Conflict("x1", "the death toll", List.of(
                new Conflict.Position("c1", List.of("wire", "paper"), "at least 14 killed"),
                new Conflict.Position("c2", List.of("state"), "nine killed")), "different counts");
        Story story = story().withClaims(List.of(c1, c2)).withConflicts(List.of(x));
        List<SummarySentence> summary = new SummaryStage().apply(story).result().orElseThrow().summary();
        assertThat(summary).anySatisfy(s -> {
            assertThat(s.text()).contains("Accounts differ on the death toll", "Wire and Daily Paper: at least 14 killed",
                    "State Radio: nine killed");
            assertThat(s.citations()).containsExactly("wire", "paper", "state");
        });
        assertThat(summary).noneMatch(s -> s.text().equals(wireToll));
    }

    @Test
    void garbageInNeverThrows() {
        for (String text : List.of("", "   ", "漢字 ".repeat(3000), "\"“”‘’", "a. b. c. d. e. f. g.")) {
            Story s = Story.of("g", null, List.of(Articles.of("g1", null, text), Articles.of("g2", null, text)));
            assertThat(new SummaryStage().apply(s).result()).isPresent();
        }
    }
}
