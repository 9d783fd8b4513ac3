package org.parallax.framing;

import org.parallax.model.Article;
import org.parallax.model.Passage;
import org.parallax.model.Sentence;
import org.parallax.model.Span;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Builds articles for framing and summary tests without running the article pipeline. */
public final class Articles {
    private static final Pattern SENTENCE = Pattern.compile("[^.!?]+(?:[.!?]+[\"”’]?|$)");

    private Articles() {
    }

    /** An article whose body is every non-blank line of {@code text}, one paragraph each, split into sentences. */
    public static Article of(String id, String outlet, String text) {
        List<Passage> body = new ArrayList<>();
        List<Sentence> sentences = new ArrayList<>();
        int start = 0;
        int paragraph = 0;
        for (String line : text.split("\n", -1)) {
            if (!line.isBlank()) {
                body.add(new Passage(paragraph, new Span(start, start + line.length())));
                Matcher m = SENTENCE.matcher(line);
                while (m.find()) {
                    int s = start + m.start() + (m.group().length() - m.group().stripLeading().length());
                    sentences.add(new Sentence(sentences.size(), paragraph, s, start + m.end(),
                            m.group().strip(), List.of()));
                }
                paragraph++;
            }
            start += line.length() + 1;
        }
        return new Article(id, id, text, outlet, null, null, null, null, null, List.of(), body, List.of(), sentences,
                List.of(), List.of(), List.of());
    }
}
