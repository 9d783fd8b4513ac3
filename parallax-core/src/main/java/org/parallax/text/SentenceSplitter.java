package org.parallax.text;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.process.CoreLabelTokenFactory;
import edu.stanford.nlp.process.PTBTokenizer;
import edu.stanford.nlp.process.WordToSentenceProcessor;
import org.parallax.model.Passage;
import org.parallax.model.Sentence;
import org.parallax.model.Token;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits passages of an original text into sentences and tokens with CoreNLP's tokenizer and sentence
 * splitter, keeping offsets into the original. Sentences never cross a passage. Thread-safe: each call
 * builds its own tokenizer.
 */
public final class SentenceSplitter {
    // keep the characters as written: quotes, brackets and dashes are evidence for later stages
    private static final String OPTIONS = "ptb3Escaping=false,normalizeParentheses=false,"
            + "normalizeOtherBrackets=false,untokenizable=noneKeep,splitHyphenated=false,invertible=false";

    private final WordToSentenceProcessor<CoreLabel> sentences = new WordToSentenceProcessor<>();

    /** Sentences of the given passages, numbered in order from 0. */
    public List<Sentence> split(String original, List<Passage> passages) {
        List<Sentence> out = new ArrayList<>();
        for (Passage p : passages) {
            int base = p.span().start();
            String text = original.substring(base, p.span().end());
            List<CoreLabel> labels = tokenize(text);
            for (List<CoreLabel> group : sentences.process(labels)) {
                if (group.isEmpty()) {
                    continue;
                }
                List<Token> tokens = new ArrayList<>(group.size());
                for (CoreLabel label : group) {
                    int s = base + label.beginPosition();
                    int e = base + label.endPosition();
                    tokens.add(new Token(s, e, original.substring(s, e)));
                }
                int start = tokens.get(0).start();
                int end = tokens.get(tokens.size() - 1).end();
                out.add(new Sentence(out.size(), p.paragraph(), start, end, original.substring(start, end), tokens));
            }
        }
        return out;
    }

    /** Tokens of one string, offsets relative to it. */
    public List<Token> tokens(String text) {
        List<Token> out = new ArrayList<>();
        for (CoreLabel label : tokenize(text)) {
            out.add(new Token(label.beginPosition(), label.endPosition(),
                    text.substring(label.beginPosition(), label.endPosition())));
        }
        return out;
    }

    private static List<CoreLabel> tokenize(String text) {
        PTBTokenizer<CoreLabel> tokenizer = new PTBTokenizer<>(new StringReader(text), new CoreLabelTokenFactory(), OPTIONS);
        return tokenizer.tokenize();
    }
}
