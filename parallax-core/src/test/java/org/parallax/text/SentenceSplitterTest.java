package org.parallax.text;

import org.junit.jupiter.api.Test;
import org.parallax.model.Passage;
import org.parallax.model.Sentence;
import org.parallax.model.Span;
import org.parallax.model.Token;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SentenceSplitterTest {
    private final SentenceSplitter splitter = new SentenceSplitter();

    private List<Sentence> split(String text) {
        return splitter.split(text, List.of(new Passage(0, new Span(0, text.length()))));
    }

    @Test
    void keepsAReSpacedDecimalInItsSentence() {
        String text = "Shares in the port operator fell 5. 4 per cent on Tuesday. The index closed down 3. 9% at noon.";
        List<Sentence> sentences = split(text);
        assertThat(sentences).hasSize(2);
        Token decimal = sentences.get(0).tokens().stream().filter(t -> t.word().startsWith("5")).findFirst().orElseThrow();
        assertThat(decimal.word()).isEqualTo("5.4");
        assertThat(text.substring(decimal.start(), decimal.end())).isEqualTo("5. 4");
        assertThat(sentences.get(1).tokens()).extracting(Token::word).contains("3.9");
    }

    @Test
    void readsAHyphenWrittenForADashAsADash() {
        List<String> words = split("The three clerks-two women and a man-were rescued from the 24-hour siege.").get(0)
                .tokens().stream().map(Token::word).toList();
        assertThat(words).containsSubsequence("clerks", "-", "two", "women", "and", "a", "man", "-", "were");
        assertThat(words).contains("24-hour");
        assertThat(split("They reached the top-two places in a well-known race.").get(0).tokens())
                .extracting(Token::word).contains("top-two", "well-known");
    }

    @Test
    void leavesYearsAndNumberedListsAlone() {
        assertThat(split("The plant opened in 2005. 2006 was its best year.")).hasSize(2);
        assertThat(split("Steps 1. 2. 3. 4 go here.").get(0).tokens()).extracting(Token::word).doesNotContain("3.4", "1.2");
    }
}
