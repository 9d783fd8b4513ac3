package org.parallax.report;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.strings;

/** Issue 18: file names with a newline or ESC were printed raw. */
class PrintableTest {
    @Test
    void controlAndBidiCharactersAreShownNotActedOn() {
        assertThat(Printable.of("a\nparallax: all good")).isEqualTo("a\\nparallax: all good");
        assertThat(Printable.of("red\u001b[31m.txt")).isEqualTo("red\\e[31m.txt");
        assertThat(Printable.of("invoice\u202Etxt.exe")).isEqualTo("invoice\\u202Etxt.exe");
        assertThat(Printable.of("tab\there\r\u0085\u007f")).isEqualTo("tab\\there\\r\\u0085\\u007F");
    }

    @Test
    void ordinaryTextOfAnyScriptIsUnchanged() {
        String s = "/news/\u65e5\u672c\u8a9e/\u0645\u0647\u200c\u0633\u0627 caf\u00e9.html";
        assertThat(Printable.of(s)).isSameAs(s);
        assertThat(Printable.controls("\u200fRLM kept in documents")).isEqualTo("\u200fRLM kept in documents");
    }

    @Test
    void anyStringPrintsWithoutControlOrBidiCharacters() {
        qt().withExamples(1000).forAll(strings().allPossible().ofLengthBetween(0, 40)).checkAssert(s ->
                assertThat(Printable.of(s)).doesNotContainPattern("[\\x00-\\x1f\\x7f-\\x9f\\u202a-\\u202e\\u2066-\\u2069\\u2028\\u2029]"));
    }
}
