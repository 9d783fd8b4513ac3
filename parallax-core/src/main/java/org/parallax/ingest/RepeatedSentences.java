package org.parallax.ingest;

import org.parallax.model.Sentence;
import org.parallax.model.Span;
import org.parallax.text.Normalizer;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Finds runs of sentences an article repeats from earlier in itself, as sites do when a paragraph is
 * pasted twice (with other quote characters, say). Sentences are compared by their words only; short
 * ones ("He said.") are never called repeats. Thread-safe.
 */
final class RepeatedSentences {
    static final int MIN_WORDS = 6;

    private RepeatedSentences() {
    }

    /** The spans of original text, one per run of consecutive repeated sentences. */
    static List<Span> runs(List<Sentence> sentences) {
        Set<String> seen = new HashSet<>();
        List<Span> runs = new ArrayList<>();
        Span open = null;
        int lastIndex = -2;
        for (Sentence s : sentences) {
            // tokens bound the word count from above: short sentences need no key
            boolean repeat = s.tokens().size() >= MIN_WORDS && isRepeat(seen, s);
            if (repeat) {
                if (open != null && lastIndex == s.index() - 1 && sameParagraphRun(sentences, lastIndex, s)) {
                    open = new Span(open.start(), s.end());
                } else {
                    if (open != null) {
                        runs.add(open);
                    }
                    open = s.span();
                }
                lastIndex = s.index();
            }
        }
        if (open != null) {
            runs.add(open);
        }
        return runs;
    }

    private static boolean isRepeat(Set<String> seen, Sentence s) {
        String key = Normalizer.wordsOnly(s.text());
        return LineShapes.words(key) >= MIN_WORDS && !seen.add(key);
    }

    private static boolean sameParagraphRun(List<Sentence> sentences, int previous, Sentence current) {
        return sentences.get(previous).paragraph() == current.paragraph();
    }
}
