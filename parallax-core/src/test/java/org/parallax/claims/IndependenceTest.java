package org.parallax.claims;

import org.junit.jupiter.api.Test;
import org.parallax.model.Article;
import org.parallax.model.Sourcing;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class IndependenceTest {
    @Test
    void copiesOfOneWireSentenceCountOnce() {
        Article a = Fixtures.article("a", "A", null, "Police said the gunmen opened fire on the crowded market in Peshawar shortly after noon on Friday.");
        Article b = Fixtures.article("b", "B", null, "(AP) Police said the gunmen opened fire on the crowded market in Peshawar shortly after noon.");
        Article c = Fixtures.article("c", "C", null, "Our correspondent saw gunmen shooting at shoppers in the market in Peshawar.");
        List<Candidate> members = List.of(ClaimExtractor.extract(a).get(0), ClaimExtractor.extract(b).get(0),
                ClaimExtractor.extract(c).get(0));
        List<Sourcing> chain = new Independence(List.of(a, b, c)).chain(members);
        assertThat(chain).hasSize(2);
        assertThat(chain.get(0).documents()).containsExactly("a", "b");
    }

    @Test
    void sentencesCreditingOneAgencyCountOnce() {
        Article a = Fixtures.article("a", "A", null, "The port of Karachi was closed on Monday, according to Reuters.");
        Article b = Fixtures.article("b", "B", null, "Authorities shut the harbour in Karachi at dawn, according to Reuters.");
        List<Candidate> members = List.of(ClaimExtractor.extract(a).get(0), ClaimExtractor.extract(b).get(0));
        List<Sourcing> chain = new Independence(List.of(a, b)).chain(members);
        assertThat(chain).singleElement().satisfies(s -> assertThat(s.origin()).isEqualTo("Reuters"));
    }

    @Test
    void namesTheCitedOrigin() {
        assertThat(Independence.citedOrigin("Officials told the Associated Press that talks stalled.")).isEqualTo("Associated Press");
        assertThat(Independence.citedOrigin("He said it was over.")).isNull();
    }
}
