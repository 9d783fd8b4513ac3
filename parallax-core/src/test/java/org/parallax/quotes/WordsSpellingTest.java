package org.parallax.quotes;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** British and American spellings of one word are one word to the aligner; other words are not, however often asked. */
class WordsSpellingTest {
    @Test
    void spellingVariantsAreOneWordAndOtherWordsAreNot() {
        assertThat(Words.variant("honour", "honor")).isTrue();
        assertThat(Words.variant("organised", "organized")).isTrue();
        assertThat(Words.variant("centre", "center")).isTrue();
        assertThat(Words.variant("dialogue", "dialog")).isTrue();
        assertThat(Words.variant("travelled", "traveled")).isTrue();
        assertThat(Words.variant("house", "horse")).isFalse();
        assertThat(Words.variant("changes", "changed")).isFalse();
    }

    @Test
    void answersStayTheSameWhenManyWordsHaveBeenAsked() {
        String before = Words.spelling("colour");
        for (int i = 0; i < Words.SPELLING_MEMO_SIZE + 10; i++) {
            Words.spelling("labour" + i);
        }
        assertThat(Words.spelling("colour")).isEqualTo(before).isEqualTo(Words.spelling("color"));
        assertThat(Words.spelling("labour7")).isEqualTo("labour7"); // only endings are respelled
        assertThat(Words.variant("favourite", "favorite")).isTrue();
    }
}
