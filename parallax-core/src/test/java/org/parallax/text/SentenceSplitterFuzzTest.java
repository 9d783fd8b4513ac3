package org.parallax.text;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.junit.jupiter.api.Timeout;
import org.parallax.Spans;
import org.parallax.model.Article;
import org.parallax.model.Passage;
import org.parallax.model.Sentence;
import org.parallax.model.Span;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Coverage-guided fuzzing of sentence splitting (CoreNLP's tokenizer and splitter over passages): any
 * text gives sentences whose offsets point at their text, in order, each inside one passage. Without
 * {@code JAZZER_FUZZ} the seeds in {@code SentenceSplitterFuzzTestInputs} run as regression tests.
 */
class SentenceSplitterFuzzTest {
    private static final SentenceSplitter SPLITTER = new SentenceSplitter();
    private static final Pattern PARAGRAPH = Pattern.compile("[^\n]+");

    @Timeout(60)
    @FuzzTest
    void anyTextSplitsIntoSentencesOnItsText(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        List<Passage> passages = new ArrayList<>();
        Matcher m = PARAGRAPH.matcher(text);
        while (m.find()) {
            passages.add(new Passage(passages.size(), new Span(m.start(), m.end())));
        }
        List<Sentence> sentences = SPLITTER.split(text, passages);
        Article a = new Article("fuzz", "fuzz.txt", text, null, null, null, null, null, null, List.of(), passages,
                List.of(), sentences, List.of(), List.of(), List.of());
        assertThat(Spans.of(a)).isEmpty();
        for (Sentence s : sentences) {
            Span inside = passages.get(s.paragraph()).span();
            assertThat(inside.contains(s.span())).as("sentence %d inside its passage", s.index()).isTrue();
            assertThat(s.tokens()).isNotEmpty();
        }
    }
}
