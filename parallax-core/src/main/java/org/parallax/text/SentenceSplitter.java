package org.parallax.text;

import edu.stanford.nlp.ling.HasWord;
import edu.stanford.nlp.ling.Label;
import edu.stanford.nlp.ling.LabelFactory;
import edu.stanford.nlp.process.LexedTokenFactory;
import edu.stanford.nlp.process.PTBTokenizer;
import edu.stanford.nlp.process.WordToSentenceProcessor;
import org.parallax.model.Passage;
import org.parallax.model.Sentence;
import org.parallax.model.Token;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Splits passages of an original text into sentences and tokens with CoreNLP's tokenizer and sentence
 * splitter, keeping offsets into the original. Sentences never cross a passage. Thread-safe: each call
 * builds its own tokenizer.
 */
public final class SentenceSplitter {
    static {
        org.parallax.internal.CoreNlp.configure(); // before CoreNLP's tokenizer reads its settings
    }

    // keep the characters as written: quotes, brackets and dashes are evidence for later stages
    private static final String OPTIONS = "ptb3Escaping=false,normalizeParentheses=false,"
            + "normalizeOtherBrackets=false,untokenizable=noneKeep,splitHyphenated=false,invertible=false";

    private final WordToSentenceProcessor<Lexed> sentences = new WordToSentenceProcessor<>();

    /** Sentences of the given passages, numbered in order from 0. */
    public List<Sentence> split(String original, List<Passage> passages) {
        List<Sentence> out = new ArrayList<>();
        if (passages.isEmpty()) {
            return out;
        }
        // one lexer per article: building a CoreNLP lexer costs as much as lexing a paragraph
        int base = passages.get(0).span().start();
        int limit = passages.get(passages.size() - 1).span().end();
        List<Lexed> all = tokenize(original.substring(base, limit));
        int next = 0;
        for (Passage p : passages) {
            List<Lexed> inside = new ArrayList<>();
            while (next < all.size() && base + all.get(next).beginPosition() < p.span().start()) {
                next++;
            }
            while (next < all.size() && base + all.get(next).endPosition() <= p.span().end()) {
                inside.add(all.get(next++));
            }
            for (List<Lexed> group : sentences.process(inside)) {
                if (!group.isEmpty()) {
                    out.add(sentence(original, base, out.size(), p.paragraph(), group));
                }
            }
        }
        return out;
    }

    private static Sentence sentence(String original, int base, int index, int paragraph, List<Lexed> group) {
        List<Token> tokens = new ArrayList<>(group.size());
        for (Lexed label : group) {
            int s = base + label.beginPosition();
            int e = base + label.endPosition();
            tokens.add(new Token(s, e, label.written(original, base)));
        }
        int start = tokens.get(0).start();
        int end = tokens.get(tokens.size() - 1).end();
        return new Sentence(index, paragraph, start, end, original.substring(start, end), tokens);
    }

    /** Tokens of one string, offsets relative to it. */
    public List<Token> tokens(String text) {
        List<Token> out = new ArrayList<>();
        for (Lexed label : tokenize(text)) {
            out.add(new Token(label.beginPosition(), label.endPosition(), label.written(text, 0)));
        }
        return out;
    }

    private static List<Lexed> tokenize(String text) {
        return dashes(text, decimals(text, new PTBTokenizer<>(new StringReader(text), Lexed.FACTORY, OPTIONS).tokenize()));
    }

    /** Cardinal words: the second half of a dash written as a hyphen ("workers-two women"). */
    private static final Set<String> NUMBER_WORDS = org.parallax.internal.WordLists.set(SentenceSplitter.class, "number-words.txt");
    /** Forms of "be" and "have": no English compound ends in them, so "a man-were killed" holds a dash. */
    private static final Set<String> AUXILIARIES = Set.of("was", "were", "is", "are", "has", "have", "had");

    /**
     * Dashes that re-spaced texts wrote as a bare hyphen ("the three workers-two women and a man-were
     * killed"): split into word, dash, word where no compound could be meant, a plural noun before a
     * number word, or any word before a form of "be" or "have". Hyphenated compounds ("24-hour",
     * "well-known", "top-two") stay one token.
     */
    private static List<Lexed> dashes(String text, List<Lexed> tokens) {
        List<Lexed> out = null;
        for (int i = 0; i < tokens.size(); i++) {
            Lexed t = tokens.get(i);
            String w = t.word();
            int h = w.indexOf('-');
            boolean dash = false;
            if (h > 0 && h == w.lastIndexOf('-') && h < w.length() - 1 && w.length() == t.endPosition() - t.beginPosition()) {
                String left = w.substring(0, h);
                String right = w.substring(h + 1);
                boolean lower = left.chars().allMatch(Character::isLowerCase) && right.chars().allMatch(Character::isLowerCase);
                dash = lower && (left.length() >= 4 && left.endsWith("s") && NUMBER_WORDS.contains(right)
                        || AUXILIARIES.contains(right));
            }
            if (dash) {
                if (out == null) {
                    out = new ArrayList<>(tokens.subList(0, i));
                }
                int b = t.beginPosition();
                out.add(new Lexed(w.substring(0, h), b, b + h));
                out.add(new Lexed("-", b + h, b + h + 1));
                out.add(new Lexed(w.substring(h + 1), b + h + 1, t.endPosition()));
            } else if (out != null) {
                out.add(t);
            }
        }
        return out == null ? tokens : out;
    }

    /**
     * Decimals that tokenised corpora wrote with a space after the point ("plunged 5. 4 per cent", as ECB+
     * and other re-spaced texts do) are one number, not a sentence that ends in "5.": the three tokens
     * become one whose word is the decimal ("5.4") and whose span is the text as written. Only when the
     * sentence goes on in lower case or with a sign after it ("5. 4 per cent", "3. 9%"), so "in 2005. 2006
     * was" and a list "1. 2. 3." stay as they are.
     */
    private static List<Lexed> decimals(String text, List<Lexed> tokens) {
        List<Lexed> out = null;
        for (int i = 0; i < tokens.size(); i++) {
            if (i + 3 < tokens.size() && respacedDecimal(text, tokens, i)) {
                if (out == null) {
                    out = new ArrayList<>(tokens.subList(0, i));
                }
                Lexed whole = tokens.get(i);
                Lexed fraction = tokens.get(i + 2);
                out.add(new Lexed(whole.word() + "." + fraction.word(), whole.beginPosition(), fraction.endPosition(), true));
                i += 2;
            } else if (out != null) {
                out.add(tokens.get(i));
            }
        }
        return out == null ? tokens : out;
    }

    private static final java.util.regex.Pattern WHOLE = java.util.regex.Pattern.compile("\\d{1,3}");
    private static final java.util.regex.Pattern FRACTION = java.util.regex.Pattern.compile("\\d{1,2}");

    private static boolean respacedDecimal(String text, List<Lexed> tokens, int i) {
        Lexed whole = tokens.get(i);
        Lexed point = tokens.get(i + 1);
        Lexed fraction = tokens.get(i + 2);
        String after = tokens.get(i + 3).word();
        return point.word().equals(".") && WHOLE.matcher(whole.word()).matches() && FRACTION.matcher(fraction.word()).matches()
                && point.beginPosition() == whole.endPosition() && fraction.beginPosition() == point.endPosition() + 1
                && text.charAt(point.endPosition()) == ' '
                && (after.equals("%") || !after.isEmpty() && Character.isLowerCase(after.charAt(0)))
                && (i == 0 || !tokens.get(i - 1).word().equals("."));
    }

    /**
     * The lexer's token with just what we keep: word and offsets. CoreNLP's own CoreLabel is a map of
     * annotations and costs more to build than we need here.
     */
    static final class Lexed implements HasWord, Label {
        static final LexedTokenFactory<Lexed> FACTORY = (str, begin, length) -> new Lexed(str, begin, begin + length);

        private String word;
        private final int begin;
        private final int end;
        /** A token joined from several (a re-spaced decimal): its word is not the text as written. */
        private final boolean joined;

        Lexed(String word, int begin, int end) {
            this(word, begin, end, false);
        }

        Lexed(String word, int begin, int end, boolean joined) {
            this.word = word;
            this.begin = begin;
            this.end = end;
            this.joined = joined;
        }

        /** The word to keep: the text as written, or the joined token's own word. */
        String written(String text, int base) {
            return joined ? word : text.substring(base + begin, base + end);
        }

        int beginPosition() {
            return begin;
        }

        int endPosition() {
            return end;
        }

        @Override
        public String word() {
            return word;
        }

        @Override
        public void setWord(String word) {
            this.word = word;
        }

        // the sentence splitter reads tokens as labels too
        @Override
        public String value() {
            return word;
        }

        @Override
        public void setValue(String value) {
            this.word = value;
        }

        @Override
        public void setFromString(String labelStr) {
            this.word = labelStr;
        }

        @Override
        public LabelFactory labelFactory() {
            throw new UnsupportedOperationException("lexed tokens are not built from labels");
        }

        @Override
        public String toString() {
            return word;
        }
    }
}
