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
        if (passages.isEmpty()) {
            return out;
        }
        // one lexer per article: building a CoreNLP lexer costs as much as lexing a paragraph
        int base = passages.get(0).span().start();
        int limit = passages.get(passages.size() - 1).span().end();
        List<CoreLabel> all = tokenize(original.substring(base, limit));
        int next = 0;
        for (Passage p : passages) {
            List<CoreLabel> inside = new ArrayList<>();
            while (next < all.size() && base + all.get(next).beginPosition() < p.span().start()) {
                next++;
            }
            while (next < all.size() && base + all.get(next).endPosition() <= p.span().end()) {
                inside.add(all.get(next++));
            }
            for (List<CoreLabel> group : sentences.process(inside)) {
                if (!group.isEmpty()) {
                    out.add(sentence(original, base, out.size(), p.paragraph(), group));
                }
            }
        }
        return out;
    }

    private static Sentence sentence(String original, int base, int index, int paragraph, List<CoreLabel> group) {
        List<Token> tokens = new ArrayList<>(group.size());
        for (CoreLabel label : group) {
            int s = base + label.beginPosition();
            int e = base + label.endPosition();
            tokens.add(new Token(s, e, original.substring(s, e)));
        }
        int start = tokens.get(0).start();
        int end = tokens.get(tokens.size() - 1).end();
        return new Sentence(index, paragraph, start, end, original.substring(start, end), tokens);
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
