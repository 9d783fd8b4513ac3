package org.parallax.quotes;

import org.parallax.entities.Descriptions;
import org.parallax.entities.FirstNames;
import org.parallax.model.Article;
import org.parallax.model.Parse;
import org.parallax.model.Sentence;
import org.parallax.model.Token;
import org.parallax.text.Normalizer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Who the people, groups and bodies of one article are, and what its pronouns and descriptions refer to:
 * a deterministic resolver over the tagged and parsed sentences, in two passes. The first groups the
 * article's person names (a surname or a first name stands for the latest full name it completes, so
 * two people sharing a surname stay two) and learns each person's gender from honorifics, common first
 * names and the pronouns of sentences that name only them. The second walks the article in order,
 * keeping for each gender the latest subject and the latest mention: "he"/"she" take the latest subject
 * of their gender (else the latest mention), "they" the latest group or body, "it" the latest body;
 * "the judge" takes the latest person titled so, else the latest person described so ("a senior
 * official" ... "the official"), and "the company" the latest body. Quoted text is skipped: the people a
 * speaker talks about are not who speaks. Each step is constant time, so the whole is linear in the
 * article. Not thread-safe; build one per article.
 */
final class Discourse {
    enum Sort { PERSON, DESCRIBED, GROUP, ORG }

    /** Someone or something the article refers to. */
    static final class Referent {
        final Sort sort;
        String name;
        String surname;
        String first;
        String noun;
        boolean definite;
        int gender;
        int votes;
        final Set<String> roles = new HashSet<>();
        long lastMention = -1;
        long lastSubject = -1;
        int lastMentionSentence = -1;
        int lastSubjectSentence = -1;
        int count;
        int walked;
        int seen = -10;

        Referent(Sort sort, String name) {
            this.sort = sort;
            this.name = name;
        }

        boolean named() {
            return sort == Sort.PERSON || sort == Sort.ORG;
        }

        @Override
        public String toString() {
            return sort + ":" + name;
        }
    }

    private static final Set<String> DEFINITE = Set.of("the", "this", "that", "these", "those");
    private static final Set<String> SUFFIXES = Set.of("jr", "sr", "ii", "iii", "iv");
    private static final int M = 0;
    private static final int F = 1;
    private static final int U = 2;

    private final Article article;
    private final List<boolean[]> quoted;
    private final List<List<ReportingClause>> clauses;
    private final Map<Long, Referent> at = new HashMap<>();
    private final Map<String, Referent> orgs = new HashMap<>();
    /** The people of each surname, in order of first mention. */
    private final Map<String, List<Referent>> bearers = new HashMap<>();
    // salience: the latest subject and mention of each kind
    private final Referent[] lastSubject = new Referent[3];
    private final Referent[] lastMention = new Referent[3];
    private Referent lastGroupSubject;
    private Referent lastOrgSubject;
    private Referent lastOrgMention;
    private Referent lastNamedSubject;
    /** The latest group that was itself a source ("security sources said"): whom "they said" continues. */
    private Referent lastGroupSource;
    private static final int GROUP_REACH = 3;
    private final Map<String, Referent> roleSubject = new HashMap<>();
    private final Map<String, Referent> roleMention = new HashMap<>();
    private final Map<String, Referent> described = new HashMap<>();
    private final Map<Integer, Referent> firstSubject = new HashMap<>();
    /** Who issued the latest document of each kind ("Bluefern issued a statement"). */
    private final Map<String, Referent> authors = new HashMap<>();
    /** How many sentences back a person mentioned but never a subject can still be "the judge". */
    private static final int ROLE_REACH = 5;
    private int sentence;

    Discourse(Article article, List<boolean[]> quoted, List<List<ReportingClause>> clauses) {
        this.article = article;
        this.quoted = quoted;
        this.clauses = clauses;
        people();
        walk();
    }

    /** What token {@code token} of sentence {@code sentence} refers to, or null. */
    Referent at(int sentence, int token) {
        return at.get(key(sentence, token));
    }

    /** True when a named person of the article is titled with this role anywhere in it. */
    boolean titled(String role) {
        for (List<Referent> same : bearers.values()) {
            for (Referent r : same) {
                if (r.roles.contains(role)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The first subject of a sentence that refers to someone or something, or null. */
    Referent subjectOf(int sentence) {
        return firstSubject.get(sentence);
    }

    /** The latest body (subject first) before sentence {@code sentence}, for a document's author. */
    Referent latestBody() {
        return lastOrgSubject != null ? lastOrgSubject : lastOrgMention;
    }

    private static long key(int sentence, int token) {
        return ((long) sentence << 20) | token;
    }

    // --- pass 1: people by name ---------------------------------------------------------------------

    private void people() {
        Map<String, Referent> byFirst = new HashMap<>();
        for (Sentence s : article.sentences()) {
            List<Token> tokens = s.tokens();
            boolean[] q = quoted.get(s.index());
            Referent only = null;
            int onlyEnd = -1;
            int people = 0;
            for (int i = 0; i < tokens.size(); i++) {
                if (q[i] || !"PERSON".equals(tokens.get(i).ner())) {
                    continue;
                }
                int j = i;
                while (j + 1 < tokens.size() && !q[j + 1] && "PERSON".equals(tokens.get(j + 1).ner())) {
                    j++;
                }
                int from = i;
                int honorific = 0;
                while (from <= j && Descriptions.HONORIFICS.containsKey(lower(tokens.get(from).word()))) {
                    honorific = Descriptions.HONORIFICS.get(lower(tokens.get(from).word()));
                    from++;
                }
                if (from > j) {
                    i = j;
                    continue;
                }
                if (from == i && i > 0 && Descriptions.HONORIFICS.containsKey(lower(tokens.get(i - 1).word()))) {
                    honorific = Descriptions.HONORIFICS.get(lower(tokens.get(i - 1).word()));
                }
                int to = j;
                while (to > from && SUFFIXES.contains(lower(tokens.get(to).word()).replace(".", ""))) {
                    to--;
                }
                String name = s.textOf(from, j);
                String surname = lower(tokens.get(to).word());
                String first = lower(tokens.get(from).word());
                List<Referent> same = bearers.computeIfAbsent(surname, k -> new ArrayList<>());
                Referent r = null;
                if (to > from) {
                    for (Referent b : same) {
                        if (b.first == null || compatible(b.first, first)) {
                            r = b;
                        }
                    }
                    if (r == null) {
                        r = new Referent(Sort.PERSON, name);
                        same.add(r);
                    }
                    if (r.first == null || name.length() > r.name.length()) {
                        r.name = name;
                    }
                    r.first = first;
                    r.surname = surname;
                    byFirst.put(first, r);
                    r.votes += 2 * FirstNames.gender(tokens.get(from).word());
                } else {
                    r = bearer(same, s.index());
                    if (r == null) {
                        r = byFirst.get(surname);
                    }
                    if (r == null) {
                        r = new Referent(Sort.PERSON, name);
                        r.surname = surname;
                        same.add(r);
                    }
                }
                r.count++;
                r.seen = s.index();
                r.votes += 3 * honorific;
                titles(s, i, r);
                for (int k = i; k <= j; k++) {
                    at.put(key(s.index(), k), r);
                }
                if (r != only) {
                    people++;
                    only = r;
                    onlyEnd = j;
                }
                i = j;
            }
            if (people == 1) {
                // "Smith said he would ...": a sentence that names one person genders that person by its pronouns
                for (int k = onlyEnd + 1; k < tokens.size(); k++) {
                    if (!q[k]) {
                        only.votes += pronounGender(tokens.get(k).word());
                    }
                }
            }
        }
        for (Referent r : new HashSet<>(at.values())) {
            r.gender = Integer.signum(r.votes);
        }
    }

    /**
     * Which of the people sharing a surname a bare surname means: the one named in this sentence or the
     * one before ("His son, T.J. DiLeo, ..." then "DiLeo said"), else the one named most so far (a story's
     * Okafor, not his father, after the father's one mention).
     */
    private static Referent bearer(List<Referent> same, int sentence) {
        Referent recent = null;
        Referent most = null;
        for (Referent r : same) {
            if (r.seen <= sentence && sentence - r.seen <= 1 && (recent == null || r.seen > recent.seen)) {
                recent = r;
            }
            if (most == null || r.count > most.count) {
                most = r;
            }
        }
        return recent != null ? recent : most;
    }

    /** As {@link #bearer(List, int)} while walking: by mentions walked so far. */
    private static Referent walkedBearer(List<Referent> same, int sentence) {
        Referent recent = null;
        Referent most = null;
        for (Referent r : same) {
            if (r.lastMentionSentence >= 0 && sentence - r.lastMentionSentence <= 1
                    && (recent == null || r.lastMention > recent.lastMention)) {
                recent = r;
            }
            if (most == null || r.walked > most.walked) {
                most = r;
            }
        }
        return recent != null ? recent : most;
    }

    /** Two first names of one person: equal, an initial, or one a short form of the other (Ben, Benjamin). */
    private static boolean compatible(String a, String b) {
        String x = a.replace(".", "");
        String y = b.replace(".", "");
        return x.equals(y) || x.length() >= 1 && y.length() >= 1 && x.charAt(0) == y.charAt(0)
                && (x.length() == 1 || y.length() == 1 || x.startsWith(y) || y.startsWith(x));
    }

    /** Role words in the title before a name ("Superior Court Judge", "coach") or in an apposition after it. */
    private static void titles(Sentence s, int nameStart, Referent r) {
        List<Token> tokens = s.tokens();
        for (int k = nameStart - 1; k >= 0 && k >= nameStart - 6; k--) {
            Token t = tokens.get(k);
            String w = lower(t.word()).replace(".", "");
            if (Descriptions.ROLES.contains(w) || Descriptions.ROLES.contains(t.lemmaOrWord())) {
                r.roles.add(Descriptions.ROLES.contains(w) ? w : t.lemmaOrWord());
            } else if (!(t.isTag("NN") || t.isTag("JJ") || t.isTag("CC") || t.word().equals("of") || t.word().equals("for")
                    || Descriptions.HONORIFICS.containsKey(lower(t.word())))) {
                break;
            }
        }
        int end = nameStart;
        while (end + 1 < tokens.size() && "PERSON".equals(tokens.get(end + 1).ner())) {
            end++;
        }
        if (end + 2 < tokens.size() && tokens.get(end + 1).word().equals(",")) {
            Token next = tokens.get(end + 2);
            if (next.isTag("DT") || next.isTag("NN") || next.isTag("JJ") || next.isTag("PRP$")) {
                for (int k = end + 2; k < tokens.size() && k < end + 14; k++) {
                    Token t = tokens.get(k);
                    if (t.word().equals(",") || t.word().equals(".") || t.isTag("VB")) {
                        break;
                    }
                    if (Descriptions.ROLES.contains(t.lemmaOrWord())) {
                        r.roles.add(t.lemmaOrWord());
                    }
                }
            }
        }
    }

    private static int pronounGender(String word) {
        return switch (lower(word)) {
            case "he", "him", "his", "himself" -> 1;
            case "she", "her", "hers", "herself" -> -1;
            default -> 0;
        };
    }

    // --- pass 2: references in reading order -------------------------------------------------------

    private void walk() {
        long position = 0;
        for (Sentence s : article.sentences()) {
            List<Token> tokens = s.tokens();
            boolean[] q = quoted.get(s.index());
            boolean[] sources = new boolean[tokens.size()];
            for (ReportingClause c : s.index() < clauses.size() ? clauses.get(s.index()) : List.<ReportingClause>of()) {
                if (c.hasSource()) {
                    sources[c.head()] = true;
                }
            }
            boolean[] subject = subjects(s, q);
            sentence = s.index();
            for (int i = 0; i < tokens.size(); i++, position++) {
                if (q[i]) {
                    continue;
                }
                if (!subject[i] && SpeechWords.DOCUMENTS.contains(tokens.get(i).lemmaOrWord()) && tokens.get(i).isTag("NN")
                        && firstSubject.get(s.index()) != null && firstSubject.get(s.index()).named()) {
                    // "Bluefern issued a statement", "His office later released a statement": its author
                    authors.put(tokens.get(i).lemmaOrWord(), firstSubject.get(s.index()));
                }
                Token t = tokens.get(i);
                Referent person = at(s.index(), i);
                if (person != null) {
                    int j = i;
                    boolean subj = subject[i];
                    while (j + 1 < tokens.size() && at(s.index(), j + 1) == person) {
                        subj |= subject[++j];
                    }
                    touch(person, position, subj);
                    position += j - i;
                    i = j;
                    continue;
                }
                if (t.isTag("NNP") && (i + 1 >= tokens.size() || !tokens.get(i + 1).isTag("NNP"))
                        && (i == 0 || !tokens.get(i - 1).isTag("NNP"))
                        && !bearers.getOrDefault(lower(t.word()), List.of()).isEmpty()) {
                    // "Ford is quick to add": a surname of the article's people that the tagger read as a company
                    Referent r = walkedBearer(bearers.get(lower(t.word())), s.index());
                    at.put(key(s.index(), i), r);
                    touch(r, position, subject[i]);
                    continue;
                }
                if ("ORGANIZATION".equals(t.ner())) {
                    int j = i;
                    boolean subj = subject[i];
                    while (j + 1 < tokens.size() && !q[j + 1] && "ORGANIZATION".equals(tokens.get(j + 1).ner())) {
                        subj |= subject[++j];
                    }
                    String name = s.textOf(i, j);
                    Referent body = orgs.computeIfAbsent(Normalizer.wordsOnly(name),
                            k -> new Referent(Sort.ORG, name));
                    for (int k = i; k <= j; k++) {
                        at.put(key(s.index(), k), body);
                    }
                    touch(body, position, subj);
                    position += j - i;
                    i = j;
                    continue;
                }
                if (t.isTag("PRP")) {
                    String word = lower(t.word());
                    Referent r = sources[i] && (word.equals("they") || word.equals("we")) && lastGroupSource != null
                            && sentence - lastGroupSource.lastSubjectSentence <= GROUP_REACH ? lastGroupSource : pronoun(word);
                    if (r != null) {
                        at.put(key(s.index(), i), r);
                        touch(r, position, subject[i]);
                    }
                    continue;
                }
                if (subject[i] && (t.isTag("NN") || t.isTag("DT") || t.isTag("CD") || t.isTag("JJ"))) {
                    Referent r = noun(s, i, q, sources[i]);
                    if (r != null) {
                        at.put(key(s.index(), i), r);
                        touch(r, position, true);
                        if (sources[i] && r.sort == Sort.GROUP) {
                            lastGroupSource = r;
                        }
                    }
                }
            }
        }
    }

    /** Subject heads: from the parse when there is one, else the word before each finite verb. */
    private boolean[] subjects(Sentence s, boolean[] q) {
        List<Token> tokens = s.tokens();
        boolean[] out = new boolean[tokens.size()];
        Parse p = s.parse();
        if (p != null) {
            for (int i = 0; i < tokens.size(); i++) {
                out[i] |= p.relation(i).startsWith("nsubj");
                if (p.relation(i).equals("appos") && "PERSON".equals(tokens.get(i).ner()) && p.head(i) >= 0
                        && p.relation(p.head(i)).startsWith("nsubj")) {
                    out[i] = true; // "The German Chancellor, Helga Brandt, said": the name is the subject
                    out[p.head(i)] = false;
                }
            }
        }
        // the parser errs on long openings ("Nichols, who argued he was insane, spoke ..."): the word before
        // a finite verb and a name opening the sentence count too
        int opening = 0;
        while (opening < tokens.size() && q[opening]) {
            opening++;
        }
        if (opening < tokens.size() && "PERSON".equals(tokens.get(opening).ner())) {
            int k = opening;
            while (k + 1 < tokens.size() && "PERSON".equals(tokens.get(k + 1).ner())) {
                k++;
            }
            out[k] = true;
        }
        if (p == null) {
            for (int i = 1; i < tokens.size(); i++) {
                Token t = tokens.get(i);
                if (q[i] || !(t.isTag("VBD") || t.isTag("VBZ") || t.isTag("VBP") || t.isTag("MD"))) {
                    continue;
                }
                int k = i - 1;
                while (k > 0 && (tokens.get(k).isTag("RB") || tokens.get(k).word().equals(","))) {
                    k--;
                }
                Token before = tokens.get(k);
                if (!q[k] && (before.isTag("NN") || before.isTag("PRP"))) {
                    out[k] = true;
                }
                break; // the first finite verb's: later ones are as often in clauses of their own
            }
        }
        if (s.index() < clauses.size()) {
            for (ReportingClause c : clauses.get(s.index())) {
                if (c.hasSource()) {
                    out[c.head()] = true;
                }
            }
        }
        return out;
    }

    private Referent pronoun(String word) {
        return switch (word) {
            case "he", "him" -> latest(M);
            case "she" -> latest(F);
            case "they", "we" -> lastGroupSubject != null && (lastOrgSubject == null
                    || lastGroupSubject.lastSubject > lastOrgSubject.lastSubject) ? lastGroupSubject : latestBody();
            case "it" -> latestBody();
            default -> null;
        };
    }

    /** How many sentences back a subject of the pronoun's own gender beats a later one of unknown gender. */
    private static final int GENDER_REACH = 1;

    /**
     * The latest subject of a gender, or of unknown gender when later (unless the gendered one is near:
     * an unknown first name says less than a known one), else the latest mention.
     */
    private Referent latest(int gender) {
        Referent a = lastSubject[gender];
        Referent b = lastSubject[U];
        Referent best = a == null ? b : b == null ? a
                : a.lastSubject >= b.lastSubject || sentence - a.lastSubjectSentence <= GENDER_REACH ? a : b;
        if (best != null) {
            return best;
        }
        a = lastMention[gender];
        b = lastMention[U];
        return a == null ? b : b == null ? a : a.lastMention >= b.lastMention ? a : b;
    }

    /** The latest person subject of any gender. */
    private Referent latestAny() {
        Referent best = null;
        for (Referent r : lastSubject) {
            if (r != null && (best == null || r.lastSubject > best.lastSubject)) {
                best = r;
            }
        }
        return best;
    }

    /** A common-noun subject: a description of someone, a group, or a body. */
    private Referent noun(Sentence s, int i, boolean[] q, boolean source) {
        SourceKind kind = ReportingClauses.kind(s, i);
        if (kind == null || kind == SourceKind.NAME || kind == SourceKind.PRONOUN) {
            return null;
        }
        Token t = s.tokens().get(i);
        String lemma = t.lemmaOrWord();
        String phrase = phrase(s, i, q);
        boolean definite = definite(s, i);
        boolean possessed = possessed(s, i);
        switch (kind) {
            case DESCRIPTION -> {

                if (definite && (!possessed || org.parallax.entities.Descriptions.ROLES.contains(lemma))) {
                    // "the judge": the latest of the people titled or described so (one only mentioned, not
                    // a subject, only when recent)
                    Referent r = roleSubject.get(lemma);
                    Referent mentioned = roleMention.get(lemma);
                    if (r == null && mentioned != null && sentence - mentioned.lastMentionSentence <= ROLE_REACH) {
                        r = mentioned;
                    }
                    Referent same = described.get(lemma);
                    if (same != null && (r == null || same.lastMention > r.lastMention)) {
                        r = same;
                    }
                    if (r != null) {
                        return r;
                    }
                    if (!SpeechWords.person(lemma) && source) {
                        // a speaker "the convicted killer", "the 37-year-old": the latest person who was a subject
                        return latestAny();
                    }
                }
                if (!SpeechWords.person(lemma)) {
                    return null;
                }
                Referent r = new Referent(Sort.DESCRIBED, phrase);
                r.noun = lemma;
                r.definite = definite;
                r.gender = SpeechWords.PERSONS.getOrDefault(lemma, 0);
                return r;
            }
            case GROUP, INDEFINITE -> {
                return new Referent(Sort.GROUP, phrase);
            }
            case DOCUMENT -> {
                // "the statement said": who issued the statement, else the latest named subject
                Referent owner = owner(s, i);
                if (owner != null) {
                    return owner;
                }
                Referent author = definite ? authors.get(lemma) : null;
                return author != null ? author : lastNamedSubject;
            }
            case INSTITUTION -> {
                Referent owner = owner(s, i);
                if (owner != null) {
                    return owner; // "His office released a statement": the office speaks for him
                }
                if (definite && !t.isTag("NNS") && latestBody() != null) {
                    return latestBody();
                }
                return new Referent(Sort.GROUP, phrase);
            }
            default -> {
                return null;
            }
        }
    }

    private void touch(Referent r, long position, boolean subject) {
        r.lastMention = position;
        r.lastMentionSentence = sentence;
        r.walked++;
        if (subject) {
            r.lastSubjectSentence = sentence;
            firstSubject.putIfAbsent(sentence, r);
            r.lastSubject = position;
            if (r.named()) {
                lastNamedSubject = r;
            }
        }
        switch (r.sort) {
            case PERSON, DESCRIBED -> {
                int slot = r.gender > 0 ? M : r.gender < 0 ? F : U;
                lastMention[slot] = r;
                if (subject) {
                    lastSubject[slot] = r;
                }
                for (String role : r.roles) {
                    roleMention.put(role, r);
                    if (subject) {
                        roleSubject.put(role, r);
                    }
                }
                if (r.noun != null) {
                    described.put(r.noun, r);
                }
            }
            case GROUP -> {
                if (subject) {
                    lastGroupSubject = r;
                }
            }
            case ORG -> {
                lastOrgMention = r;
                if (subject) {
                    lastOrgSubject = r;
                }
            }
            default -> { }
        }
    }

    /** "his office", "their statement": what the possessive pronoun before the noun refers to, or null. */
    private Referent owner(Sentence s, int i) {
        List<Token> tokens = s.tokens();
        for (int k = i - 1; k >= 0 && k >= i - 3; k--) {
            Token t = tokens.get(k);
            if (t.isTag("PRP$")) {
                return switch (lower(t.word())) {
                    case "his" -> latest(M);
                    case "her" -> latest(F);
                    case "their" -> pronoun("they");
                    case "its" -> latestBody();
                    default -> null;
                };
            }
            if (!(t.isTag("JJ") || t.isTag("NN"))) {
                return null;
            }
        }
        return null;
    }

    private static boolean definite(Sentence s, int i) {
        Parse p = s.parse();
        List<Token> tokens = s.tokens();
        for (int k = i - 1; k >= 0 && k >= i - 5; k--) {
            Token t = tokens.get(k);
            if (p != null && p.head(k) == i && p.relation(k).equals("nmod:poss")) {
                return true; // "Pakistan's information minister"
            }
            if (p != null && p.head(k) != i && !p.relation(k).equals("det")) {
                continue;
            }
            if (t.isTag("DT")) {
                return DEFINITE.contains(lower(t.word()));
            }
            if (t.isTag("PRP$") || t.isTag("POS")) {
                return true;
            }
        }
        return false;
    }

    private static boolean possessed(Sentence s, int i) {
        List<Token> tokens = s.tokens();
        for (int k = i - 1; k >= 0 && k >= i - 5; k--) {
            Token t = tokens.get(k);
            if (t.isTag("PRP$") || t.isTag("POS")) {
                return true;
            }
            if (t.isTag("DT") || t.isTag("VB") || t.word().equals(",")) {
                return false;
            }
        }
        return false;
    }

    /** The noun phrase a description or group is written as. */
    private static String phrase(Sentence s, int i, boolean[] q) {
        Parse p = s.parse();
        if (p != null) {
            int[] r = ReportingClauses.core(p, i, q);
            return s.textOf(r[0], r[1]);
        }
        int from = i;
        while (from > 0 && !q[from - 1] && (s.tokens().get(from - 1).isTag("NN") || s.tokens().get(from - 1).isTag("JJ")
                || s.tokens().get(from - 1).isTag("DT") || s.tokens().get(from - 1).isTag("POS")
                || s.tokens().get(from - 1).isTag("PRP$"))) {
            from--;
        }
        return s.textOf(from, i);
    }

    private static String lower(String w) {
        return w.toLowerCase(Locale.ROOT);
    }
}
