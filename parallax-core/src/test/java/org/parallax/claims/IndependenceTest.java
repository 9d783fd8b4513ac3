package org.parallax.claims;

import org.junit.jupiter.api.Test;
import org.parallax.model.Sourcing;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class IndependenceTest {
    @Test
    void copiesOfOneWireSentenceCountOnce() {
        Candidate a = Fixtures.candidate("a", "Police said the gunmen opened fire on the crowded market shortly after noon on Friday.");
        Candidate b = Fixtures.candidate("b", "(AP) Police said the gunmen opened fire on the crowded market shortly after noon.");
        Candidate c = Fixtures.candidate("c", "Our correspondent saw gunmen shooting at shoppers in the market.");
        List<Sourcing> chain = new Independence(List.of(a.article(), b.article(), c.article())).chain(List.of(a, b, c));
        assertThat(chain).hasSize(2);
        assertThat(chain.get(0).documents()).containsExactly("a", "b");
    }

    @Test
    void sentencesCreditingOneAgencyCountOnce() {
        Candidate a = Fixtures.candidate("a", "The port was closed on Monday, according to Reuters.");
        Candidate b = Fixtures.candidate("b", "Authorities shut the harbour at dawn, according to Reuters.");
        List<Sourcing> chain = new Independence(List.of(a.article(), b.article())).chain(List.of(a, b));
        assertThat(chain).singleElement().satisfies(s -> assertThat(s.origin()).isEqualTo("Reuters"));
    }

    @Test
    void namesTheCitedOrigin() {
        assertThat(Independence.citedOrigin("Officials told the Associated Press that talks stalled.")).isEqualTo("Associated Press");
        assertThat(Independence.citedOrigin("He said it was over.")).isNull();
    }
}
