package org.parallax.entities;

import org.parallax.model.Article;
import org.parallax.model.EntityType;
import org.parallax.model.Mention;
import org.parallax.model.Sentence;
import org.parallax.model.Token;
import org.parallax.pipeline.Stage;
import org.parallax.pipeline.StageResult;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Fills {@link Article#mentions()} with the people, organisations, places and other names in the
 * article's sentences: runs of tokens the syntax stage ({@link org.parallax.text.SyntaxStage}) labelled
 * alike (coarse labels), with a capital "The" that opens a name mid-sentence ("told The Canadian Press"),
 * and runs of proper nouns the tagger left unlabelled ("PC Magazine", "Qualys", "nCircle"). Types are
 * corrected from the name itself: a name holding an organisation word ({@code org-words.txt}: "Front",
 * "Movement", "Fitna", "Tehrik") is an organisation, and the article's dateline place ("ANKARA") is a
 * place. Offsets point into {@link Article#original()}. Needs the syntax stage; on untagged sentences it
 * finds nothing. Thread-safe: stateless.
 */
public final class MentionStage implements Stage<Article, Article> {
    /** Words the tagger sometimes labels at a sentence start that never name anything. */
    private static final Set<String> NOT_NAMES = Set.of("he", "she", "it", "they", "we", "i",
            "you", "his", "her", "their", "its", "the", "this", "that", "there", "here", "mr", "mrs", "ms");
    static final Set<String> ORG_WORDS = org.parallax.internal.WordLists.set(MentionStage.class, "org-words.txt");
    /** Fields of a government office, as they follow "Minister for" or "Secretary of State for". */
    static final Set<String> PORTFOLIOS = org.parallax.internal.WordLists.set(MentionStage.class, "portfolios.txt");

    @Override
    public StageResult<Article> apply(Article article) {
        List<Mention> out = new ArrayList<>();
        List<Sentence> relabelled = new ArrayList<>();
        boolean changed = false;
        for (Sentence s : article.sentences()) {
            List<Token> tokens = new ArrayList<>(s.tokens());
            int i = 0;
            while (i < tokens.size()) {
                String label = tokens.get(i).ner();
                int j = i + 1;
                while (j < tokens.size() && label != null && !"O".equals(label) && label.equals(tokens.get(j).ner())) {
                    j++;
                }
                EntityType type = type(label);
                if (type != null) {
                    int from = i;
                    if (type == EntityType.ORG && i > 1 && tokens.get(i - 1).word().equals("The")) {
                        from = i - 1; // "reported by The Harbour Courier": a capital "The" inside a sentence is the name's
                    }
                    int to = j - 1;
                    if (j < tokens.size() && lowerOrgWord(tokens.get(j))) {
                        to = j; // "a Kessler bank branch", "Lindmark police": the lower-case head word is the name's
                        type = EntityType.ORG;
                        j++;
                    }
                    int name = afterPortfolio(tokens, from, to);
                    boolean portfolio = name > from;
                    if (portfolio) {
                        // "Minister for Culture and Broadcasting Farid Qureshi": the portfolio is the
                        // title's, the words after it the person's
                        relabel(tokens, from, name - 1, "O");
                        from = name;
                        type = EntityType.PERSON;
                    }
                    Mention m = add(out, article, tokens, from, to, type);
                    if (m != null && portfolio) {
                        relabel(tokens, from, to, "PERSON");
                    }
                } else if ("O".equals(label) && proper(tokens.get(i)) && (i > 0 || j > i + 1 && proper(tokens.get(i + 1)))) {
                    // proper nouns the tagger left unlabelled: a name all the same
                    j = i + 1;
                    while (j < tokens.size() && "O".equals(tokens.get(j).ner()) && proper(tokens.get(j))) {
                        j++;
                    }
                    int from = i;
                    int to = j - 1;
                    while (from <= to && title(tokens.get(from))) {
                        from++;
                    }
                    while (to >= from && title(tokens.get(to))) {
                        to--;
                    }
                    if (from <= to) {
                        add(out, article, tokens, from, to, EntityType.OTHER);
                    }
                }
                i = j;
            }
            changed |= !tokens.equals(s.tokens());
            relabelled.add(tokens.equals(s.tokens()) ? s : s.withSyntax(tokens, s.parse()));
        }
        Article labelled = changed ? article.withSentences(relabelled) : article;
        return StageResult.ok(labelled.withMentions(out));
    }

    /**
     * The first token of the name in a labelled run that opens with a portfolio after a title and "for"
     * or "of" ("Minister for Culture and Broadcasting Farid Qureshi", "Secretary of State for Health
     * Ann Reed"), or {@code from} when the run is not such a title's.
     */
    static int afterPortfolio(List<Token> tokens, int from, int to) {
        if (from < 2 || !Set.of("for", "of").contains(tokens.get(from - 1).word().toLowerCase(Locale.ROOT))
                || !title(tokens.get(from - 2)) && !tokens.get(from - 2).word().equalsIgnoreCase("state")) {
            return from;
        }
        int k = from;
        int last = from;
        while (k <= to) {
            String w = tokens.get(k).word().toLowerCase(Locale.ROOT);
            if (PORTFOLIOS.contains(w)) {
                k++;
                last = k;
            } else if (k > from && (w.equals("and") || w.equals("&") || w.equals(","))) {
                k++;
            } else {
                break;
            }
        }
        return last > from && last <= to && proper(tokens.get(last)) ? last : from;
    }

    /** Tokens {@code from..to} under {@code label} (their tag and lemma kept). */
    private static void relabel(List<Token> tokens, int from, int to, String label) {
        for (int k = from; k <= to; k++) {
            Token t = tokens.get(k);
            tokens.set(k, t.withTags(t.tag(), t.lemma(), label));
        }
    }

    private static Mention add(List<Mention> out, Article article, List<Token> tokens, int from, int to, EntityType type) {
        String original = article.original();
        int start = tokens.get(from).start();
        int end = tokens.get(to).end();
        String text = original.substring(start, end);
        if (!hasCapital(text) || NOT_NAMES.contains(text.toLowerCase(Locale.ROOT))) {
            return null;
        }
        Mention m = new Mention(text, start, end, corrected(article, text, type));
        out.add(m);
        return m;
    }

    /** The type a name's own words or the dateline make plain, over the tagger's. */
    static EntityType corrected(Article article, String text, EntityType type) {
        if (article.dateline() != null && text.equalsIgnoreCase(article.dateline().strip())) {
            return EntityType.PLACE; // "ANKARA" in the dateline, which taggers take for a name in capitals
        }
        if (type == EntityType.PERSON || type == EntityType.OTHER) {
            for (String w : Names.words(text)) {
                if (ORG_WORDS.contains(w)) {
                    return EntityType.ORG; // "Jabhat al-Wadi", "Northern Front": an organisation's name
                }
            }
        }
        return type;
    }

    /** An organisation word written in lower case right after a name: "bank", "police", "ministry". */
    private static boolean lowerOrgWord(Token t) {
        String w = t.word();
        return !w.isEmpty() && Character.isLowerCase(w.charAt(0)) && t.isTag("NN") && ORG_WORDS.contains(w);
    }

    /** A proper noun as written: tagged so, with a capital somewhere ("nCircle", "iDefense"). */
    private static boolean proper(Token t) {
        return (t.isTag("NNP")) && hasCapital(t.word()) && Character.isLetter(t.word().charAt(0));
    }

    /** An honorific or a role word ("Mr.", "Judge", "CTO"): not part of an unlabelled name. */
    private static boolean title(Token t) {
        String w = t.word().toLowerCase(Locale.ROOT);
        return Descriptions.HONORIFICS.containsKey(w) || Descriptions.ROLES.contains(w.replace(".", ""))
                || Descriptions.ROLES.contains(t.lemmaOrWord().toLowerCase(Locale.ROOT));
    }

    private static boolean hasCapital(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isUpperCase(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** Coarse contract type of a CoreNLP label, or null for numbers, dates and the like. */
    static EntityType type(String label) {
        if (label == null) {
            return null;
        }
        return switch (label) {
            case "PERSON" -> EntityType.PERSON;
            case "ORGANIZATION" -> EntityType.ORG;
            case "LOCATION", "COUNTRY", "CITY", "STATE_OR_PROVINCE" -> EntityType.PLACE;
            case "MISC", "NATIONALITY", "RELIGION", "IDEOLOGY", "TITLE" -> EntityType.OTHER;
            default -> null;
        };
    }
}
