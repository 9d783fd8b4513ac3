package org.parallax.quotes;

import org.parallax.entities.Descriptions;
import org.parallax.internal.WordLists;
import org.parallax.model.Token;
import org.parallax.text.SyntaxStage;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The word lists of who-said-what, loaded once from data files beside the classes (each file's first line
 * says where it comes from): reporting verbs (the syntax stage's list), document nouns, institution nouns,
 * person nouns with their gender, indefinite sources, time words and anonymity phrases. Immutable.
 */
final class SpeechWords {
    static final Set<String> VERBS = WordLists.set(SyntaxStage.class, "report-verbs.txt");
    static final Set<String> DOCUMENTS = WordLists.set(SpeechWords.class, "document-nouns.txt");
    static final Set<String> INSTITUTIONS = WordLists.set(SpeechWords.class, "institution-nouns.txt");
    static final Set<String> INDEFINITES = WordLists.set(SpeechWords.class, "indefinite-sources.txt");
    static final Set<String> TIMES = WordLists.set(SpeechWords.class, "time-words.txt");
    /** Person nouns: 1 male, -1 female, 0 either. */
    static final Map<String, Integer> PERSONS = Descriptions.PERSONS;
    /** Lemma sequences saying a source is not named; null stands for any one word. */
    static final List<String[]> ANONYMITY = phrases(WordLists.lines(SpeechWords.class, "anonymity.txt"));
    static final Set<String> NER_TIMES = Set.of("DATE", "TIME", "DURATION", "SET");

    private SpeechWords() {
    }

    /** A reporting verb (or "according"), as the tagger lemmatised it. */
    static boolean verb(Token t) {
        return VERBS.contains(t.lemmaOrWord()) && (t.isTag("VB") || t.lemmaOrWord().equals("accord"));
    }

    /** A token naming a time ("Saturday", "earlier"), never a speaker. */
    static boolean time(Token t) {
        return NER_TIMES.contains(t.ner()) || TIMES.contains(t.word().toLowerCase(Locale.ROOT));
    }

    /** A noun for a person, as a role ("the minister") or as a kind of person ("a neighbour"). */
    static boolean person(String lemma) {
        return PERSONS.containsKey(lemma) || Descriptions.ROLES.contains(lemma);
    }

    private static List<String[]> phrases(List<String> lines) {
        List<String[]> out = new ArrayList<>();
        for (String line : lines) {
            String[] words = line.toLowerCase(Locale.ROOT).split("\\s+");
            for (int i = 0; i < words.length; i++) {
                if (words[i].equals("*")) {
                    words[i] = null;
                }
            }
            out.add(words);
        }
        return List.copyOf(out);
    }
}
