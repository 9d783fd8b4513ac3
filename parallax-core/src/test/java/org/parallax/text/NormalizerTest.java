package org.parallax.text;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class NormalizerTest {
    @Test
    void foldsTypographyCaseAndSpaceForMatching() {
        assertThat(Normalizer.forMatching("“Pakistan’s  efforts” — Türkiye"))
                .isEqualTo(Normalizer.forMatching("\"pakistan's efforts\" - Turkiye"));
    }

    @Test
    void foldingPunctuationKeepsLengthSoOffsetsStayValid() {
        String s = "“A” – ‘b’";
        assertThat(Normalizer.foldPunctuation(s)).hasSameSizeAs(s).isEqualTo("\"A\" - 'b'");
    }

    @Test
    void wordsOnlyDropsPunctuation() {
        assertThat(Normalizer.wordsOnly("Tehrik-e-Taliban, (TTP)!")).isEqualTo("tehrik e taliban ttp");
        assertThat(Normalizer.wordsOnly(null)).isEmpty();
    }
}
