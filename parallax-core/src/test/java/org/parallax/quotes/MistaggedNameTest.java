package org.parallax.quotes;

import org.junit.jupiter.api.Test;
import org.parallax.entities.EntityStage;
import org.parallax.model.Article;
import org.parallax.model.Sentence;
import org.parallax.model.Story;
import org.parallax.model.Token;
import org.parallax.pipeline.StageResult;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A first name used alone for a person named in full earlier, which the tagger later reads as something
 * other than a person (a company, a place): the quotes stage read it as a surname with no bearer and
 * failed the whole story (two ECB+ dev stories lost their quotes so).
 */
class MistaggedNameTest {
    @Test
    void aFirstNameAloneTaggedAsAnOrganisationKeepsTheStorysQuotes() {
        Article a = Stories.article("a1", """
                Harriet Osei, a nurse from Accra, arrived in Lisbon on Monday.

                "We came to help, not to watch," Harriet said on Tuesday.

                Harriet later visited the harbour, where the ships were waiting.
                """);
        // the last "Harriet" as a tagger may read it: a proper noun, not a person
        List<Sentence> sentences = new ArrayList<>();
        for (Sentence s : a.sentences()) {
            List<Token> tokens = new ArrayList<>(s.tokens());
            if (s.text().startsWith("Harriet later")) {
                Token t = tokens.get(0);
                tokens.set(0, t.withTags("NNP", t.lemma(), "ORGANIZATION"));
            }
            sentences.add(s.withSyntax(tokens, s.parse()));
        }
        Story story = new EntityStage().apply(Story.of("s1", null, List.of(a.withSentences(sentences))))
                .result().orElseThrow();
        StageResult<Story> quoted = new QuoteStage().apply(story);
        assertThat(quoted.result()).as("the story's quotes, not an internal error").isPresent();
        assertThat(Stories.occurrence(quoted.result().orElseThrow(), "We came to help").speaker()).isEqualTo("Harriet Osei");
    }
}
