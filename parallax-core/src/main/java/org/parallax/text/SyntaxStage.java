package org.parallax.text;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.trees.GrammaticalStructure;
import edu.stanford.nlp.trees.TypedDependency;
import edu.stanford.nlp.util.ArrayCoreMap;
import edu.stanford.nlp.util.CoreMap;
import org.parallax.internal.CoreNlp;
import org.parallax.internal.WordLists;
import org.parallax.model.Article;
import org.parallax.model.Parse;
import org.parallax.model.Sentence;
import org.parallax.model.Token;
import org.parallax.pipeline.Stage;
import org.parallax.pipeline.StageResult;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Article stage "syntax": tags every token of the article's own sentences (the split every later stage
 * reads) with its part of speech, lemma and named-entity label, and gives a dependency tree to the
 * sentences later stages read structure from: those stating a figure, holding a quotation mark, or
 * reporting what someone said ({@code report-verbs.txt}).
 *
 * <p>CoreNLP runs on our tokens instead of its own, so there is one tokenisation and one sentence split
 * for every stage. Tagging (POS, lemma, NER) costs about 40 ms for a 2,000-character article; a parse
 * about 5 ms a sentence, so only those sentences are parsed (about half of a news article's).
 * Thread-safe: the shared CoreNLP pipeline and parser are, and all state is local.
 */
public final class SyntaxStage implements Stage<Article, Article> {
    static final String ANNOTATORS = "pos,lemma,ner";
    /**
     * The NER models, run one after another, each adding only labels the earlier ones do not produce
     * ({@code -Dparallax.ner.models} to measure others): PERSON, ORGANIZATION and LOCATION from the model
     * trained on the most data, MISC (nationalities, events, products) from the CoNLL one. CoreNLP's
     * default adds a third CRF (MUC: DATE, TIME, MONEY, PERCENT) between them; its time labels come from
     * SUTime instead ({@code time.TimeStage} labels the tokens of every time expression), and nothing
     * reads money or percent labels (figures are read from the tokens). Each CRF is about 13 ms of an
     * average article's tagging (the POS tagger and lemmas 14 ms): dropping the third changes no dev score.
     */
    static final String NER_MODELS = System.getProperty("parallax.ner.models",
            "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz,"
                    + "edu/stanford/nlp/models/ner/english.conll.4class.distsim.crf.ser.gz");
    static final Map<String, String> PROPERTIES = Map.of(
            "ner.model", NER_MODELS,
            "ner.applyFineGrained", "false",
            "ner.useSUTime", "false",
            "ner.applyNumericClassifiers", "false",
            "ner.buildEntityMentions", "false");
    /** Longer sentences (lists, run-on extractions) are tagged but not parsed. */
    static final int MAX_PARSED_TOKENS = 120;
    /** Longer sentences are tagged in windows of this many tokens. */
    static final int MAX_TAGGED_TOKENS = 200;
    /** Longer tokens (a run without spaces, a long URL) reach the taggers as a placeholder symbol. */
    static final int MAX_WORD = 100;
    private static final Set<String> REPORT_VERBS = WordLists.set(SyntaxStage.class, "report-verbs.txt");
    /** Words the readers of facts without a figure start from (see the list's header). */
    private static final Set<String> PARSE_CUES = new java.util.HashSet<>();
    /** The list's phrases of several words ("that day"), matched word by word. */
    private static final List<List<String>> PARSE_PHRASES = new ArrayList<>();

    static {
        for (String cue : WordLists.set(SyntaxStage.class, "parse-cues.txt")) {
            if (cue.contains(" ")) {
                PARSE_PHRASES.add(List.of(cue.split(" ")));
            } else {
                PARSE_CUES.add(cue);
            }
        }
    }
    private static final Set<String> NUMBER_WORDS = WordLists.set(SyntaxStage.class, "number-words.txt");

    private final StanfordCoreNLP tagger;
    private final boolean parse;

    /** @param parse false to tag only (the fast path that needs names but no structure) */
    public SyntaxStage(boolean parse) {
        this.tagger = CoreNlp.pretokenized(ANNOTATORS, PROPERTIES);
        this.parse = parse;
    }

    public SyntaxStage() {
        this(true);
    }

    @Override
    public StageResult<Article> apply(Article article) {
        if (article.sentences().isEmpty()) {
            return StageResult.ok(article);
        }
        List<List<CoreLabel>> labels = tag(article.sentences());
        List<Sentence> out = new ArrayList<>(article.sentences().size());
        DependencyParser parser = parse ? CoreNlp.dependencyParser() : null;
        for (int i = 0; i < labels.size(); i++) {
            Sentence s = article.sentences().get(i);
            List<CoreLabel> ls = labels.get(i);
            List<Token> tokens = new ArrayList<>(ls.size());
            for (int t = 0; t < ls.size(); t++) {
                CoreLabel l = ls.get(t);
                tokens.add(s.tokens().get(t).withTags(l.tag(), l.lemma(), l.ner() == null ? "O" : l.ner()));
            }
            Parse tree = parser != null && worthParsing(tokens) ? parse(parser, ls) : null;
            out.add(s.withSyntax(tokens, tree));
        }
        return StageResult.ok(article.withSentences(out));
    }

    /** A sentence with a figure, a quotation mark, a reporting verb or a cue of a fact without a figure, short enough to parse. */
    static boolean worthParsing(List<Token> tokens) {
        if (tokens.size() < 3 || tokens.size() > MAX_PARSED_TOKENS) {
            return false;
        }
        for (Token t : tokens) {
            if ("CD".equals(t.tag()) || isQuote(t.word()) || REPORT_VERBS.contains(t.lemmaOrWord()) || isNumber(t.word())
                    || PARSE_CUES.contains(t.lemmaOrWord().toLowerCase(java.util.Locale.ROOT))) {
                return true;
            }
        }
        for (List<String> phrase : PARSE_PHRASES) {
            for (int k = 0; k + phrase.size() <= tokens.size(); k++) {
                int i = 0;
                while (i < phrase.size() && phrase.get(i).equalsIgnoreCase(tokens.get(k + i).word())) {
                    i++;
                }
                if (i == phrase.size()) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A number however written: digits anywhere ("$82m", "2,600-kilometre"), a number word, "four-day", "week-long". */
    private static boolean isNumber(String word) {
        String w = word.toLowerCase(java.util.Locale.ROOT);
        if (w.chars().anyMatch(Character::isDigit) || NUMBER_WORDS.contains(w)) {
            return true;
        }
        int dash = w.indexOf('-');
        return dash > 0 && (NUMBER_WORDS.contains(w.substring(0, dash)) || w.endsWith("-long"));
    }

    private static boolean isQuote(String word) {
        return word.length() <= 2 && word.chars().anyMatch(c -> "\"“”‘’'«»„`".indexOf(c) >= 0);
    }

    /** Each sentence's tokens as CoreNLP labels, tagged with POS, lemma and NER. */
    List<List<CoreLabel>> tag(List<Sentence> sentences) {
        return tag(tagger, sentences);
    }

    /** Each sentence's tokens as CoreNLP labels, annotated by {@code tagger} (run-on sentences in windows). */
    static List<List<CoreLabel>> tag(StanfordCoreNLP tagger, List<Sentence> sentences) {
        List<CoreMap> maps = new ArrayList<>();
        List<CoreLabel> all = new ArrayList<>();
        List<List<CoreLabel>> out = new ArrayList<>();
        for (Sentence s : sentences) {
            List<CoreLabel> ls = new ArrayList<>(s.tokens().size());
            for (int t = 0; t < s.tokens().size(); t++) {
                Token token = s.tokens().get(t);
                CoreLabel l = new CoreLabel();
                // no word is this long: the taggers' character features on a 100,000-character "word" exhaust memory
                String word = token.word().length() > MAX_WORD ? "*" : token.word();
                l.setWord(word);
                l.setValue(word);
                l.setOriginalText(word);
                l.setBeginPosition(token.start());
                l.setEndPosition(token.end());
                l.setIndex(t + 1);
                l.setSentIndex(maps.size());
                ls.add(l);
            }
            // the taggers' cost and memory grow with a sentence's length: a run-on "sentence" is tagged in windows
            for (int from = 0; from < ls.size(); from += MAX_TAGGED_TOKENS) {
                List<CoreLabel> window = ls.subList(from, Math.min(ls.size(), from + MAX_TAGGED_TOKENS));
                CoreMap map = new ArrayCoreMap();
                map.set(CoreAnnotations.TokensAnnotation.class, window);
                map.set(CoreAnnotations.TextAnnotation.class, s.text());
                map.set(CoreAnnotations.CharacterOffsetBeginAnnotation.class, window.get(0).beginPosition());
                map.set(CoreAnnotations.CharacterOffsetEndAnnotation.class, window.get(window.size() - 1).endPosition());
                map.set(CoreAnnotations.SentenceIndexAnnotation.class, maps.size());
                map.set(CoreAnnotations.TokenBeginAnnotation.class, all.size());
                map.set(CoreAnnotations.TokenEndAnnotation.class, all.size() + window.size());
                maps.add(map);
                all.addAll(window);
            }
            out.add(ls);
        }
        Annotation doc = new Annotation("");
        doc.set(CoreAnnotations.TokensAnnotation.class, all);
        doc.set(CoreAnnotations.SentencesAnnotation.class, maps);
        tagger.annotate(doc);
        return out;
    }

    /** The fast decoding of the shared parser's model, or null where its weights cannot be read. */
    private static volatile NndepDecoder decoder;
    private static volatile DependencyParser decoded;

    static Parse parse(DependencyParser parser, List<CoreLabel> labels) {
        if (decoded != parser) {
            synchronized (SyntaxStage.class) {
                if (decoded != parser) {
                    decoder = Boolean.getBoolean("parallax.parser.plain") ? null : NndepDecoder.of(parser);
                    decoded = parser;
                }
            }
        }
        NndepDecoder d = decoder;
        return read(d != null ? d.predict(labels) : parser.predict(labels), labels);
    }

    /** The basic dependencies of a parse. */
    static Parse read(GrammaticalStructure gs, List<CoreLabel> labels) {
        int[] heads = new int[labels.size()];
        String[] relations = new String[labels.size()];
        Arrays.fill(heads, -1);
        Arrays.fill(relations, "dep");
        for (TypedDependency d : gs.typedDependencies()) {
            int dep = d.dep().index() - 1;
            if (dep < 0 || dep >= heads.length) {
                continue;
            }
            heads[dep] = d.gov().index() - 1;
            relations[dep] = d.reln().toString();
        }
        return new Parse(heads, relations);
    }
}
